export * from './auth/roles';
export * from './auth/policy';
export * from './auth/resources';
export * from './errors/error-codes';
export * from './taxonomy/districts';
export * from './taxonomy/need-categories';
export * from './validation/limits';
