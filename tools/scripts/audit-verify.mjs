// npm run audit:verify [-- --all]: verifies every audit chain (DATABASE_URL, else the embedded database: stop the app first).
// Prints the first broken link of each broken chain with its event; exit code 1 when any chain is broken, 2 when it could not run.
import { execFileSync } from 'node:child_process';
import { buildWhatIsNotBuilt, root } from './built.mjs';

buildWhatIsNotBuilt({ web: false });
try {
  execFileSync(process.execPath, ['dist/apps/api/apps/api/src/audit/audit-verify-cli.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
} catch (error) {
  process.exit(error.status ?? 2);
}
