import { useI18n } from 'vue-i18n';
import { loadInUnit, type SetMeasure, type WeightUnit } from '@shared/domain';

/** A load in the member's unit, to the hundredth (a pound typed and stored as kilograms comes back whole). */
export function loadShown(loadKg: number, unit: WeightUnit): number {
  return Math.round(loadInUnit(loadKg, unit) * 100) / 100;
}

/** Words loads and sets for the screen, in the member's unit: "40 kg", "10 × 40 kg", "12 reps", "30 s". */
export function useLoadText() {
  const { t, locale } = useI18n();
  const number = (value: number): string =>
    new Intl.NumberFormat(locale.value, { maximumFractionDigits: 2 }).format(value);
  /** A value already in `unit`. */
  const amount = (value: number, unit: WeightUnit): string =>
    t('units.load', { value: number(value), unit: t(`units.${unit}`) });
  const load = (loadKg: number, unit: WeightUnit): string => amount(loadShown(loadKg, unit), unit);
  function set(measure: SetMeasure, unit: WeightUnit): string {
    const weighted = measure.loadKg !== null && measure.loadKg > 0 ? load(measure.loadKg, unit) : null;
    if (measure.seconds !== null) {
      return weighted
        ? t('session.set.secondsLoad', { seconds: measure.seconds, load: weighted })
        : t('session.set.seconds', { count: measure.seconds });
    }
    const reps = measure.reps ?? 0;
    return weighted
      ? t('session.set.repsLoad', { reps, load: weighted })
      : t('session.set.reps', { count: reps }, reps);
  }
  return { number, amount, load, set };
}
