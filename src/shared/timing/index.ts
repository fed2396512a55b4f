export * from './clock';
export * from './countdown';
export * from './definition';
export * from './events';
export * from './circuit-run';
export * from './cues';
export type { PhaseKind } from './plan';
