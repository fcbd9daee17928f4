const { swcJestTransform } = require('../../tools/jest/swc');

module.exports = {
  displayName: 'contracts',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcJestTransform,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
