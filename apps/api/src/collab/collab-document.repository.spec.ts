import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { CollabDocumentRepository } from './collab-document.repository';

const textOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('body').toString();
};

describe('stored co-drafted documents', () => {
  let t: TestApp;
  let documents: CollabDocumentRepository;
  beforeAll(async () => {
    t = await startTestApp();
    documents = new CollabDocumentRepository(t.dataSource);
  });
  afterAll(() => t.close());

  it('keeps a stored edit that a lagging instance does not have yet', async () => {
    const a = new Y.Doc();
    a.getText('body').insert(0, 'from A; ');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.getText('body').insert(a.getText('body').length, 'more from A; ');
    b.getText('body').insert(0, 'from B; ');
    await documents.store('position:lag:1', Y.encodeStateAsUpdate(a));
    await documents.store('position:lag:1', Y.encodeStateAsUpdate(b));
    const stored = textOf(await documents.load('position:lag:1'));
    expect(stored).toContain('more from A; ');
    expect(stored).toContain('from B; ');
  });

  it('merges two first stores of a new document that race each other', async () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.getText('body').insert(0, 'A');
    b.getText('body').insert(0, 'B');
    await Promise.all([documents.store('position:race:1', Y.encodeStateAsUpdate(a)), documents.store('position:race:1', Y.encodeStateAsUpdate(b))]);
    expect(textOf(await documents.load('position:race:1')).split('').sort().join('')).toBe('AB');
  });

  it('does not keep deleted text forever: the stored size follows the document', async () => {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    for (let round = 0; round < 30; round++) {
      text.delete(0, text.length);
      text.insert(0, `${'x'.repeat(10_000)}${round}`);
      await documents.store('position:size:1', Y.encodeStateAsUpdate(doc));
    }
    const stored = (await documents.load('position:size:1'))!;
    expect(stored.byteLength).toBeLessThan(2 * Y.encodeStateAsUpdate(doc).byteLength);
  });
});
