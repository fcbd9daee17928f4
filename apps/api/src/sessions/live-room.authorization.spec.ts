import { randomUUID } from 'node:crypto';
import { buildSession, joinRoom, type RoomClient } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

type Role = 'facilitator' | 'lead' | 'member' | 'observer';

/** Who may send which live-room event; every other role gets FORBIDDEN and nothing changes. */
const ALLOWED: Record<string, Role[]> = {
  'session:start': ['facilitator'],
  'round:open': ['facilitator'],
  'queue:mode': ['facilitator'],
  'floor:give': ['facilitator'],
  'floor:take': ['facilitator'],
  'queue:reorder': ['facilitator'],
  'outcome:record': ['facilitator'],
  'attendance:mark': ['facilitator'],
  'drafting:set': ['facilitator'],
  'joint:start': ['facilitator'],
  'item:reopen': ['facilitator'],
  'session:adjourn': ['facilitator'],
  'session:close': ['facilitator'],
  'hand:raise': ['lead', 'member'],
  'stance:declare': ['lead'],
};

describe('live-room authorization, event × role', () => {
  const t = useTestApp({ socketEventBurst: 1_000, socketEventsPerSecond: 1_000 });
  const { sockets } = t;

  it.each(Object.keys(ALLOWED))('%s', async (event) => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const clients: Record<Role, RoomClient> = {
      facilitator: await joinRoom(t, cast.facilitator.token, sessionId, sockets),
      lead: await joinRoom(t, cast.workers.lead.token, sessionId, sockets),
      member: await joinRoom(t, cast.workers.member.token, sessionId, sockets),
      observer: await joinRoom(t, cast.observer.token, sessionId, sockets),
    };
    await clients.facilitator.send('session:start', { sessionId });
    await clients.facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 });
    const payload: Record<string, unknown> = {
      'session:start': { sessionId },
      'round:open': { sessionId, agendaItemId: agenda[1].id, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 },
      'queue:mode': { sessionId, mode: 'FIFO' },
      'floor:give': { sessionId },
      'floor:take': { sessionId },
      'queue:reorder': { sessionId, handIds: [] },
      'outcome:record': { sessionId, agendaItemId: agenda[0].id, outcome: 'DEFERRED' },
      'attendance:mark': { sessionId, userId: cast.workers.member.user.id, present: true },
      'drafting:set': { sessionId, agendaItemId: agenda[0].id, unlocked: true },
      'joint:start': { sessionId, agendaItemId: agenda[0].id, from: 'PROVISION' },
      'item:reopen': { sessionId, agendaItemId: agenda[0].id, reason: 'Another look' },
      'session:adjourn': { sessionId },
      'session:close': { sessionId },
      'hand:raise': { sessionId, kind: 'NORMAL', clientId: randomUUID() },
      'stance:declare': { sessionId, stance: 'AGREE' },
    }[event] as Record<string, unknown>;
    for (const role of ['observer', 'member', 'lead', 'facilitator'] as Role[]) {
      const body = event === 'hand:raise' ? { ...payload, clientId: randomUUID() } : payload;
      const reply = await clients[role].send(event, body);
      if (ALLOWED[event].includes(role)) expect(reply.error?.code).not.toBe('FORBIDDEN');
      else expect([role, reply.error?.code]).toEqual([role, 'FORBIDDEN']);
    }
  });
});
