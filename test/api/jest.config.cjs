/** API end-to-end tests: the real app on a real PostgreSQL, through HTTP (supertest). */
module.exports = {
  displayName: 'api-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  moduleNameMapper: {
    '^@lotsen/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@lotsen/migrations$': '<rootDir>/../../migrations/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../apps/api/tsconfig.spec.json' }] },
  testTimeout: 30000,
};
