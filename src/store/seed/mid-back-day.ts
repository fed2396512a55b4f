import type { ItemTarget } from '@shared/domain';

export interface TemplateSeed {
  seedKey: string;
  name: string;
  note: string;
  items: (ItemTarget & { exerciseSeedKey: string })[];
}

/** The built-in template a trainer can give any member: four mid-back movements, loads left to each member. */
export const MID_BACK_DAY: TemplateSeed = {
  seedKey: 'mid-back-day',
  name: 'Mid-back day',
  note: 'Rows for strength, then the small muscles between the shoulder blades.',
  items: [
    {
      exerciseSeedKey: 'bent-over-row',
      sets: 3,
      warmUpSets: 1,
      reps: 10,
      seconds: null,
      loadKg: null,
      restSeconds: 90,
      note: '',
    },
    {
      exerciseSeedKey: 'seated-cable-row',
      sets: 3,
      warmUpSets: 0,
      reps: 12,
      seconds: null,
      loadKg: null,
      restSeconds: 60,
      note: '',
    },
    {
      exerciseSeedKey: 'face-pull',
      sets: 3,
      warmUpSets: 0,
      reps: 15,
      seconds: null,
      loadKg: null,
      restSeconds: 45,
      note: '',
    },
    {
      exerciseSeedKey: 'reverse-fly',
      sets: 3,
      warmUpSets: 0,
      reps: 12,
      seconds: null,
      loadKg: null,
      restSeconds: 45,
      note: 'Light and slow.',
    },
  ],
};
