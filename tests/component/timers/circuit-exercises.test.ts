import { flushPromises } from '@vue/test-utils';
import { defineComponent, h, shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '@shared/contract/result';
import { DEFAULT_CIRCUIT_SETTINGS, type Circuit, type Exercise } from '@shared/domain';
import { useCircuitExercises } from '@renderer/composables/use-circuit-exercises';
import { createFakeApi, exercise } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

const CIRCUIT: Circuit = {
  ...DEFAULT_CIRCUIT_SETTINGS,
  id: 'two-steps',
  name: 'Two steps',
  description: '',
  stepCount: 2,
  archived: false,
  steps: ['face-pull', 'gone'].map((exerciseId) => ({
    exerciseId,
    workSeconds: 30,
    repTarget: null,
    side: 'both' as const,
    restSeconds: null,
  })),
};

describe('the names of a circuit’s exercises', () => {
  it('shows no name while an exercise loads, its name once loaded, and the id of one that failed', async () => {
    let answerFacePull: (result: Result<Exercise>) => void = () => undefined;
    const api = createFakeApi({
      'library:get': ({ id }) =>
        id === 'face-pull'
          ? new Promise((resolve) => (answerFacePull = resolve))
          : Promise.resolve(fail('not-found', 'There is no such exercise.')),
    });
    const Names = defineComponent(() => {
      const { nameAt } = useCircuitExercises(shallowRef(CIRCUIT));
      return () => h('p', [0, 1].map((step) => `[${nameAt(step)}]`).join(' '));
    });
    const { wrapper } = await mountWithApp(Names, api, '/');
    await flushPromises();
    expect(wrapper.text()).toBe('[] []');

    answerFacePull(ok(exercise({ id: 'face-pull', name: 'Face pull' })));
    await flushPromises();
    expect(wrapper.text()).toBe('[Face pull] [gone]');
  });
});
