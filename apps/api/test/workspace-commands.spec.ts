import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const projects = ['apps/api', 'apps/web', 'libs/contracts', 'e2e'];

/** Every command line of the workspace: Nx targets run as commands, and npm scripts. */
function commands(): Array<[string, string]> {
  const listed: Array<[string, string]> = [];
  for (const project of projects) {
    const { name, targets } = JSON.parse(readFileSync(join(root, project, 'project.json'), 'utf8'));
    for (const [target, { options }] of Object.entries<{ options?: { command?: string } }>(targets)) {
      if (options?.command) listed.push([`nx run ${name}:${target}`, options.command]);
    }
  }
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [script, command] of Object.entries<string>(scripts)) listed.push([`npm run ${script}`, command]);
  return listed;
}

/** The files a command names: words that look like a path in the repository (a folder, and a script or config). */
const namedFiles = (command: string) =>
  command.split(/\s+/).filter((word) => /^[\w.-]+\/[\w./-]+\.(m?js|ts|json)$/.test(word) && !word.startsWith('node_modules/'));

describe('workspace commands', () => {
  it.each(commands())('%s names only files that exist', (_name, command) => {
    expect(namedFiles(command).filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });
});
