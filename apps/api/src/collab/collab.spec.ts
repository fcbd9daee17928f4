import { OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';
import { textOf } from '@tripart/contracts';
import { jointDocument, positionDocument } from './document-name';
import { connectCollab, until } from '../../test/collab-client';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

describe('co-drafting (Yjs at /collab)', () => {
  const t = useTestApp();
  const { sockets, clients } = t;

  const open = (name: string, token: string, app = t) => {
    const client = connectCollab(app.url, name, token);
    clients.push(client);
    return client;
  };

  async function positionOf() {
    const built = await buildSession(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [built.cast.dossierId]);
    return { ...built, name: positionDocument(built.cast.workers.lead.delegationId, draft.id) };
  }

  it('opens a delegation’s position paper to its members, who converge after concurrent edits', async () => {
    const { cast, name } = await positionOf();
    const a = open(name, cast.workers.lead.token);
    const b = open(name, cast.workers.member.token);
    await Promise.all([a.ready, b.ready]);
    a.doc.getText('body').insert(0, 'We oppose. ');
    b.doc.getText('body').insert(0, 'Article 7: ');
    await until(() => a.text() === b.text() && a.text().length === 'We oppose. Article 7: '.length);
  });

  it.each(['employers.lead', 'government.member', 'observer', 'facilitator', 'outsider'])('refuses the position paper to %s', async (who) => {
    const { cast, name } = await positionOf();
    const person = who.split('.').reduce((object: any, key) => object[key], cast);
    await expect(open(name, person.token).ready).rejects.toThrow('refused: NOT_FOUND');
  });

  it('refuses a connection without a valid token, and unknown document names', async () => {
    const { cast, name } = await positionOf();
    await expect(open(name, 'not-a-token').ready).rejects.toThrow('refused: UNAUTHENTICATED');
    await expect(open('secret:anything', cast.workers.lead.token).ready).rejects.toThrow('refused: NOT_FOUND');
  });

  it('merges edits made offline when the client comes back', async () => {
    const { cast, name } = await positionOf();
    const a = open(name, cast.workers.lead.token);
    const b = open(name, cast.workers.member.token);
    await Promise.all([a.ready, b.ready]);
    b.socket.disconnect();
    b.doc.getText('body').insert(0, 'offline words ');
    a.doc.getText('body').insert(0, 'online words ');
    await settle(300);
    expect(a.text()).not.toContain('offline');
    await b.socket.connect();
    await until(() => a.text() === b.text() && a.text().includes('offline') && a.text().includes('online'));
  });

  it('gives observers a read-only joint text whose updates are neither applied nor stored', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const name = jointDocument(sessionId, agenda[0].id);
    const facilitator = open(name, cast.facilitator.token);
    const observer = open(name, cast.observer.token);
    await Promise.all([facilitator.ready, observer.ready]);
    observer.doc.getText('body').insert(0, 'sneaky');
    facilitator.doc.getText('body').insert(0, 'Agreed text');
    await settle(500);
    expect(facilitator.text()).toBe('Agreed text');
  });

  it('lets delegates write the joint text once drafting is unlocked, on their open connection', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const name = jointDocument(sessionId, agenda[0].id);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const facilitator = open(name, cast.facilitator.token);
    const delegate = open(name, cast.employers.lead.token);
    await Promise.all([facilitator.ready, delegate.ready]);
    expect((await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: true })).ok).toBe(true);
    delegate.doc.getText('body').insert(0, 'Proposed by the employers');
    await until(() => facilitator.text() === 'Proposed by the employers');
  });

  it('stops applying a delegate’s edits once drafting is locked again', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const name = jointDocument(sessionId, agenda[0].id);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: true });
    const facilitator = open(name, cast.facilitator.token);
    const delegate = open(name, cast.workers.lead.token);
    await Promise.all([facilitator.ready, delegate.ready]);
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: false });
    delegate.doc.getText('body').insert(0, 'too late');
    await settle(500);
    expect(facilitator.text()).toBe('');
  });

  it('tells an open editor, in a stateless message, when its right to write changes', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const delegate = open(jointDocument(sessionId, agenda[0].id), cast.government.lead.token);
    await delegate.ready;
    const messages: unknown[] = [];
    delegate.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(JSON.parse(payload)));
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: true });
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: false });
    await until(() => messages.length === 2);
    expect(messages).toEqual([{ type: 'tripart:access', writable: true }, { type: 'tripart:access', writable: false }]);
  });

  it('relays no stateless message from a client: only the server speaks about rights', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const name = jointDocument(sessionId, agenda[0].id);
    const facilitator = open(name, cast.facilitator.token);
    const observer = open(name, cast.observer.token);
    await Promise.all([facilitator.ready, observer.ready]);
    const heard: unknown[] = [];
    facilitator.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));
    let closed = false;
    observer.provider.on('close', () => (closed = true));
    observer.socket.send(new OutgoingMessage(name).writeBroadcastStateless(JSON.stringify({ type: 'tripart:access', writable: false })).toUint8Array());
    await until(() => closed);
    await settle(200);
    expect(heard).toEqual([]);
  });

  it('keeps the joint text as the item’s agreed text when consensus is recorded, and none otherwise', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await room.send('session:start', { sessionId });
    const editor = open(jointDocument(sessionId, agenda[0].id), cast.facilitator.token);
    await editor.ready;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Workers may join organisations of their own choosing.')]);
    editor.doc.getXmlFragment('default').insert(0, [paragraph]);
    await settle(200);
    expect((await room.send('outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS', note: '', reservations: {} })).ok).toBe(true);
    expect((await room.send('outcome:record', { sessionId, agendaItemId: agenda[1].id, outcome: 'DEFERRED', note: '', reservations: {} })).ok).toBe(true);
    const outcomes = await t.gql(`query($id: ID!) { dossier(id: $id) { outcomes { agendaItemId outcome agreedText } } }`, { id: cast.dossierId }, cast.observer.token);
    expect(outcomes.data?.dossier.outcomes).toEqual(
      expect.arrayContaining([
        { agendaItemId: agenda[0].id, outcome: 'CONSENSUS', agreedText: 'Workers may join organisations of their own choosing.' },
        { agendaItemId: agenda[1].id, outcome: 'DEFERRED', agreedText: null },
      ]),
    );
  });

  it('keeps the agreed text as typed, angle brackets included', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await room.send('session:start', { sessionId });
    const editor = open(jointDocument(sessionId, agenda[0].id), cast.facilitator.token);
    await editor.ready;
    const typed = 'fewer than <50> workers, or 10 < n and n > 5';
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(typed)]);
    editor.doc.getXmlFragment('default').insert(0, [paragraph]);
    await until(() => editor.provider.unsyncedChanges === 0);
    expect((await room.send('outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS', note: '', reservations: {} })).ok).toBe(true);
    const [outcome] = await t.dataSource.query('SELECT agreed_text FROM outcome WHERE agenda_item_id = $1', [agenda[0].id]);
    expect(outcome.agreed_text).toBe(typed);
  });

  it('starts the joint text from the provision’s wording, or from a side’s submitted wording, in every open editor', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const room = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const reader = open(jointDocument(sessionId, agenda[0].id), cast.observer.token);
    await reader.ready;
    const fragment = () => textOf(reader.doc.getXmlFragment('default'));
    expect((await room.send('joint:start', { sessionId, agendaItemId: agenda[0].id, from: 'PROVISION' })).ok).toBe(true);
    const [provision] = await t.dataSource.query('SELECT p.text FROM agenda_item a JOIN provision p ON p.id = a.provision_id WHERE a.id = $1', [agenda[0].id]);
    await until(() => fragment() === provision.text.split(/\n+/).map((line: string) => line.trim()).filter(Boolean).join('\n'));

    const [draft] = await t.dataSource.query('SELECT draft_id FROM provision p JOIN agenda_item a ON a.provision_id = p.id WHERE a.id = $1', [agenda[0].id]);
    const paper = open(positionDocument(cast.workers.lead.delegationId, draft.draft_id), cast.workers.lead.token);
    await paper.ready;
    const [{ provision_id: provisionId }] = await t.dataSource.query('SELECT provision_id FROM agenda_item WHERE id = $1', [agenda[0].id]);
    const wording = new Y.XmlElement('paragraph');
    wording.insert(0, [new Y.XmlText('Workers may join organisations of their own choosing, without delay.')]);
    paper.doc.getXmlFragment(`wording:${provisionId}`).insert(0, [wording]);
    await settle(200);
    const submitted = await t.gql(
      `mutation($delegationId: ID!, $draftId: ID!) { submitPosition(delegationId: $delegationId, draftId: $draftId) { id } }`,
      { delegationId: cast.workers.lead.delegationId, draftId: draft.draft_id },
      cast.workers.lead.token,
    );
    expect(submitted.errors).toBeUndefined();
    const submissionId = submitted.data!.submitPosition.id;
    expect((await room.send('joint:start', { sessionId, agendaItemId: agenda[0].id, from: 'SUBMISSION', submissionId })).ok).toBe(true);
    await until(() => fragment() === 'Workers may join organisations of their own choosing, without delay.');
  });

  it('closes the position paper of a member removed from the delegation', async () => {
    const { cast, name } = await positionOf();
    const member = open(name, cast.workers.member.token);
    await member.ready;
    let closed = false;
    member.provider.on('close', () => (closed = true));
    const [participant] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [cast.workers.member.user.id]);
    await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: participant.id }, cast.facilitator.token);
    await until(() => closed);
  });
});
