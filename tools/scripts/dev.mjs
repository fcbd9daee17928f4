// npm run dev: the API rebuilt and restarted on change, and the Vite dev server (port 4200) proxying to it.
// `--api` (nx run api:serve): the API alone.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { apiMain, buildWhatIsNotBuilt, root } from './built.mjs';

let api;
let timer;
function restartApi() {
  try {
    buildWhatIsNotBuilt({ web: false });
  } catch {
    console.error('API build failed; waiting for the next change.');
    return;
  }
  api?.kill('SIGTERM');
  api = spawn(process.execPath, ['--enable-source-maps', apiMain], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } });
}
for (const dir of ['apps/api/src', 'libs/contracts/src']) {
  watch(join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(restartApi, 300);
  });
}
restartApi();
const apiOnly = process.argv.includes('--api');
const web = apiOnly ? undefined : spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
const stop = () => {
  api?.kill('SIGTERM');
  web?.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
