// Builds the API and the web app when their build is missing or older than their sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const apiMain = join(root, 'dist/apps/api/apps/api/src/main.js');
const webIndex = join(root, 'dist/apps/web/index.html');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function stale(output, sources) {
  return !existsSync(output) || sources.some((source) => newest(join(root, source)) > statSync(output).mtimeMs);
}

const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

export function buildWhatIsNotBuilt({ web = true } = {}) {
  if (stale(apiMain, ['apps/api/src', 'libs/contracts/src', 'tools/scripts/build-api.mjs'])) {
    console.log('Building the API…');
    run(['tools/scripts/build-api.mjs']);
  }
  if (web && stale(webIndex, ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/contracts/src'])) {
    console.log('Building the web app…');
    run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
  }
}
