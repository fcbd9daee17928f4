export * from './people';
export * from './locales';
export * from './errors';
export * from './limits';
export * from './socket-events';
export * from './dossiers';
export * from './sessions';
export * from './word-diff';
