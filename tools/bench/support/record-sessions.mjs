// bench:record's sessions: each scheduled through GraphQL and held over the live room's sockets as the web app
// holds it (session:start, rounds, hands, the floor given and taken back with the chair's summary, joint texts,
// the leads' stances in a consensus check, outcomes, session:close) — so every row and audit event is the app's.
// Held in seconds, the record is then moved onto the 3 hours each session was scheduled for (one UPDATE per table).
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { graphql } from './graphql.mjs';
import { SIDES } from './record-cast.mjs';

const HOURS = 3;
const SUMMARIES = [
  'Supports the article as drafted and asks that small enterprises get a two-year transition.',
  'Opposes the previous authorisation: C087 Art. 2 allows none; proposes registration within fifteen days.',
  'Asks the ministry for the impact assessment on the informal economy before the next session.',
  'Proposes that the labour inspectorate be consulted on the regulation, and that it be published.',
  'Recalls the CEACR observation of 2024 and asks that the public sector be covered explicitly.',
  'Can accept the wording if the sectoral councils keep their role in setting the thresholds.',
  'Questions the cost for employers of the new overtime rate; asks for a phased introduction.',
  'Welcomes the extension mechanism but asks for clear representativeness criteria.',
  'Requests that the reference to essential services follow the ILO definition strictly.',
  'Reserves its position pending consultation of its regional branches.',
];
const REASONS = { AGREE_WITH_RESERVATION: 'Subject to a review of the thresholds after two years.', DISAGREE: 'The text does not meet the requirements of C087.' };

function connect(url, token) {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function send(socket, event, payload) {
  const reply = await socket.timeout(60_000).emitWithAck(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply.error)}`);
  return reply;
}

/** What each item's consensus check comes to: most items agreed (some with a reservation), some divided, some deferred, a few left open. */
function closingOf(index) {
  const kind = index % 20;
  if (kind === 19) return null; // no outcome: the item ran out of time
  if (kind >= 17) return { outcome: 'DEFERRED' };
  if (kind >= 14) return { outcome: 'NO_CONSENSUS', stances: { GOVERNMENT: 'AGREE', EMPLOYERS: 'AGREE', WORKERS: 'DISAGREE' } };
  if (kind >= 9) return { outcome: 'CONSENSUS_WITH_RESERVATIONS', stances: { GOVERNMENT: 'AGREE', EMPLOYERS: 'AGREE_WITH_RESERVATION', WORKERS: 'AGREE' } };
  return { outcome: 'CONSENSUS', stances: { GOVERNMENT: 'AGREE', EMPLOYERS: 'AGREE', WORKERS: 'AGREE' } };
}

/**
 * Holds `sessions` sessions over the articles (an equal share each), `interventions` in all (speakers of every
 * side in turn); returns the sessions' ids. `db` (pg) moves the record's times onto the scheduled hours.
 */
export async function holdSessions(url, cast, { sessions, interventions }, db) {
  const { gql } = graphql(url);
  const perSession = Math.ceil(cast.articles.length / sessions);
  const extra = interventions - cast.articles.length * Math.floor(interventions / cast.articles.length);
  const base = Math.floor(interventions / cast.articles.length);
  const first = Date.UTC(2026, 8, 7, 7, 0); // Monday 7 September 2026, 09:00 in Valdoria
  const ids = [];
  let itemIndex = 0;
  for (let s = 0; s < sessions; s += 1) {
    const articles = cast.articles.slice(s * perSession, (s + 1) * perSession);
    const startsAt = new Date(first + s * 7 * 86_400_000);
    const { scheduleSession: session } = await gql(
      'mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agenda { id provisionId } } }',
      { input: { dossierId: cast.dossierId, title: `Consultation session ${s + 1}: articles ${s * perSession + 1}–${s * perSession + articles.length}`, startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOURS * 3_600_000).toISOString(), place: 'Ministry of Labour, Conference Room B', agenda: articles.map((a) => ({ provisionId: a.id })) } },
      cast.facilitator,
    );
    const sessionId = session.id;
    const chair = await connect(url, cast.facilitator);
    const delegates = Object.fromEntries(await Promise.all(SIDES.map(async (side) => [side, await Promise.all(cast.people[side].map((p) => connect(url, p.token)))])));
    const observer = await connect(url, cast.observer);
    const all = [chair, observer, ...SIDES.flatMap((side) => delegates[side])];
    await send(chair, 'session:join', { sessionId });
    await send(chair, 'session:start', { sessionId });
    for (const socket of all.slice(1)) await send(socket, 'session:join', { sessionId });
    for (const item of session.agenda) {
      await send(chair, 'round:open', { sessionId, agendaItemId: item.id, kind: 'PROVISION_REVIEW', speakingSeconds: 180 });
      const count = base + (itemIndex < extra ? 1 : 0);
      for (let k = 0; k < count; k += 1) {
        const side = SIDES[(itemIndex + k) % 3];
        const speaker = delegates[side][(itemIndex * 2 + k) % delegates[side].length];
        await send(speaker, 'hand:raise', { sessionId, kind: (itemIndex + k) % 23 === 0 ? 'POINT_OF_ORDER' : 'NORMAL', clientId: randomUUID() });
        await send(chair, 'floor:give', { sessionId });
        await send(chair, 'floor:take', { sessionId, summary: SUMMARIES[(itemIndex * 3 + k) % SUMMARIES.length] });
      }
      const closing = closingOf(itemIndex);
      if (closing?.stances) {
        await send(chair, 'joint:start', { sessionId, agendaItemId: item.id, from: 'PROVISION' });
        await send(chair, 'round:open', { sessionId, agendaItemId: item.id, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 });
        for (const side of SIDES) {
          const stance = closing.stances[side];
          await send(delegates[side][0], 'stance:declare', { sessionId, stance, ...(REASONS[stance] && stance !== 'DISAGREE' ? { reservation: REASONS[stance] } : {}) });
        }
      }
      if (closing) {
        const reservations = closing.outcome === 'CONSENSUS_WITH_RESERVATIONS' ? { EMPLOYERS: REASONS.AGREE_WITH_RESERVATION } : {};
        const note = closing.outcome === 'DEFERRED' ? 'Deferred to the next session at the request of the workers.' : 'Recorded by the chair.';
        await send(chair, 'outcome:record', { sessionId, agendaItemId: item.id, outcome: closing.outcome, note, reservations });
      }
      itemIndex += 1;
    }
    await send(chair, 'session:close', { sessionId });
    for (const socket of all) socket.disconnect();
    await spreadOverHours(db, sessionId);
    ids.push(sessionId);
  }
  return ids;
}

/** The record, held in seconds, put onto the session's scheduled hours: every time scaled from the first act to the last. */
async function spreadOverHours(db, sessionId) {
  for (let i = 0; i < 50; i += 1) { // the room marks everyone gone as their sockets close
    const { rows: [open] } = await db.query('SELECT count(*)::int AS n FROM attendance WHERE session_id = $1 AND left_at IS NULL', [sessionId]);
    if (!open.n) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rows: [span] } = await db.query(
    `SELECT s.starts_at, (SELECT min(joined_at) FROM attendance WHERE session_id = $1) AS t0,
            greatest((SELECT max(coalesce(left_at, joined_at)) FROM attendance WHERE session_id = $1), (SELECT max(recorded_at) FROM outcome WHERE session_id = $1)) AS t1
       FROM consultation_session s WHERE s.id = $1`, [sessionId]);
  const scale = (HOURS * 3600) / Math.max(1, (span.t1 - span.t0) / 1000);
  const at = (column) => `$2::timestamptz + ($4 * extract(epoch FROM ${column} - $3::timestamptz)) * interval '1 second'`;
  const args = [sessionId, span.starts_at, span.t0, scale];
  await db.query(`UPDATE attendance SET joined_at = ${at('joined_at')}, left_at = ${at('left_at')} WHERE session_id = $1`, args);
  await db.query(`UPDATE intervention SET started_at = ${at('started_at')}, duration_seconds = greatest(60 + abs(hashtext(id::text)) % 240, round(duration_seconds * $4))::int WHERE session_id = $1`, args);
  await db.query(`UPDATE stance SET declared_at = ${at('declared_at')} WHERE session_id = $1`, args);
  await db.query(`UPDATE outcome SET recorded_at = ${at('recorded_at')} WHERE session_id = $1`, args);
}
