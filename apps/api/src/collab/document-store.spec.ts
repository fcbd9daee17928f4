import * as Y from 'yjs';
import { until } from '../../test/collab-client';
import { DocumentStore, type DocumentStoreOptions } from './document-store';

const FAST: DocumentStoreOptions = { debounceMs: 10, maxDebounceMs: 20, retryMs: 5, retryMaxMs: 20, timeoutMs: 200 };

/** What the database would hold: the last state stored per name, and a switch to make it refuse. */
function database() {
  const stored = new Map<string, Uint8Array>();
  const state = { down: false, attempts: 0 };
  const persist = async (name: string, update: Uint8Array) => {
    state.attempts += 1;
    if (state.down) throw new Error('connect ECONNREFUSED');
    stored.set(name, update);
  };
  const text = (name: string) => {
    const doc = new Y.Doc();
    const update = stored.get(name);
    if (update) Y.applyUpdate(doc, update);
    return doc.getText('body').toString();
  };
  return { persist, state, text };
}

function typeInto(doc: Y.Doc, store: DocumentStore, words: string) {
  doc.getText('body').insert(doc.getText('body').length, words);
  store.changed('doc', doc);
}

describe('the co-drafting document store', () => {
  it('stores a change shortly after it is made', async () => {
    const db = database();
    const store = new DocumentStore(db.persist, FAST);
    const doc = new Y.Doc();
    typeInto(doc, store, 'hello');
    expect(store.isUnstored('doc')).toBe(true);
    await until(() => !store.isUnstored('doc'));
    expect(db.text('doc')).toBe('hello');
  });

  it('keeps trying a failed store until the database takes it, with what was typed meanwhile', async () => {
    const db = database();
    const told: boolean[] = [];
    const store = new DocumentStore(db.persist, FAST, { onStoredChanged: (_name, stored) => told.push(stored) });
    const doc = new Y.Doc();
    db.state.down = true;
    typeInto(doc, store, 'one ');
    await until(() => db.state.attempts >= 3);
    typeInto(doc, store, 'two');
    expect(store.isFailing('doc')).toBe(true);
    db.state.down = false;
    await until(() => !store.isUnstored('doc'));
    expect(db.text('doc')).toBe('one two');
    expect(told).toEqual([false, true]);
  });

  it('says it is clean only once the last change is stored', async () => {
    const db = database();
    const clean: string[] = [];
    const store = new DocumentStore(db.persist, FAST, { onClean: (name) => clean.push(name) });
    const doc = new Y.Doc();
    db.state.down = true;
    typeInto(doc, store, 'x');
    await until(() => db.state.attempts >= 2);
    expect(clean).toEqual([]);
    db.state.down = false;
    await until(() => clean.length === 1);
    expect(store.unstoredNames()).toEqual([]);
  });

  it('stores everything on flushAll, or names what it could not store by the deadline', async () => {
    const db = database();
    const store = new DocumentStore(db.persist, { ...FAST, debounceMs: 60_000, maxDebounceMs: 60_000 });
    const doc = new Y.Doc();
    typeInto(doc, store, 'before shutdown');
    db.state.down = true;
    expect(await store.flushAll(Date.now() + 50)).toEqual(['doc']);
    db.state.down = false;
    expect(await store.flushAll(Date.now() + 1000)).toEqual([]);
    expect(db.text('doc')).toBe('before shutdown');
  });

  it('counts a store that never answers as failed, and says so', async () => {
    const told: boolean[] = [];
    let hang = true;
    const stored: string[] = [];
    const store = new DocumentStore(
      (name) => (hang ? new Promise<void>(() => undefined) : Promise.resolve(void stored.push(name))),
      FAST,
      { onStoredChanged: (_name, ok) => told.push(ok) },
    );
    typeInto(new Y.Doc(), store, 'x');
    await until(() => told.length === 1);
    expect(told).toEqual([false]);
    hang = false;
    await until(() => !store.isUnstored('doc'));
    expect(told).toEqual([false, true]);
  });

  it('writes one store at a time per document, however many are asked for', async () => {
    let inFlight = 0;
    let most = 0;
    const store = new DocumentStore(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
    }, FAST);
    const doc = new Y.Doc();
    typeInto(doc, store, 'a');
    await Promise.all([store.flush('doc'), store.flush('doc'), store.flush('doc')]);
    expect(most).toBe(1);
  });
});
