/** Unit tests of the API's services and helpers (no database). */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@lotsen/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@lotsen/migrations$': '<rootDir>/../../migrations/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
