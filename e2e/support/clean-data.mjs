// Removes the e2e database directory so the server seeds the demo data afresh.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.env.DATA_DIR;
if (!dir || !resolve(dir).includes(`${resolve('tmp')}`)) {
  console.error(`clean-data: refusing to delete DATA_DIR=${dir ?? '(unset)'} outside ./tmp`);
  process.exit(1);
}
rmSync(resolve(dir), { recursive: true, force: true });
