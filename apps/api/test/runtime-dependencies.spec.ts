import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/**
 * The runtime image installs `dependencies` only (`npm ci --omit=dev`): they
 * must be what the API runs on, and nothing the web app alone needs (its
 * packages are bundled by Vite at build time: devDependencies).
 */
const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };

/** Packages that others load by name at run time, without declaring them (a peer dependency would say so). */
const LOADED_BY_NAME: Record<string, string> = {
  '@as-integrations/express5': '@nestjs/apollo requires it to mount Apollo on Express',
  '@expo-google-fonts/noto-sans': 'the PDF exports read its TTF files by path (common/print/print-pdf.ts)',
  '@expo-google-fonts/noto-naskh-arabic': 'the PDF exports read its TTF files by path, for Arabic',
};

/** The sources the API's build compiles (tools/scripts/build-api.mjs): no tests. */
function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'testing') yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The packages the API's own code imports (type-only imports are erased and need nothing at run time). */
function importedPackages(): Set<string> {
  const found = new Set<string>();
  const specifier = /(?:^|[\s;{}])(?:import|export)(?!\s+type\s)(?:[^'"`;]*?\sfrom)?\s*['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const dir of ['apps/api/src', 'libs/contracts/src']) {
    for (const file of sources(join(root, dir))) {
      for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
        const name = match[1] ?? match[2];
        if (name.startsWith('.') || name.startsWith('node:') || name === '@tripart/contracts') continue;
        const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
        if (!builtinModules.includes(packageName)) found.add(packageName);
      }
    }
  }
  return found;
}

/** What those packages need beside them (peer dependencies), read from their own package.json, to a fixed point. */
function neededAtRunTime(imported: Set<string>): Set<string> {
  const needed = new Set([...imported, ...Object.keys(LOADED_BY_NAME)]);
  const queue = [...needed];
  while (queue.length) {
    const name = queue.pop()!;
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      if (!needed.has(peer) && peer in pkg.dependencies) {
        needed.add(peer);
        queue.push(peer);
      }
    }
  }
  return needed;
}

describe('the runtime image’s packages', () => {
  const imported = importedPackages();

  it('holds every package the API imports (none is a dev dependency only)', () => {
    expect([...imported].filter((name) => !lock.packages[`node_modules/${name}`] || lock.packages[`node_modules/${name}`].dev)).toEqual([]);
  });

  it('holds nothing the API does not need (a web-only package is a devDependency)', () => {
    const needed = neededAtRunTime(imported);
    expect(Object.keys(pkg.dependencies).filter((name) => !needed.has(name))).toEqual([]);
  });
});
