const { resolve } = require('node:path');

/** One SWC setup for every Jest project: TypeScript with decorator metadata (NestJS, TypeORM). */
const swcJestTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
          react: { runtime: 'automatic' },
        },
        keepClassNames: true,
        // Rewrites workspace imports to relative paths (globalSetup ignores moduleNameMapper).
        baseUrl: resolve(__dirname, '../..'),
        paths: { '@tripart/contracts': ['libs/contracts/src/index.ts'] },
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

module.exports = { swcJestTransform };
