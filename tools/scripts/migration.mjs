// npm run migration:generate -- <Name> | npm run migration:run
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
execFileSync(process.execPath, ['tools/scripts/build-api.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['dist/apps/api/apps/api/src/database/migration-cli.js', ...args], { stdio: 'inherit' });
