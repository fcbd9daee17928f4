import { hash } from '@node-rs/argon2';

export const TEST_PASSWORD = 'correct horse battery staple';
/** Set by global setup: TEST_PASSWORD hashed once for the whole run (Argon2 is slow on purpose). */
export const PASSWORD_HASH_ENV = 'TRIPART_TEST_PASSWORD_HASH';

let hashed: Promise<string> | undefined;

/** The hash every test user gets: global setup's, or, where none ran (the fault scenarios), one made once per suite. */
export function testPasswordHash(): Promise<string> {
  const fromSetup = process.env[PASSWORD_HASH_ENV];
  return (hashed ??= fromSetup ? Promise.resolve(fromSetup) : hash(TEST_PASSWORD));
}
