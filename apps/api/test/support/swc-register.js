// Lets a child process run the API from its TypeScript sources, compiled as Jest compiles them (SWC).
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
const { swcJestTransform } = require('../../../../tools/jest/swc');

const [, options] = Object.values(swcJestTransform)[0];
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
