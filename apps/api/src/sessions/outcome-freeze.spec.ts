import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { textOf } from '@tripart/contracts';
import { CollabServer } from '../collab/collab.server';
import { jointDocument } from '../collab/document-name';
import { connectCollab, until, type CollabClient } from '../../test/collab-client';
import { buildSession, joinRoom } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

const SYNC_STATUS = 8;

/**
 * A recorded outcome freezes the item's agreed text: no socket event and no
 * Yjs connection changes it, until the facilitator reopens the item (audited).
 */
describe('a recorded outcome’s frozen text, and reopening the item', () => {
  const t = useTestApp();
  const { sockets, clients } = t;
  afterEach(() => jest.restoreAllMocks());

  /** An editor that counts the updates the server refused to apply (Hocuspocus answers each with a sync status of 0). */
  function open(name: string, token: string) {
    const client = connectCollab(t.url, name, token);
    clients.push(client);
    const seen = { refused: 0, access: [] as boolean[] };
    client.provider.on('message', ({ event }: { event: MessageEvent }) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === SYNC_STATUS && decoding.readVarInt(decoder) === 0) seen.refused += 1;
    });
    client.provider.on('stateless', ({ payload }: { payload: string }) => seen.access.push(JSON.parse(payload).writable));
    return Object.assign(client, { seen });
  }

  const write = (client: CollabClient, words: string) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(words)]);
    client.doc.getXmlFragment('default').insert(0, [paragraph]);
  };

  /** A live session whose first item's joint text says "Agreed words", its consensus recorded, a facilitator's editor still open. */
  async function agreedItem() {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await room.send('session:start', { sessionId });
    const name = jointDocument(sessionId, agenda[0].id);
    const editor = open(name, cast.facilitator.token);
    await editor.ready;
    write(editor, 'Agreed words');
    await until(() => editor.provider.unsyncedChanges === 0);
    expect((await room.send('outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS' })).ok).toBe(true);
    return { cast, sessionId, agendaItemId: agenda[0].id, room, name, editor };
  }

  const served = async (name: string, token: string) => {
    const reader = open(name, token);
    await reader.ready;
    return textOf(reader.doc.getXmlFragment('default'));
  };

  it('refuses by socket to start the joint text again, to unlock drafting, or to record another outcome', async () => {
    const { sessionId, agendaItemId, room, name, cast } = await agreedItem();
    const replies = [
      await room.send('joint:start', { sessionId, agendaItemId, from: 'PROVISION' }),
      await room.send('drafting:set', { sessionId, agendaItemId, unlocked: true }),
      await room.send('outcome:record', { sessionId, agendaItemId, outcome: 'NO_CONSENSUS' }),
    ];
    expect(replies.map((reply) => reply.error?.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(replies[0].error?.message).toMatch(/reopens the item/);
    const [outcome] = await t.dataSource.query('SELECT outcome, agreed_text FROM outcome WHERE agenda_item_id = $1', [agendaItemId]);
    expect([outcome, await served(name, cast.observer.token)]).toEqual([{ outcome: 'CONSENSUS', agreed_text: 'Agreed words' }, 'Agreed words']);
  });

  it('makes the joint document read-only for everyone: the open editor is told, its edit refused and not stored', async () => {
    const { name, editor, cast } = await agreedItem();
    await until(() => editor.seen.access.includes(false));
    write(editor, 'Changed afterwards');
    await until(() => editor.seen.refused > 0);
    expect(await served(name, cast.facilitator.token)).toBe('Agreed words');
  });

  it('puts the frozen document back to the agreed text when an edit came in between reading and freezing it', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await room.send('session:start', { sessionId });
    const name = jointDocument(sessionId, agenda[0].id);
    const editor = open(name, cast.facilitator.token);
    await editor.ready;
    write(editor, 'Words typed just too late');
    await until(() => editor.provider.unsyncedChanges === 0);
    // The text as the server read it for the outcome, before that last edit reached it.
    jest.spyOn(CollabServer.prototype, 'readText').mockResolvedValueOnce('Agreed words');
    expect((await room.send('outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS' })).ok).toBe(true);
    const [outcome] = await t.dataSource.query('SELECT agreed_text FROM outcome WHERE agenda_item_id = $1', [agenda[0].id]);
    expect([outcome.agreed_text, await served(name, cast.observer.token)]).toEqual(['Agreed words', 'Agreed words']);
  });

  it('opens the frozen document read-only to a facilitator connecting afresh', async () => {
    const { name, cast } = await agreedItem();
    const late = open(name, cast.facilitator.token);
    await late.ready;
    write(late, 'Late words');
    await until(() => late.seen.refused > 0);
    expect(textOf(late.doc.getXmlFragment('default'))).toContain('Late words');
    expect(await served(name, cast.observer.token)).toBe('Agreed words');
  });

  it('reopens the item for the facilitator, audited with what the outcome was and why, and the text may change again', async () => {
    const { sessionId, agendaItemId, room, name, editor, cast } = await agreedItem();
    const reply = await room.send('item:reopen', { sessionId, agendaItemId, reason: 'The workers found a typo.' });
    expect(reply.ok).toBe(true);
    const [event] = await t.dataSource.query(`SELECT actor_id, data FROM audit_event WHERE action = 'item.reopened' AND subject_id = $1`, [agendaItemId]);
    expect(event).toMatchObject({ actor_id: cast.facilitator.user.id, data: { reason: 'The workers found a typo.', outcome: 'CONSENSUS', agreedText: 'Agreed words' } });
    expect(await t.dataSource.query('SELECT 1 FROM outcome WHERE agenda_item_id = $1', [agendaItemId])).toEqual([]);
    await until(() => editor.seen.access.at(-1) === true);
    write(editor, 'Corrected words');
    await until(() => editor.provider.unsyncedChanges === 0);
    expect(await served(name, cast.observer.token)).toContain('Corrected words');
  });

  it('refuses to reopen an item without an outcome, and nothing is audited', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const reply = await room.send('item:reopen', { sessionId, agendaItemId: agenda[1].id, reason: 'Why not' });
    expect(reply.error?.code).toBe('CONFLICT');
    expect(await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'item.reopened' AND subject_id = $1`, [agenda[1].id])).toEqual([]);
  });

  it('refuses an empty reason', async () => {
    const { sessionId, agendaItemId, room } = await agreedItem();
    expect((await room.send('item:reopen', { sessionId, agendaItemId, reason: '   ' })).error?.code).toBe('BAD_USER_INPUT');
  });
});
