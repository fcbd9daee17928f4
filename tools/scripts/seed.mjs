// npm run seed: demo data into an empty database (stop the app first on the embedded database).
import { execFileSync } from 'node:child_process';
import { buildWhatIsNotBuilt, root } from './built.mjs';

buildWhatIsNotBuilt({ web: false });
execFileSync(process.execPath, ['dist/apps/api/apps/api/src/seed/seed-cli.js'], { cwd: root, stdio: 'inherit' });
