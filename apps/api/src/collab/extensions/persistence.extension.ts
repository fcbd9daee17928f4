import type { connectedPayload, Extension, onChangePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { CollabDocumentRepository } from '../collab-document.repository';
import type { DocumentStore } from '../document-store';

/** The stateless message an editor receives when storing its document fails, or works again. */
export const storedMessage = (stored: boolean) => JSON.stringify({ type: 'tripart:stored', stored });

/** Hocuspocus skips an unload when a `beforeUnloadDocument` hook throws; no message, so it logs nothing. */
const KEEP_LOADED = Object.assign(new Error(''), { cause: 'unstored changes' });

/**
 * Yjs state in PostgreSQL: fetched when a document opens; every change is
 * handed to the document store, which stores it (and keeps trying through
 * an outage). A document with unstored changes is never unloaded, and every
 * editor who opens it is told whether storing works.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'tripart-persistence';

  constructor(
    private readonly documents: CollabDocumentRepository,
    private readonly store: DocumentStore,
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const state = await this.documents.load(documentName);
    if (state) Y.applyUpdate(document, state);
  }

  /** Not awaited by Hocuspocus: must never throw. */
  async onChange({ documentName, document }: onChangePayload): Promise<void> {
    this.store.changed(documentName, document);
  }

  /** Hocuspocus asks to store (debounced, on a last disconnect, for a server-side change): store now, never throw. */
  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    await this.store.flush(documentName);
  }

  async beforeUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    if (this.store.isUnstored(documentName)) throw KEEP_LOADED;
  }

  /** Whether storing works, to every editor as it connects: one who last heard "not stored" (on any instance) hears otherwise. */
  async connected({ documentName, connection }: connectedPayload): Promise<void> {
    connection.sendStateless(storedMessage(!this.store.isFailing(documentName)));
  }
}
