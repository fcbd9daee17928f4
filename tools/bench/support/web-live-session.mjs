// What the web app uses to follow a live session, for the benchmarks' clients to do the same: the contracts'
// LiveSessionSync and reducers (from the API build, which compiles libs/contracts), and the web's own
// ConsultationSession query (its .graphql files, as the browser sends them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from '../../scripts/built.mjs';

const require = createRequire(import.meta.url);

/** libs/contracts as built into dist/apps/api (buildWhatIsNotBuilt() first). */
export function contracts() {
  return require(join(root, 'dist/apps/api/libs/contracts/src/index.js'));
}

const OPERATIONS = join(root, 'apps/web/src/features/sessions/operations');
export const LIVE_SESSION_QUERY = ['consultation-session.query.graphql', 'live-session-state.fragment.graphql']
  .map((file) => readFileSync(join(OPERATIONS, file), 'utf8'))
  .join('\n');
