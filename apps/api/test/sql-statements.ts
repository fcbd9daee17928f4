import { Client } from 'pg';

/**
 * Counts the statements the app sends to PostgreSQL from now until `restore`:
 * at pg's client, so those TypeORM runs and the prepared reads
 * (`database/prepared-query`) alike; not a new pooled connection's reset.
 */
export function countStatements(): { count(): number; restore(): void } {
  const spy = jest.spyOn(Client.prototype, 'query');
  return {
    count: () => spy.mock.calls.filter(([statement]) => statement !== 'DISCARD ALL').length,
    restore: () => spy.mockRestore(),
  };
}
