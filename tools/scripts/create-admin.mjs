// npm run create-admin -- <email> [display name]: a single-use administrator invitation link (on the embedded database, stop the app first).
import { execFileSync } from 'node:child_process';
import { buildWhatIsNotBuilt, root } from './built.mjs';

buildWhatIsNotBuilt({ web: false });
try {
  execFileSync(process.execPath, ['dist/apps/api/apps/api/src/people/create-admin-cli.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
} catch (error) {
  process.exit(error.status ?? 1);
}
