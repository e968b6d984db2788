/** Browser journeys: the real API serving the built web app, driven in Debian's Chromium. */
module.exports = {
  displayName: 'browser',
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
