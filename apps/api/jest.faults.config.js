const { swcJestTransform } = require('../../tools/jest/swc');

/**
 * The fault scenarios (`npm run test:faults`): each starts its own PostgreSQL
 * and Redis (Debian's server binaries, in a temporary directory, on ports of
 * their own) and two API instances, then stops, kills or cuts something.
 * One at a time: they measure what survives, not how fast the machine is.
 */
module.exports = {
  displayName: 'faults',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcJestTransform,
  moduleNameMapper: {
    '^@tripart/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  // An instance stopped in the test's process leaves the Socket.IO Redis adapter's duplicated clients open
  // (the adapter closes them only with io.close(), which would close Nest's HTTP server too): a process
  // exit ends them in production; here Jest must not wait for them.
  forceExit: true,
};
