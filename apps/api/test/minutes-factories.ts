import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { buildSession, joinRoom, type RoomClient } from './session-factories';
import type { buildDossierWithCast } from './dossier-factories';
import type { TestApp } from './test-app';

export const MINUTES_FIELDS = `
  id sessionId kind addendumToId state sealedRevision sealHash sealedAt sealEventSeq mySignatory canDraft
  revisions {
    number sentAt contentHash
    approvals { signatory decision comment decidedBy }
    content {
      kind opening closing
      session { title place chairs }
      attendance { name organization constituency role stretches { joinedAt leftAt inRoom } }
      items {
        agendaItemId position title notes
        interventions { id speaker organization constituency kind durationSeconds summary }
        stances { constituency stance reservation }
        outcome { outcome note agreedText reservations { GOVERNMENT EMPLOYERS WORKERS } }
        reopenings { by reason outcome }
      }
    }
  }`;
export const SESSION_MINUTES = `query($sessionId: ID!) { sessionMinutes(sessionId: $sessionId) { ${MINUTES_FIELDS} } }`;
export const GENERATE = `mutation($sessionId: ID!) { generateMinutes(sessionId: $sessionId) { ${MINUTES_FIELDS} } }`;
export const SAVE = `mutation($minutesId: ID!, $narrative: MinutesNarrativeInput!) { saveMinutesNarrative(minutesId: $minutesId, narrative: $narrative) { ${MINUTES_FIELDS} } }`;
export const SEND = `mutation($minutesId: ID!) { sendMinutes(minutesId: $minutesId) { ${MINUTES_FIELDS} } }`;
export const DECIDE = `mutation($minutesId: ID!, $revision: Int!, $decision: MinutesDecision!, $comment: String) { decideOnMinutes(minutesId: $minutesId, revision: $revision, decision: $decision, comment: $comment) { ${MINUTES_FIELDS} } }`;
export const ADDENDUM = `mutation($minutesId: ID!, $text: String!) { addMinutesAddendum(minutesId: $minutesId, text: $text) { ${MINUTES_FIELDS} } }`;

async function ok(client: RoomClient, event: string, payload: Record<string, unknown>) {
  const reply = await client.send(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply)}`);
  return reply;
}

/**
 * A session held and closed over real sockets: on its first item the
 * workers' lead speaks (summarised), the employers' member raises a point of
 * order, the three leads declare stances in a consensus check on a joint
 * text, and the chair records consensus with the workers' reservation; the
 * second item is deferred (with `reopen`, the first is reopened for that
 * reason and agreed again before); the observer attends, marked present in the room.
 */
export async function buildClosedSession(t: TestApp, sockets: Socket[], options: { reopen?: string } = {}) {
  const built = await buildSession(t);
  return { ...built, chair: await holdSession(t, sockets, built, options) };
}

type Scheduled = { cast: Awaited<ReturnType<typeof buildDossierWithCast>>; sessionId: string; agenda: Array<{ id: string }> };

/** Holds and closes a scheduled session of at least two items, as `buildClosedSession` says; returns the chair's room client. */
export async function holdSession(t: TestApp, sockets: Socket[], { cast, sessionId, agenda }: Scheduled, options: { reopen?: string } = {}): Promise<RoomClient> {
  const chair = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
  await ok(chair, 'session:start', { sessionId });
  const workers = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
  const government = await joinRoom(t, cast.government.lead.token, sessionId, sockets);
  const employers = await joinRoom(t, cast.employers.lead.token, sessionId, sockets);
  const employersMember = await joinRoom(t, cast.employers.member.token, sessionId, sockets);
  await ok(chair, 'attendance:mark', { sessionId, userId: cast.observer.user.id, present: true });

  await ok(chair, 'round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'PROVISION_REVIEW', speakingSeconds: 120 });
  await ok(workers, 'hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
  await ok(chair, 'floor:give', { sessionId });
  await ok(chair, 'floor:take', { sessionId, summary: 'Asks for a two-year transition.' });
  await ok(employersMember, 'hand:raise', { sessionId, kind: 'POINT_OF_ORDER', clientId: randomUUID() });
  await ok(chair, 'floor:give', { sessionId });
  await ok(chair, 'floor:take', { sessionId, summary: 'The quorum is not met.' });

  await ok(chair, 'joint:start', { sessionId, agendaItemId: agenda[0].id, from: 'PROVISION' });
  await ok(chair, 'round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 });
  await ok(government, 'stance:declare', { sessionId, stance: 'AGREE' });
  await ok(employers, 'stance:declare', { sessionId, stance: 'AGREE' });
  await ok(workers, 'stance:declare', { sessionId, stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years' });
  await ok(chair, 'outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS_WITH_RESERVATIONS', note: 'Agreed as drafted', reservations: { WORKERS: 'Two years' } });
  if (options.reopen) {
    await ok(chair, 'item:reopen', { sessionId, agendaItemId: agenda[0].id, reason: options.reopen });
    await ok(chair, 'outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS', note: 'Agreed after a second look' });
  }
  await ok(chair, 'outcome:record', { sessionId, agendaItemId: agenda[1].id, outcome: 'DEFERRED', note: 'To the next session' });
  await ok(chair, 'session:close', { sessionId });
  for (const client of [chair, workers, government, employers, employersMember]) client.socket.disconnect();
  return chair;
}

/** Generates a closed session's minutes as the chair; returns the main minutes' id. */
export async function generateMinutes(t: TestApp, token: string, sessionId: string): Promise<string> {
  const result = await t.gql(GENERATE, { sessionId }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.generateMinutes[0].id;
}
