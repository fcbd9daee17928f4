const { swcJestTransform } = require('../../tools/jest/swc');

/**
 * Property-based fuzzing (`npm run test:fuzz`): arbitrary GraphQL variables,
 * socket payloads and import files against the real app, tens of thousands of
 * cases. Kept out of `npm test` for its minutes; CI runs it as its own step.
 * FUZZ_RUNS scales every suite's case count (1 = the CI amount); FUZZ_SEED replays a run (`random`: a new one).
 */
module.exports = {
  displayName: 'fuzz',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcJestTransform,
  moduleNameMapper: {
    '^@tripart/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  testMatch: ['<rootDir>/test/fuzz/**/*.fuzz.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 600_000,
  maxWorkers: 2,
  workerIdleMemoryLimit: '64MB',
};
