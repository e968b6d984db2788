/** Unit tests of the web app's providers and messages (no browser). */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@lotsen/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    // The providers use only ra-core's part of react-admin (HttpError, fetchUtils); the UI part
    // pulls in ESM-only packages that Jest on Node 20 cannot load.
    '^react-admin$': 'ra-core',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
