// bench:room's baseline: bare Socket.IO with the Redis Streams adapter (no auth, no database, no recovery),
// pushing the same payload as the API. The bench primes a room with a state the API gave (`bench:prime`);
// `floor:give` / `floor:take` then build the change the API would build — the floor for the head of the queue,
// the turn that ended — keep this process's copy with the contracts' reducer, and broadcast it with its seq.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { contracts } from './web-live-session.mjs';

const { applySessionChange } = contracts();
const CHANGED = 'session:changed';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();
const http = createServer((_request, response) => response.end('ok'));
const server = new Server(http, { serveClient: false, adapter: createAdapter(redis, { streamName: `${process.env.REDIS_PREFIX}:socket.io` }) });
const rooms = new Map(); // sessionId → { state, seq }

function endedTurn(state, now) {
  const { floor } = state;
  const intervention = {
    id: randomUUID(),
    speakerId: floor.hand.userId,
    constituency: floor.hand.constituency,
    startedAt: floor.since,
    durationSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(floor.since)) / 1000)),
    summary: '',
    agendaItemId: state.currentRound?.agendaItemId ?? null,
  };
  return { intervention, speaker: floor.person };
}

const actions = {
  'floor:give'(state, now) {
    const head = state.queue[0];
    if (!head) return null;
    const { hand, person } = head;
    const deadline = new Date(now.getTime() + (state.currentRound?.speakingSeconds ?? 180) * 1000);
    const floor = { hand: { id: hand.id, constituency: hand.constituency, userId: hand.userId, kind: hand.kind }, person, since: now.toISOString(), deadline: deadline.toISOString() };
    return { change: 'floor.given', floor, lastSpeakerSide: hand.constituency, ended: state.floor ? endedTurn(state, now) : null };
  },
  'floor:take'(state, now) {
    return state.floor ? { change: 'floor.taken', ended: endedTurn(state, now) } : null;
  },
};

server.on('connection', (socket) => {
  socket.on('bench:prime', ({ sessionId, state }, ack) => {
    rooms.set(sessionId, { state: { ...state, seq: 0 }, seq: 0 });
    ack({ ok: true, seq: 0 });
  });
  socket.on('session:join', ({ sessionId }, ack) => {
    socket.join(`session:${sessionId}`);
    ack({ ok: true, seq: rooms.get(sessionId)?.seq ?? 0 });
  });
  for (const [event, build] of Object.entries(actions)) {
    socket.on(event, ({ sessionId }, ack) => {
      const room = rooms.get(sessionId);
      const body = room && build(room.state, new Date());
      if (!body) return ack({ ok: true, seq: room?.seq ?? 0 });
      room.seq += 1;
      const change = { sessionId, seq: room.seq, ...body };
      room.state = applySessionChange(room.state, change);
      server.to(`session:${sessionId}`).emit(CHANGED, change);
      ack({ ok: true, seq: room.seq });
    });
  }
});
http.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
