import type { MethodName } from '@shared/contract';
import { VALID_DRAFT } from './exercise-draft';
import { base64, solidPng } from './media-files';
import { MEMBER } from './store';

export const VALID_CIRCUIT_DRAFT = {
  name: 'Circuit',
  description: '',
  getReadySeconds: 10,
  restSeconds: 20,
  rounds: 1,
  roundBreakSeconds: 0,
  sound: true,
  flash: true,
  halfwayCue: false,
  steps: [{ exerciseId: 'face-pull', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null }],
};

/** One payload per method that passes its schema and names things the seeded library has. */
export const VALID_PAYLOADS: Record<MethodName, unknown> = {
  'library:list': {},
  'library:get': { id: 'face-pull' },
  'library:vocabulary': {},
  'library:export': {},
  'library:import': { content: '[]', dryRun: true },
  'library:create': VALID_DRAFT,
  'library:update': { id: 'face-pull', exercise: VALID_DRAFT },
  'library:duplicate': { id: 'face-pull' },
  'library:archive': { id: 'deadlift' },
  'library:restore': { id: 'deadlift' },
  'library:attach-media': { exerciseId: 'face-pull', role: 'still', data: base64(solidPng()) },
  'library:detach-media': { exerciseId: 'face-pull', mediaId: 'no-such-media' },
  'circuits:list': {},
  'circuits:get': { id: 'posture-circuit' },
  'circuits:create': VALID_CIRCUIT_DRAFT,
  'circuits:update': { id: 'posture-circuit', circuit: VALID_CIRCUIT_DRAFT },
  'circuits:archive': { id: 'posture-circuit' },
  'circuits:restore': { id: 'posture-circuit' },
  'settings:get': {},
  'settings:update': { idleSeconds: 60 },
  'timers:get-run': {},
  'timers:save-run': {
    run: {
      kind: 'countdown',
      restSeconds: 60,
      exerciseId: null,
      countdown: { durationMs: 60_000, endsAt: 1, pausedRemainingMs: null },
    },
  },
  'timers:clear-run': {},
  'system:notices': {},
  'system:dismiss-store-recovery': {},
  'sessions:log-set': {
    memberId: MEMBER.id,
    exerciseId: 'face-pull',
    setNumber: 1,
    reps: 15,
    clientKey: 'screen-1/0001',
  },
  'trainer:status': {},
  'trainer:set-pin': { pin: '583920' },
  'trainer:unlock': { pin: '583920' },
  'trainer:lock': {},
  'trainer:change-pin': { currentPin: '583920', newPin: '749201' },
  'pairing:request': {},
  'pairing:claim': { claim: 'x' },
  'screens:list': {},
  'screens:pair': { code: '123 456', name: 'Rack 3' },
  'screens:revoke': { id: 'x' },
  'kiosk:open-file': { kind: 'picture' },
  'kiosk:quit': {},
};
