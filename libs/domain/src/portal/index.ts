export * from './languages';
export * from './life-situations';
export * from './public-fields';
export * from './search';
export * from './services';
export * from './translation';
