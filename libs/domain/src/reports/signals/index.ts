export * from './exact-test';
export * from './detector';
export * from './weeks';
export * from './publish';
