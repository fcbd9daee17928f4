/**
 * jest-light-runner's workers import each spec with Node's own loader: TypeScript is compiled by @swc-node/register
 * (CommonJS, the project's tsconfig from SWC_NODE_PROJECT, decorator metadata included), and an imported `.ts` file
 * is handed to it by tools/jest/ts-as-commonjs.mjs. Registered here, in each worker, so that the processes the
 * tests start (API instances, npm commands) inherit nothing of it.
 */
import { createRequire, register } from 'node:module';

createRequire(import.meta.url)('@swc-node/register');
register('./ts-as-commonjs.mjs', import.meta.url);
