export * from './api';
export * from './caller';
export * from './methods';
export * from './result';
export * from './schemas';
export * from './validation';
