import type { DataSource } from 'typeorm';
import * as Y from 'yjs';

/**
 * The only SQL for stored Yjs documents. A store merges the new state into
 * what is stored (a CRDT union under the row's lock), so that an instance
 * whose copy lags another's can never take a stored edit away.
 */
export class CollabDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(name: string): Promise<Uint8Array | null> {
    const rows: Array<{ state: Buffer }> = await this.dataSource.query('SELECT state FROM collab_document WHERE name = $1', [name]);
    return rows[0] ? new Uint8Array(rows[0].state) : null;
  }

  async store(name: string, state: Uint8Array): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The first store of a document inserts it; one racing it waits for that row, then merges into it.
      const inserted: unknown[] = await manager.query(
        'INSERT INTO collab_document (name, state, updated_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO NOTHING RETURNING name',
        [name, Buffer.from(state)],
      );
      if (inserted.length > 0) return;
      const [row]: Array<{ state: Buffer }> = await manager.query('SELECT state FROM collab_document WHERE name = $1 FOR UPDATE', [name]);
      // The new state first: where both hold a range, its garbage-collected form wins, so deleted text is not kept forever.
      const merged = Y.mergeUpdates([state, new Uint8Array(row.state)]);
      await manager.query('UPDATE collab_document SET state = $2, updated_at = now() WHERE name = $1', [name, Buffer.from(merged)]);
    });
  }
}
