export * from './library';
export * from './circuits';
export * from './sessions';
