/**
 * Several real API processes (from dist/, built by `npm test`) on loopback against one
 * PostgreSQL and Redis: sessions, optimistic locking and bulk handoffs across instances,
 * migrations at concurrent start-up, graceful shutdown, backup and restore.
 */
module.exports = {
  displayName: 'cluster',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  moduleNameMapper: {
    '^@lotsen/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@lotsen/migrations$': '<rootDir>/../../migrations/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../apps/api/tsconfig.spec.json' }] },
  testTimeout: 90000,
};
