const { swcJestTransform } = require('../../tools/jest/swc');

/** API tests: integration first, each suite on its own copy of a migrated database. */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcJestTransform,
  moduleNameMapper: {
    '^@tripart/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // A worker is replaced once it holds 1 GB after a suite (each suite loads the app and a PGlite copy
  // of its own; recycling after every suite cost ~40 % of the run in process starts and module loading).
  workerIdleMemoryLimit: '1GB',
};
