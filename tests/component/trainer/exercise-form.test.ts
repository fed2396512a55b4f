import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import App from '@renderer/App.vue';
import type { GymdeckApi } from '@shared/contract/api';
import { fail, ok } from '@shared/contract/result';
import type { ExerciseDraft } from '@shared/domain';
import { createFakeApi, exercise, VOCABULARY } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';
import { choiceGroup } from '../support/choice-groups';

type Api = Partial<GymdeckApi>;

function apiWith(methods: Api = {}) {
  return createFakeApi({ 'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)), ...methods });
}

async function open(path: string, methods: Api = {}) {
  const mounted = await mountWithApp(App, apiWith(methods), path);
  await flushPromises();
  return mounted;
}

const field = (wrapper: VueWrapper, label: string) => {
  const labelElement = wrapper.findAll('label').find((l) => l.text() === label);
  if (!labelElement) throw new Error(`no field labelled "${label}"`);
  return wrapper.get(`#${CSS.escape(labelElement.attributes('for') ?? '')}`);
};
const byLabel = (wrapper: VueWrapper, label: string) => wrapper.get(`[aria-label="${label}"]`);
const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper
    .findAll('button')
    .find((b) => b.text().endsWith(text) || b.attributes('aria-label') === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** Focus as a tap gives it: `focusin` bubbles up to the form. */
async function tapInto(target: { element: Element }): Promise<void> {
  target.element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  await flushPromises();
}

async function fillValidForm(wrapper: VueWrapper): Promise<void> {
  await field(wrapper, 'Name').setValue('Band pull-apart');
  await field(wrapper, 'Other names').setValue('Pull-apart, Band rear fly');
  await byLabel(wrapper, 'Step 1').setValue('Hold the band at shoulder height.');
  await byLabel(wrapper, 'Step 2').setValue('Pull it apart to your chest.');
  await byLabel(wrapper, 'Cue 1').setValue('Shoulders down');
  await byLabel(wrapper, 'Cue 2').setValue('Squeeze');
  await wrapper.get('g[data-muscle="rhomboids"]').trigger('click');
}

describe('trainer exercise form', () => {
  it('creates an exercise from every field and opens it for editing', async () => {
    const create = vi.fn((draft: ExerciseDraft) =>
      Promise.resolve(ok(exercise({ ...draft, id: 'new-1', archived: false, media: [] }))),
    );
    const get = vi.fn(() => Promise.resolve(ok(exercise({ id: 'new-1', name: 'Band pull-apart' }))));
    const { wrapper, router } = await open('/trainer/exercises/new', {
      'library:create': create,
      'library:get': get,
    });

    await fillValidForm(wrapper);
    await wrapper.get('input[type="radio"][value="intermediate"]').setValue(true);
    await wrapper.get('input[type="checkbox"][value="posture"]').setValue(true);
    await wrapper.get('input[type="checkbox"][value="cable"]').setValue(true);
    // A second tap makes a muscle "also works".
    await wrapper.get('g[data-muscle="lats"]').trigger('click');
    await wrapper.get('g[data-muscle="lats"]').trigger('click');
    await byLabel(wrapper, 'More: Sets').trigger('click');
    await wrapper.get('input[type="radio"][value="seconds"]').setValue(true);
    await field(wrapper, 'Source').setValue('Club handbook');
    await field(wrapper, 'Web address').setValue('https://example.org/band');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(create).toHaveBeenCalledWith({
      name: 'Band pull-apart',
      aliases: ['Pull-apart', 'Band rear fly'],
      summary: '',
      level: 'intermediate',
      tags: ['posture'],
      equipment: ['cable'],
      primaryMuscles: ['rhomboids'],
      secondaryMuscles: ['lats'],
      steps: ['Hold the band at shoulder height.', 'Pull it apart to your chest.'],
      cues: ['Shoulders down', 'Squeeze'],
      prescription: { sets: 4, reps: null, seconds: 30, restSeconds: 60 },
      oneSided: false,
      source: { name: 'Club handbook', url: 'https://example.org/band', reference: null, licence: null },
      figureChoice: 'show',
    } satisfies ExerciseDraft);
    expect(router.currentRoute.value.fullPath).toBe('/trainer/exercises/new-1');
    expect(wrapper.get('[role="status"]').text()).toContain('Band pull-apart is saved');
    expect(wrapper.text()).toContain('Start pose');
  });

  it('explains every problem on the form, marks the fields and sends nothing', async () => {
    const create = vi.fn();
    const { wrapper } = await open('/trainer/exercises/new', { 'library:create': create });
    await byLabel(wrapper, 'Cue 1').setValue('Only one');
    await field(wrapper, 'Rest between sets').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Not saved: 5 things to fix');
    expect(alert.text()).toContain('Name: Give the exercise a name.');
    expect(alert.text()).toContain('Muscles: Tap at least one muscle on the map.');
    expect(alert.text()).toContain('Steps: Write at least one step.');
    expect(alert.text()).toContain('Cues: Write 2 or 3 short cues.');
    expect(alert.text()).toContain('Rest: A whole number from 0 to 3600.');
    const name = field(wrapper, 'Name');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${CSS.escape(name.attributes('aria-describedby') ?? '')}`).text()).toContain(
      'Give the exercise a name.',
    );
    expect(create).not.toHaveBeenCalled();
  });

  it('cycles a muscle through works, also works and not worked, and names the choice in words', async () => {
    const { wrapper } = await open('/trainer/exercises/new');
    const rhomboids = () => wrapper.get('g[data-muscle="rhomboids"]');
    expect(rhomboids().attributes('aria-checked')).toBe('false');
    await rhomboids().trigger('click');
    expect(rhomboids().attributes('aria-checked')).toBe('true');
    expect(wrapper.get('.muscle-map__legend').text()).toContain('Works');
    await rhomboids().trigger('click');
    expect(rhomboids().attributes('aria-checked')).toBe('mixed');
    expect(wrapper.get('.muscle-map__legend').text()).toContain('Also works');
    await rhomboids().trigger('keydown', { key: 'Enter' });
    expect(rhomboids().attributes('aria-checked')).toBe('false');
  });

  it('offers every muscle as a full-size button too, in step with the map', async () => {
    const { wrapper } = await open('/trainer/exercises/new');
    const chip = () => {
      const found = wrapper
        .findAll('[aria-label="Muscles by name"] button')
        .find((b) => b.text().startsWith('between the shoulder blades'));
      if (!found) throw new Error('no button for the rhomboids');
      return found;
    };
    const onMap = () => wrapper.get('g[data-muscle="rhomboids"]');
    expect(chip().attributes('aria-pressed')).toBe('false');
    expect(chip().text()).toBe('between the shoulder blades');
    await chip().trigger('click');
    expect(chip().attributes('aria-pressed')).toBe('true');
    expect(chip().text().replace(/\s+/g, ' ')).toBe('between the shoulder blades works');
    expect(onMap().attributes('aria-checked')).toBe('true');
    await onMap().trigger('click');
    expect(chip().attributes('aria-pressed')).toBe('mixed');
    expect(chip().text()).toContain('also works');
    await chip().trigger('click');
    expect(onMap().attributes('aria-checked')).toBe('false');
  });

  it('types with the on-screen keyboard into the field tapped last', async () => {
    const { wrapper } = await open('/trainer/exercises/new');
    expect(wrapper.find('[aria-label="Keyboard"][role="region"], section.keyboard').exists()).toBe(false);
    await button(wrapper, 'Keyboard').trigger('click');
    expect(button(wrapper, 'Keyboard').attributes('aria-pressed')).toBe('true');
    expect(wrapper.text()).toContain('Tap a field to type into it.');

    await tapInto(field(wrapper, 'Name'));
    // Text starts with a capital, then the keys fall back to small letters.
    for (const key of ['R', 'o', 'w', '2']) await byLabel(wrapper, key).trigger('click');
    expect((field(wrapper, 'Name').element as HTMLInputElement).value).toBe('Row2');
    await tapInto(byLabel(wrapper, 'Cue 1'));
    await byLabel(wrapper, 'Hyphen').trigger('click');
    expect((byLabel(wrapper, 'Cue 1').element as HTMLInputElement).value).toBe('-');
    // What was typed is the form's state, not only the field's text.
    expect(wrapper.text()).not.toContain('Give the exercise a name.');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).not.toContain('Give the exercise a name.');

    await button(wrapper, 'Hide keyboard').trigger('click');
    expect(wrapper.find('section.keyboard').exists()).toBe(false);
  });

  it('reorders, adds and removes steps with the buttons', async () => {
    const create = vi.fn((draft: ExerciseDraft) => Promise.resolve(ok(exercise({ ...draft, id: 'new-1' }))));
    const { wrapper } = await open('/trainer/exercises/new', {
      'library:create': create,
      'library:get': () => Promise.resolve(ok(exercise({ id: 'new-1' }))),
    });
    await fillValidForm(wrapper);
    await byLabel(wrapper, 'Step 3').setValue('Return slowly.');
    await button(wrapper, 'Move step 3 up').trigger('click');
    await button(wrapper, 'Move step 1 down').trigger('click');
    expect(wrapper.get('[aria-label="Move step 1 up"]').attributes('disabled')).toBeDefined();
    await button(wrapper, 'Add a step').trigger('click');
    await byLabel(wrapper, 'Step 4').setValue('Breathe out.');
    await button(wrapper, 'Remove step 3').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(create.mock.calls[0]?.[0].steps).toEqual([
      'Return slowly.',
      'Hold the band at shoulder height.',
      'Breathe out.',
    ]);
  });

  it('edits an existing exercise and shows a refusal from the service beside its field', async () => {
    const update = vi
      .fn()
      .mockResolvedValueOnce(
        fail('invalid-input', 'primaryMuscles: there is no muscle "wings".', {
          field: 'primaryMuscles',
          reason: 'unknown-reference',
          params: { value: 'wings' },
        }),
      )
      .mockResolvedValueOnce(ok(exercise({ name: 'Cable row, close grip', cues: ['Chest up', 'Sit tall'] })));
    const { wrapper } = await open('/trainer/exercises/ex-1', {
      'library:get': () => Promise.resolve(ok(exercise({ cues: ['Chest up', 'Sit tall'] }))),
      'library:update': update,
    });
    expect(wrapper.get('h1').text()).toBe('Edit: Seated cable row');
    expect((field(wrapper, 'Name').element as HTMLInputElement).value).toBe('Seated cable row');
    expect((byLabel(wrapper, 'Step 2').element as HTMLTextAreaElement).value).toBe(
      'Pull the handle to your waist.',
    );

    expect(wrapper.text()).not.toContain('Changes not saved yet');
    await field(wrapper, 'Name').setValue('Cable row, close grip');
    expect(wrapper.text()).toContain('Changes not saved yet');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(update).toHaveBeenCalledWith({
      id: 'ex-1',
      exercise: expect.objectContaining({ name: 'Cable row, close grip', primaryMuscles: ['rhomboids'] }),
    });
    expect(wrapper.get('[role="alert"]').text()).toContain('“wings” is not here any more.');
    expect(wrapper.find('.field-error').text()).toContain('“wings” is not here any more.');
    expect(wrapper.text()).not.toContain('there is no muscle');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Cable row, close grip is saved.');
    expect(wrapper.text()).not.toContain('Changes not saved yet');
  });

  describe('movement figure', () => {
    const VIDEO = { id: 'm1', kind: 'video', role: 'loop', mimeType: 'video/mp4', byteSize: 10 } as const;
    const group = choiceGroup;
    const chosen = (wrapper: VueWrapper, label: string) =>
      (group(wrapper, label).find('input:checked').element as HTMLInputElement | undefined)?.value;
    const choose = (wrapper: VueWrapper, label: string, value: string) =>
      group(wrapper, label).get(`input[value="${value}"]`).setValue(true);

    async function editBuiltIn(overrides: Parameters<typeof exercise>[0] = {}) {
      const saved = exercise({
        id: 'pull-up',
        name: 'Pull-up',
        figure: 'pull-up',
        cues: ['Chest up', 'Sit tall'],
        ...overrides,
      });
      const update = vi.fn((input: { id: string; exercise: ExerciseDraft }) =>
        Promise.resolve(ok({ ...saved, figureChoice: input.exercise.figureChoice })),
      );
      const mounted = await open('/trainer/exercises/pull-up', {
        'library:get': () => Promise.resolve(ok(saved)),
        'library:update': update,
      });
      return { ...mounted, update };
    }

    async function save(wrapper: VueWrapper): Promise<void> {
      await wrapper.get('form').trigger('submit');
      await flushPromises();
    }

    it('hides a built-in exercise’s figure and saves the choice with the exercise', async () => {
      const { wrapper, update } = await editBuiltIn();
      const section = wrapper.findAll('section').find((s) => s.find('h2').text() === 'Movement figure');
      expect(section?.find('[data-figure="pull-up"]').exists()).toBe(true);
      expect(chosen(wrapper, 'Movement figure')).toBe('show');
      // Without a picture or video of the trainer's, there is nothing for the figure to lead.
      expect(group(wrapper, 'On the card, show').exists()).toBe(false);
      expect(wrapper.text()).toContain('It moves on the card, in the circuit player and on the display loop');

      await choose(wrapper, 'Movement figure', 'hide');
      expect(chosen(wrapper, 'Movement figure')).toBe('hide');
      expect(wrapper.text()).toContain('Changes not saved yet');
      expect(wrapper.text()).toContain('the timers show no figure');
      await save(wrapper);
      expect(update).toHaveBeenCalledWith({
        id: 'pull-up',
        exercise: expect.objectContaining({ name: 'Pull-up', figureChoice: 'hide' }),
      });
      expect(wrapper.text()).not.toContain('Changes not saved yet');
    });

    it('lets the figure lead on the card over the trainer’s video, and remembers it while hidden', async () => {
      const { wrapper, update } = await editBuiltIn({ media: [VIDEO] });
      expect(chosen(wrapper, 'On the card, show')).toBe('media');
      await choose(wrapper, 'On the card, show', 'figure');
      expect(wrapper.text()).toContain('The card shows the figure instead of your picture or video');

      await choose(wrapper, 'Movement figure', 'hide');
      expect(group(wrapper, 'On the card, show').exists()).toBe(false);
      await choose(wrapper, 'Movement figure', 'show');
      expect(chosen(wrapper, 'On the card, show')).toBe('figure');
      await save(wrapper);
      expect(update).toHaveBeenLastCalledWith({
        id: 'pull-up',
        exercise: expect.objectContaining({ figureChoice: 'first' }),
      });

      await choose(wrapper, 'On the card, show', 'media');
      await save(wrapper);
      expect(update).toHaveBeenLastCalledWith({
        id: 'pull-up',
        exercise: expect.objectContaining({ figureChoice: 'show' }),
      });
    });

    it('offers no figure choice for an exercise without a figure, and keeps its choice as it was', async () => {
      const update = vi.fn(() => Promise.resolve(ok(exercise())));
      const { wrapper } = await open('/trainer/exercises/ex-1', {
        'library:get': () =>
          Promise.resolve(ok(exercise({ figureChoice: 'hide', cues: ['Chest up', 'Sit tall'] }))),
        'library:update': update,
      });
      expect(wrapper.text()).toContain('Edit: Seated cable row');
      expect(group(wrapper, 'Movement figure').exists()).toBe(false);
      await save(wrapper);
      expect(update).toHaveBeenCalledWith({
        id: 'ex-1',
        exercise: expect.objectContaining({ figureChoice: 'hide' }),
      });
    });
  });
});
