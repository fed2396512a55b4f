import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createI18n } from 'vue-i18n';
import MuscleMap from '@renderer/components/muscle-map/MuscleMap.vue';
import {
  DRAWN_MUSCLE_IDS,
  FIGURES,
  MUSCLE_REGIONS,
  VIEW_BOX,
} from '@renderer/components/muscle-map/body-outline';
import { muscleMapMessages } from '@renderer/components/muscle-map/messages';
import type { Muscle } from '@shared/domain';

type Props = InstanceType<typeof MuscleMap>['$props'];

/**
 * The real seed vocabulary. The store lies outside the renderer's compilation, so it is loaded by a path the
 * compiler does not follow; the test still runs against the very list the app ships.
 */
const SEED = '../../../src/store/seed/vocabulary';
const { MUSCLES } = (await import(/* @vite-ignore */ SEED)) as { MUSCLES: readonly Muscle[] };

function mountMap(props: Partial<Props> = {}, attachTo?: HTMLElement) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: muscleMapMessages } });
  return mount(MuscleMap, {
    props: { primary: [], secondary: [], muscles: MUSCLES, ...props },
    global: { plugins: [i18n] },
    attachTo,
  });
}

const ROW = { primary: ['rhomboids', 'middle-traps'], secondary: ['rear-delts'] };

describe('muscle map drawing', () => {
  it('draws every muscle of the vocabulary, and nothing else', () => {
    expect([...DRAWN_MUSCLE_IDS].sort()).toEqual(MUSCLES.map((muscle) => muscle.id).sort());
    const wrapper = mountMap();
    for (const { id } of MUSCLES) {
      const region = wrapper.get(`g[data-muscle="${id}"]`);
      expect(region.findAll('path.muscle-map__shape').length, id).toBeGreaterThan(0);
    }
  });

  it('draws each muscle on both sides of the body and on the view the vocabulary names', () => {
    for (const muscle of MUSCLES) {
      const region = MUSCLE_REGIONS.find((candidate) => candidate.id === muscle.id);
      const onItsView = region?.paths.filter((path) => path.view === muscle.view) ?? [];
      expect(onItsView.length, muscle.id).toBeGreaterThanOrEqual(2);
      expect(onItsView.length % 2, muscle.id).toBe(0);
    }
  });

  it('keeps every shape inside the drawing', () => {
    const all = [
      ...FIGURES.map((figure) => figure.outline),
      ...MUSCLE_REGIONS.flatMap((r) => r.paths.map((p) => p.d)),
    ];
    for (const d of all) {
      const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const xs = numbers.filter((_, index) => index % 2 === 0);
      const ys = numbers.filter((_, index) => index % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(VIEW_BOX.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(VIEW_BOX.height);
    }
  });

  it('fills primary, secondary and other muscles differently, with a hatch on secondary ones', () => {
    const wrapper = mountMap(ROW);
    const region = (id: string) => wrapper.get(`g[data-muscle="${id}"]`);

    expect(region('rhomboids').classes()).toContain('muscle-map__region--primary');
    expect(region('middle-traps').classes()).toContain('muscle-map__region--primary');
    expect(region('rear-delts').classes()).toContain('muscle-map__region--secondary');
    expect(region('quadriceps').classes()).toContain('muscle-map__region--idle');

    const hatchId = wrapper.get('pattern').attributes('id');
    const hatches = region('rear-delts').findAll('path.muscle-map__hatch');
    expect(hatches.length).toBe(region('rear-delts').findAll('path.muscle-map__shape').length);
    expect(hatches.every((hatch) => hatch.attributes('fill') === `url(#${hatchId})`)).toBe(true);
    expect(region('rhomboids').find('.muscle-map__hatch').exists()).toBe(false);
    expect(region('quadriceps').find('.muscle-map__hatch').exists()).toBe(false);
  });

  it('treats a muscle listed as both primary and secondary as primary', () => {
    const wrapper = mountMap({ primary: ['lats'], secondary: ['lats', 'biceps'] });
    expect(wrapper.get('g[data-muscle="lats"]').classes()).toContain('muscle-map__region--primary');
    expect(wrapper.get('svg').attributes('aria-label')).toBe('Muscle map. Works: Lats. Also works: Biceps.');
  });

  it('gives two maps on one screen their own clip paths and hatch', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: muscleMapMessages } });
    const props = { ...ROW, muscles: MUSCLES };
    const TwoMaps = defineComponent(() => () => [h(MuscleMap, props), h(MuscleMap, props)]);
    const wrapper = mount(TwoMaps, { global: { plugins: [i18n] } });
    const [first, second] = wrapper
      .findAll('.muscle-map')
      .map((map) => map.findAll('clipPath, pattern').map((element) => element.attributes('id')));
    expect(first).toHaveLength(3);
    expect(first?.some((id) => second?.includes(id))).toBe(false);
    expect(wrapper.findAll('.muscle-map__hatch')[0]?.attributes('fill')).toContain(first?.[2]);
  });

  it('puts no inline style in the markup', () => {
    const html = mountMap({ ...ROW, selectable: true }).html();
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('muscle map in words', () => {
  it('summarises the muscles in the label of the picture', () => {
    const svg = mountMap(ROW).get('svg');
    expect(svg.attributes('role')).toBe('img');
    expect(svg.attributes('aria-label')).toBe(
      'Muscle map. Works: Rhomboids, Middle traps. Also works: Rear delts.',
    );
  });

  it('says so when no muscle is marked', () => {
    expect(mountMap().get('svg').attributes('aria-label')).toBe('Muscle map. No muscles marked.');
  });

  it('shows a legend in words and captions under the figures at full size', () => {
    const wrapper = mountMap(ROW);
    const keys = wrapper.findAll('.muscle-map__legend .muscle-map__key');
    expect(keys.map((key) => [key.get('dt').text(), key.get('dd').text()])).toEqual([
      ['Works', 'Rhomboids, Middle traps'],
      ['Also works', 'Rear delts'],
    ]);
    expect(keys[1]?.find('.muscle-map__hatch').exists()).toBe(true);
    expect(wrapper.findAll('text.muscle-map__caption').map((text) => text.text())).toEqual(['Front', 'Back']);
  });

  it('leaves out an empty row of the legend', () => {
    const wrapper = mountMap({ primary: ['chest'], secondary: [] });
    expect(wrapper.findAll('.muscle-map__key dt').map((dt) => dt.text())).toEqual(['Works']);
  });

  it('names a muscle the vocabulary does not know by its id rather than dropping it', () => {
    const wrapper = mountMap({ primary: ['serratus'], secondary: [] });
    expect(wrapper.get('svg').attributes('aria-label')).toBe('Muscle map. Works: serratus.');
  });

  it('is a bare drawing as a thumbnail, hidden from screen readers when decorative', () => {
    const wrapper = mountMap({ ...ROW, size: 'thumbnail', decorative: true });
    const svg = wrapper.get('svg');
    expect(wrapper.find('.muscle-map__legend').exists()).toBe(false);
    expect(wrapper.find('.muscle-map__caption').exists()).toBe(false);
    expect(svg.attributes('aria-hidden')).toBe('true');
    expect(svg.attributes('role')).toBeUndefined();
    expect(svg.attributes('aria-label')).toBeUndefined();
  });

  it('still labels a thumbnail that is not decorative', () => {
    const svg = mountMap({ ...ROW, size: 'thumbnail' }).get('svg');
    expect(svg.attributes('aria-hidden')).toBeUndefined();
    expect(svg.attributes('aria-label')).toContain('Works: Rhomboids, Middle traps.');
  });
});

describe('choosing muscles on the map', () => {
  it('is not interactive unless selectable', async () => {
    const wrapper = mountMap(ROW);
    expect(wrapper.find('[role="checkbox"]').exists()).toBe(false);
    expect(wrapper.find('[tabindex]').exists()).toBe(false);
    expect(wrapper.find('.muscle-map__halo').exists()).toBe(false);
    await wrapper.get('g[data-muscle="chest"]').trigger('click');
    expect(wrapper.emitted('toggle')).toBeUndefined();
  });

  it('makes each muscle a focusable checkbox named in words, its state in aria-checked', () => {
    const wrapper = mountMap({ ...ROW, selectable: true });
    expect(wrapper.get('svg').attributes('role')).toBe('group');
    expect(wrapper.get('svg').attributes('aria-label')).toBe('Muscle map: choose the muscles worked');

    const boxes = wrapper.findAll('[role="checkbox"]');
    expect(boxes).toHaveLength(MUSCLES.length);
    expect(boxes.every((box) => box.attributes('tabindex') === '0')).toBe(true);
    const box = (id: string) => wrapper.get(`[role="checkbox"][data-muscle="${id}"]`);
    expect(box('rhomboids').attributes('aria-label')).toBe('Rhomboids');
    expect(box('rhomboids').attributes('aria-checked')).toBe('true');
    expect(box('rear-delts').attributes('aria-label')).toBe('Rear delts');
    expect(box('rear-delts').attributes('aria-checked')).toBe('mixed');
    expect(box('glutes').attributes('aria-checked')).toBe('false');
  });

  it('emits toggle with the muscle id on a tap, Enter and Space, and leaves the state to the parent', async () => {
    const wrapper = mountMap({ ...ROW, selectable: true });
    const glutes = wrapper.get('[role="checkbox"][data-muscle="glutes"]');

    await glutes.trigger('click');
    await glutes.trigger('keydown', { key: 'Enter' });
    await glutes.trigger('keydown', { key: ' ' });
    await glutes.trigger('keydown', { key: 'a' });
    expect(wrapper.emitted('toggle')).toEqual([['glutes'], ['glutes'], ['glutes']]);
    expect(glutes.attributes('aria-checked')).toBe('false');

    await wrapper.setProps({ primary: ['glutes'] });
    expect(glutes.attributes('aria-checked')).toBe('true');
  });

  it('catches a tap just outside a small muscle with its enlarged touch area', async () => {
    const wrapper = mountMap({ selectable: true });
    const halos = wrapper.findAll('path.muscle-map__halo[data-muscle="teres-major"]');
    expect(halos.length).toBeGreaterThan(0);
    expect(halos[0]?.classes()).toContain('muscle-map__halo--wide');
    expect(wrapper.get('.muscle-map__halos').attributes('aria-hidden')).toBe('true');

    await halos[0]?.trigger('click');
    expect(wrapper.emitted('toggle')).toEqual([['teres-major']]);
  });

  it('draws a focus ring round the muscle focused from the keyboard', async () => {
    const wrapper = mountMap({ selectable: true }, document.body);
    const chest = wrapper.get('[role="checkbox"][data-muscle="chest"]');
    (chest.element as SVGGElement).focus();
    await nextTick();
    const ring = wrapper.findAll('.muscle-map__focus > path').map((path) => path.attributes('d'));
    const chestPaths = MUSCLE_REGIONS.find((region) => region.id === 'chest')?.paths ?? [];
    expect(chestPaths.length).toBeGreaterThan(0);
    for (const path of chestPaths) expect(ring).toContain(path.d);
    (chest.element as SVGGElement).blur();
    await nextTick();
    expect(wrapper.find('.muscle-map__focus').exists()).toBe(false);
    wrapper.unmount();
  });
});
