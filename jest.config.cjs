/**
 * `npm test` runs every level: unit tests (libs/domain, apps/api), API end-to-end tests against
 * a real PostgreSQL and browser tests in Debian's Chromium. The global setup provides the
 * database server: DATABASE_URL's server when set, else an embedded PostgreSQL.
 */
module.exports = {
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
    '<rootDir>/apps/portal',
    '<rootDir>/test/api',
    '<rootDir>/test/browser',
    '<rootDir>/test/cluster',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 60000,
};
