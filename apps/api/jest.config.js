const { resolve } = require('node:path');
const { swcJestTransform } = require('../../tools/jest/swc');

// The suites run in jest-light-runner's worker threads, on Node's own module cache: NestJS, TypeORM, Apollo and
// the rest load once per worker instead of once per suite (Jest's runner evaluated them again in every file's
// sandbox, most of the run). tools/jest/worker-typescript.mjs compiles TypeScript there, with this tsconfig.
process.env.SWC_NODE_PROJECT = resolve(__dirname, 'tsconfig.json');

/** API tests: integration first, each suite on its own copy of a migrated database. */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  runner: 'jest-light-runner',
  // The global setup runs in Jest's own process, through Jest's transform.
  transform: swcJestTransform,
  moduleNameMapper: {
    '^@tripart/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/../../tools/jest/worker-typescript.mjs'],
  setupFilesAfterEnv: ['<rootDir>/../../tools/jest/test-deadlines.mjs'],
  maxWorkers: 2,
};
