// Compiles apps/api and libs/contracts with SWC (decorator metadata for NestJS
// and TypeORM) into dist/apps/api, mirroring the source tree. Type checking is
// `nx run api:typecheck`.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/contracts/src'];
const contractsEntry = join(root, 'libs/contracts/src/index');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'testing') yield* walk(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      yield path;
    }
  }
}

const options = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

await rm(out, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for await (const file of walk(join(root, source))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, { ...options, filename: file });
    let contracts = relative(dirname(file), contractsEntry);
    if (!contracts.startsWith('.')) contracts = `./${contracts}`;
    const js = code.replaceAll('require("@tripart/contracts")', `require(${JSON.stringify(contracts)})`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${js}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
console.log(`api: compiled ${count} files into ${relative(root, out)}`);
