export * from './library';
export * from './exercise-editing';
export * from './circuits';
export * from './timers';
export * from './sessions';
export * from './library-transfer';
export * from './store-health';
export * from './trainer-access';
