import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';

type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/** Puts back what a change replaced. */
export type Undo = () => void;

/**
 * A document held open by the server for a change of its own. Opening it
 * loads it (from PostgreSQL, brought up to date through Redis); a change made
 * through it is applied in memory only — every open editor receives it at once,
 * on every instance — and it is stored when the edit is released. So a change
 * can be made inside a database transaction without a query of its own (the
 * embedded database has one connection), and taken back if that transaction fails.
 */
export class ServerEdit {
  constructor(private readonly connection: DirectConnection) {}

  /** Replaces a rich-text field with plain paragraphs, one per line, as one change; returns how to take it back. */
  replaceText(text: string, field = 'default'): Undo {
    const document = this.connection.document!;
    const fragment = document.getXmlFragment(field);
    const before = (fragment.toArray() as Array<Y.XmlElement | Y.XmlText>).map((node) => node.clone());
    const paragraphs = text.split(/\n+/).map((line) => line.trim()).filter(Boolean).map((line) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
    const put = (nodes: Array<Y.XmlElement | Y.XmlText>) =>
      document.transact(() => {
        fragment.delete(0, fragment.length);
        fragment.insert(0, nodes);
      });
    put(paragraphs);
    // The undo is a new change of its own: editors who saw the replacement see the earlier text come back.
    // Once only: the copies are integrated into the document when put back (a copy of a copy not yet in
    // a document would be empty).
    let undone = false;
    return () => {
      if (!undone) put(before);
      undone = true;
    };
  }

  /** Stores the document and lets it unload when nobody else has it open. */
  release(): Promise<void> {
    return this.connection.disconnect();
  }
}
