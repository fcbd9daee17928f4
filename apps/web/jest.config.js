const { swcJestTransform } = require('../../tools/jest/swc');

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform: swcJestTransform,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/style.stub.js',
    '^@tripart/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
};
