import * as Y from 'yjs';
import { textOf } from '@tripart/contracts';
import { jointDocument } from '../collab/document-name';
import { ServerEdit } from '../collab/server-edit';
import { connectCollab } from '../../test/collab-client';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

/** `joint:start` replaces the joint text inside the audited change: both happen, or neither. */
describe('starting a joint text', () => {
  const t = useTestApp();
  const { sockets, clients } = t;
  afterEach(() => jest.restoreAllMocks());

  /** A session whose first item's joint text already says something, written by the facilitator. */
  async function itemWithText(earlier: string) {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const name = jointDocument(sessionId, agenda[0].id);
    const editor = await open(name, cast.facilitator.token);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(earlier)]);
    editor.doc.getXmlFragment('default').insert(0, [paragraph]);
    await waitFor(() => editor.provider.unsyncedChanges === 0);
    const [{ seq }] = await t.dataSource.query('SELECT seq FROM consultation_session WHERE id = $1', [sessionId]);
    return { cast, sessionId, agendaItemId: agenda[0].id, room, name, seq: Number(seq) };
  }

  async function open(name: string, token: string) {
    const client = connectCollab(t.url, name, token);
    clients.push(client);
    await client.ready;
    return client;
  }

  /** The text as the server holds it now: what a person opening the document receives. */
  const served = async (name: string, token: string) => textOf((await open(name, token)).doc.getXmlFragment('default'));

  const stored = async (name: string) => {
    const [row] = await t.dataSource.query('SELECT state FROM collab_document WHERE name = $1', [name]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    return textOf(doc.getXmlFragment('default'));
  };

  const started = async (agendaItemId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'joint.started' AND subject_id = $1`, [agendaItemId]))[0].count;

  const seqOf = async (sessionId: string) => Number((await t.dataSource.query('SELECT seq FROM consultation_session WHERE id = $1', [sessionId]))[0].seq);

  async function waitFor(condition: () => boolean, timeoutMs = 3000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await settle(20);
    }
  }

  it('replaces the text, audits the start and counts it in the session’s sequence', async () => {
    const { cast, sessionId, agendaItemId, room, name, seq } = await itemWithText('Earlier words');
    const ack = await room.send('joint:start', { sessionId, agendaItemId, from: 'PROVISION' });
    expect(ack).toMatchObject({ ok: true, seq: seq + 1 });
    const [provision] = await t.dataSource.query('SELECT p.text FROM agenda_item a JOIN provision p ON p.id = a.provision_id WHERE a.id = $1', [agendaItemId]);
    const expected = provision.text.split(/\n+/).map((line: string) => line.trim()).filter(Boolean).join('\n');
    expect([await served(name, cast.observer.token), await stored(name), await started(agendaItemId)]).toEqual([expected, expected, 1]);
  });

  it('puts the earlier text back when the audited change does not commit', async () => {
    const { cast, sessionId, agendaItemId, room, name, seq } = await itemWithText('Earlier words');
    // A real failure after the replacement: the sequence number's update, the change's last statement, is refused.
    await t.dataSource.query(`CREATE FUNCTION test_refuse_seq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await t.dataSource.query('CREATE TRIGGER test_refuse_seq BEFORE UPDATE OF seq ON consultation_session FOR EACH ROW EXECUTE FUNCTION test_refuse_seq()');
    try {
      expect((await room.send('joint:start', { sessionId, agendaItemId, from: 'PROVISION' })).ok).toBe(false);
    } finally {
      await t.dataSource.query('DROP TRIGGER test_refuse_seq ON consultation_session');
      await t.dataSource.query('DROP FUNCTION test_refuse_seq()');
    }
    expect([await served(name, cast.observer.token), await stored(name)]).toEqual(['Earlier words', 'Earlier words']);
    expect([await started(agendaItemId), await seqOf(sessionId)]).toEqual([0, seq]);
  });

  it('audits nothing when the text cannot be replaced', async () => {
    const { cast, sessionId, agendaItemId, room, name, seq } = await itemWithText('Earlier words');
    jest.spyOn(ServerEdit.prototype, 'replaceText').mockImplementation(() => {
      throw new Error('replacement failed');
    });
    expect((await room.send('joint:start', { sessionId, agendaItemId, from: 'PROVISION' })).ok).toBe(false);
    expect([await started(agendaItemId), await seqOf(sessionId), await served(name, cast.observer.token)]).toEqual([0, seq, 'Earlier words']);
  });
});
