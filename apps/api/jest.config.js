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
  // A fresh worker per suite: Nest's GraphQL type storage lives on the process global.
  workerIdleMemoryLimit: '64MB',
};
