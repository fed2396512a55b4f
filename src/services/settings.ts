import type { MethodInput } from '@shared/contract';
import { DEFAULT_KIOSK_SETTINGS, SETTING_LIMITS, type KioskSettings } from '@shared/domain';
import { circuitIdForSeedKey, getCircuit } from '../store/repositories/circuits';
import { readSetting, writeSetting } from '../store/repositories/settings';
import { POSTURE_CIRCUIT } from '../store/seed/posture-circuit';
import type { ServiceContext } from './context';
import { invalidField } from './errors';

const KEYS = {
  idleSeconds: 'kiosk.idleSeconds',
  displayCircuitId: 'kiosk.displayCircuitId',
  volume: 'kiosk.volume',
  trainerIdleSeconds: 'trainer.idleSeconds',
  mediaQuotaMegabytes: 'media.quotaMegabytes',
} as const;

export type SettingsPatch = MethodInput<'settings:update'>;

/** A stored value that no longer fits (written by hand, or by an older version) falls back to the default. */
function readNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : fallback;
}

export function createSettingsService({ db, now }: ServiceContext) {
  function usableCircuit(id: unknown): string | null {
    if (typeof id !== 'string') return null;
    const circuit = getCircuit(db, id);
    return circuit && !circuit.archived ? circuit.id : null;
  }

  const limited = (key: keyof typeof SETTING_LIMITS): number =>
    readNumber(
      readSetting(db, KEYS[key]),
      SETTING_LIMITS[key].min,
      SETTING_LIMITS[key].max,
      DEFAULT_KIOSK_SETTINGS[key],
    );

  function get(): KioskSettings {
    return {
      idleSeconds: limited('idleSeconds'),
      // The trainer's choice while it can be played, else the built-in posture circuit.
      displayCircuitId:
        usableCircuit(readSetting(db, KEYS.displayCircuitId)) ??
        usableCircuit(circuitIdForSeedKey(db, POSTURE_CIRCUIT.seedKey)),
      volume: readNumber(readSetting(db, KEYS.volume), 0, 1, DEFAULT_KIOSK_SETTINGS.volume),
      trainerIdleSeconds: limited('trainerIdleSeconds'),
      mediaQuotaMegabytes: limited('mediaQuotaMegabytes'),
    };
  }

  return {
    get,
    update(patch: SettingsPatch): KioskSettings {
      if (patch.displayCircuitId != null && usableCircuit(patch.displayCircuitId) === null) {
        throw invalidField(
          'displayCircuitId',
          'unknown-reference',
          `there is no circuit "${patch.displayCircuitId}" that can be played`,
          { value: patch.displayCircuitId },
        );
      }
      const at = now();
      db.transaction(() => {
        for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
          const value = patch[key];
          if (value !== undefined) writeSetting(db, KEYS[key], value, at);
        }
      })();
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
