import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { buildDraftedDossier } from '../../test/draft-factories';
import { buildSession } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SET_LEAD = `mutation($id: ID!) { setDelegationLead(participantId: $id, lead: true) { id } }`;
const REMOVE = `mutation($id: ID!) { removeParticipant(participantId: $id) }`;
const SUBMIT = `mutation($delegationId: ID!, $draftId: ID!) { submitPosition(delegationId: $delegationId, draftId: $draftId) { id } }`;

/** No existence oracle: an outsider gets the same answer for a real id of another dossier as for a random one. */
describe('what an outsider learns from an id', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const answer = async (query: string, variables: Record<string, unknown>, token: string) => {
    const error = (await t.gql(query, variables, token)).errors?.[0];
    return { code: error?.extensions.code, message: error?.message };
  };

  it('says the same of a real participant as of a made-up one', async () => {
    const { cast } = await buildDraftedDossier(t);
    const [seat] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [cast.workers.member.user.id]);
    for (const mutation of [SET_LEAD, REMOVE]) {
      const real = await answer(mutation, { id: seat.id }, cast.outsider.token);
      expect(real).toEqual(await answer(mutation, { id: randomUUID() }, cast.outsider.token));
      expect(real.code).toBe('NOT_FOUND');
    }
  });

  it('says the same of a real position paper as of a made-up one', async () => {
    const { cast } = await buildDraftedDossier(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const real = await answer(SUBMIT, { delegationId: cast.workers.lead.delegationId, draftId: draft.id }, cast.outsider.token);
    expect(real).toEqual(await answer(SUBMIT, { delegationId: randomUUID(), draftId: randomUUID() }, cast.outsider.token));
    expect(real.code).toBe('NOT_FOUND');
  });

  it('says the same of a real session as of a made-up one, when reading its state', async () => {
    const { cast, sessionId } = await buildSession(t);
    const SESSION = `query($id: ID!) { consultationSession(id: $id) { id } }`;
    const real = await answer(SESSION, { id: sessionId }, cast.outsider.token);
    expect(real).toEqual(await answer(SESSION, { id: randomUUID() }, cast.outsider.token));
    expect(real).toEqual({ code: 'NOT_FOUND', message: 'The session was not found.' });
  });

  it('says the same of a real session as of a made-up one, on every live-room event', async () => {
    const { cast, sessionId } = await buildSession(t);
    const socket: Socket = io(t.url, { auth: { token: cast.outsider.token }, transports: ['websocket'], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
      const events: Array<[string, (id: string) => Record<string, unknown>]> = [
        ['session:join', (id) => ({ sessionId: id })],
        ['hand:raise', (id) => ({ sessionId: id, kind: 'NORMAL', clientId: randomUUID() })],
        ['caucus:say', (id) => ({ sessionId: id, body: 'We should hold out.' })],
        ['session:leave', (id) => ({ sessionId: id })],
      ];
      for (const [event, payload] of events) {
        const real = await socket.timeout(5000).emitWithAck(event, payload(sessionId));
        expect({ event, ...real }).toEqual({ event, ...(await socket.timeout(5000).emitWithAck(event, payload(randomUUID()))) });
        expect(real).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'The session was not found.' } });
      }
    } finally {
      socket.disconnect();
    }
  });

  it('says the same of a real provision as of a made-up one, when linking a convention', async () => {
    const { cast, provision } = await buildDraftedDossier(t);
    const LINK = `mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id } }`;
    const input = (provisionId: string) => ({ input: { provisionId, conventionCode: 'C087', article: '2', gapNote: 'x' } });
    const real = await answer(LINK, input(provision('Article 2')), cast.outsider.token);
    expect(real).toEqual(await answer(LINK, input(randomUUID()), cast.outsider.token));
    expect(real.code).toBe('NOT_FOUND');
  });
});
