import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollabDocument } from '../collab-document.entity';

/** Yjs state in PostgreSQL: fetched when a document opens, stored (debounced by the server) after changes and on shutdown. */
export class PersistenceExtension implements Extension {
  extensionName = 'tripart-persistence';

  constructor(private readonly dataSource: DataSource) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const row = await this.dataSource.getRepository(CollabDocument).findOne({ where: { name: documentName } });
    if (row) Y.applyUpdate(document, new Uint8Array(row.state));
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const state = Buffer.from(Y.encodeStateAsUpdate(document));
    await this.dataSource.query(
      `INSERT INTO collab_document (name, state, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
      [documentName, state],
    );
  }
}
