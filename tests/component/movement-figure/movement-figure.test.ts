import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOVEMENT_FIGURES, cycleSeconds } from '@shared/figures';
import type { Exercise } from '@shared/domain';
import MovementFigure from '@renderer/components/movement-figure/MovementFigure.vue';
import StepFigure from '@renderer/components/timers/StepFigure.vue';
import { STOPS } from '@renderer/components/movement-figure/figure-motion';
import drawingSource from '@renderer/components/movement-figure/FigureDrawing.vue?raw';
import { createAppI18n } from '@renderer/i18n';
import { exercise } from '../support/fake-api';

type Props = InstanceType<typeof MovementFigure>['$props'];

function reduceMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

function mountFigure(props: Partial<Props> = {}) {
  return mount(MovementFigure, {
    props: {
      figure: 'bent-over-row',
      name: 'Bent-over row',
      primary: ['lats', 'rhomboids'],
      secondary: ['biceps'],
      ...props,
    },
    global: { plugins: [createAppI18n()] },
  });
}

const moving = (wrapper: ReturnType<typeof mountFigure>) => wrapper.findAll('.movement-figure__moving');

afterEach(() => vi.unstubAllGlobals());

describe('movement figure', () => {
  it('is a picture described by the exercise name, moving through one keyframe per stop', () => {
    reduceMotion(false);
    const wrapper = mountFigure();
    const root = wrapper.get('[role="img"]');
    expect(root.attributes('aria-label')).toBe('Bent-over row, moving figure');
    expect(wrapper.findAll('svg.movement-figure__drawing')).toHaveLength(1);
    const groups = moving(wrapper);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const style = (group.element as SVGElement).style;
      expect(style.getPropertyValue(`--f0`)).not.toBe('');
      expect(style.getPropertyValue(`--f${STOPS - 1}`)).not.toBe('');
      expect(style.getPropertyValue(`--f${STOPS}`)).toBe('');
    }
    const svg = wrapper.get('svg').element as SVGElement;
    expect(svg.style.getPropertyValue('--figure-period')).toBe(
      `${cycleSeconds(MOVEMENT_FIGURES['bent-over-row'].tempo)}s`,
    );
  });

  it('names exactly as many keyframes in its stylesheet as it gives each moving group', () => {
    const named = new Set([...drawingSource.matchAll(/var\(--f(\d+)\)/g)].map((match) => Number(match[1])));
    expect(named).toEqual(new Set(Array.from({ length: STOPS }, (_, index) => index)));
  });

  it('moves only what moves: a row turns the arms, not the legs', () => {
    reduceMotion(false);
    const wrapper = mountFigure();
    // The upper arm and the forearm of the near and the far arm; the hand keeps in line with the forearm.
    expect(moving(wrapper).length).toBe(4);
    const wholeBody = mountFigure({ figure: 'deadlift' });
    expect(moving(wholeBody).length).toBeGreaterThan(4);
  });

  it('shows the muscles the exercise works as on the muscle map: solid, and hatched for the secondary ones', () => {
    reduceMotion(false);
    const wrapper = mountFigure();
    expect(wrapper.findAll('.movement-figure__muscle--primary').length).toBeGreaterThan(0);
    const secondary = wrapper.findAll('.movement-figure__muscle--secondary');
    expect(secondary.length).toBeGreaterThan(0);
    expect(wrapper.findAll('.movement-figure__hatch')).toHaveLength(secondary.length);
    const hatchId = wrapper.get('pattern').attributes('id');
    expect(wrapper.get('.movement-figure__hatch').attributes('fill')).toBe(`url(#${hatchId})`);
  });

  it('shows the start and the end position side by side, still, for people who asked for less motion', () => {
    reduceMotion(true);
    const wrapper = mountFigure();
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe(
      'Bent-over row, start and end positions',
    );
    expect(wrapper.findAll('svg.movement-figure__drawing')).toHaveLength(2);
    expect(wrapper.findAll('.movement-figure__caption').map((caption) => caption.text())).toEqual([
      'Start',
      'End',
    ]);
    expect(moving(wrapper)).toHaveLength(0);
  });

  it('shows only the end position as a still', () => {
    reduceMotion(false);
    const wrapper = mountFigure({ still: true });
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe('Bent-over row, end position');
    expect(wrapper.findAll('svg.movement-figure__drawing')).toHaveLength(1);
    expect(moving(wrapper)).toHaveLength(0);
  });

  it('is hidden from assistive technology where the name stands beside it', () => {
    reduceMotion(false);
    const wrapper = mountFigure({ decorative: true });
    expect(wrapper.find('[role="img"]').exists()).toBe(false);
    expect(wrapper.get('.movement-figure').attributes('aria-hidden')).toBe('true');
  });

  it('draws every built-in figure with its equipment', () => {
    reduceMotion(false);
    const expected: Record<string, string> = {
      'bent-over-row': '.movement-figure__plate',
      deadlift: '.movement-figure__plate',
      't-bar-row': '.movement-figure__lever',
      'seated-cable-row': '.movement-figure__cable',
      'face-pull': '.movement-figure__cable',
      'reverse-fly': '.movement-figure__weight',
      'pull-up': '.movement-figure__bar',
    };
    for (const [figure, selector] of Object.entries(expected)) {
      const wrapper = mountFigure({ figure: figure as Props['figure'] });
      expect(wrapper.find(selector).exists(), figure).toBe(true);
    }
  });
});

describe('the figure beside a timer', () => {
  const mountStep = (overrides: Partial<Exercise>) =>
    mount(StepFigure, {
      props: { exercise: exercise({ id: 'pull-up', name: 'Pull-up', figure: 'pull-up', ...overrides }) },
      global: { plugins: [createAppI18n()] },
    });

  it('moves beside the countdown unless the trainer hid it, whatever leads on the card', () => {
    reduceMotion(false);
    expect(mountStep({}).find('[data-figure="pull-up"]').exists()).toBe(true);
    expect(mountStep({ figureChoice: 'first' }).find('[data-figure="pull-up"]').exists()).toBe(true);
    expect(mountStep({ figureChoice: 'hide' }).find('.step-figure').exists()).toBe(false);
    expect(mountStep({ figure: null }).find('.step-figure').exists()).toBe(false);
  });
});
