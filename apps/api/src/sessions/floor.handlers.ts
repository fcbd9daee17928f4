import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EndedTurn } from '@tripart/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
import type { ConsultationSession } from './consultation-session.entity';
import { LiveRoom } from './live-room.service';
import { auditOverride, handOf, openRound, orderedQueue, requireLive } from './room-rules';
import type { RoomStore } from './room-store';
import type { Round } from './round.entity';
import { floorView, interventionView } from './session-change.presenter';

/** Giving and taking back the floor; the speaker's deadline is kept server-side. */
@Injectable()
export class FloorHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.realtime.on('floor:give', (actor, { sessionId, handId }) =>
      this.room.change(actor, sessionId, 'floor:give', async ({ manager, store, session }) => {
        requireLive(session);
        const round = await openRound(store, session);
        if (round.kind === 'CAUCUS_BREAK') throw conflict('Nobody has the floor during a caucus break.');
        const queue = await orderedQueue(store, session);
        const hand = handId ? await handOf(store, session, handId) : queue[0];
        if (!hand) throw conflict('Nobody is waiting for the floor.');
        if (hand.status !== 'WAITING') throw conflict('That hand is no longer waiting.');
        const ended = await endIntervention(store, session, round, '');
        if (queue[0] && queue[0].id !== hand.id) {
          await auditOverride(this.audit, manager, actor.userId, session, 'floor-out-of-turn', { given: hand.id, next: queue[0].id });
        }
        const now = new Date();
        const deadline = new Date(now.getTime() + round.speakingSeconds * 1000);
        await store.setHandStatus(hand.id, 'SPEAKING');
        await store.updateSession(session.id, { floorHandId: hand.id, floorSince: now, floorDeadline: deadline, lastSpeakerSide: hand.constituency });
        const floor = floorView(hand, await store.person(hand.userId), now, deadline);
        return { change: 'floor.given', floor, lastSpeakerSide: hand.constituency, ended };
      }),
    );

    this.realtime.on('floor:take', (actor, { sessionId, summary }) =>
      this.room.change(actor, sessionId, 'floor:take', async ({ store, session }) => {
        if (!session.floorHandId) return null;
        const round = await store.round(session.currentRoundId);
        const ended = await endIntervention(store, session, round, summary ?? '');
        return ended ? { change: 'floor.taken', ended } : null;
      }),
    );
  }
}

/** Closes the current speaker's turn, recording the intervention; says what ended (null: nobody had the floor). */
export async function endIntervention(store: RoomStore, session: ConsultationSession, round: Round | null, summary: string): Promise<EndedTurn | null> {
  if (!session.floorHandId || !session.floorSince) return null;
  const hand = await store.hand(session.id, session.floorHandId);
  if (!hand) throw new Error(`The floor names hand ${session.floorHandId}, which is not in session ${session.id}.`);
  const intervention = await store.recordIntervention({
    sessionId: session.id,
    agendaItemId: round?.agendaItemId ?? null,
    roundId: round?.id ?? null,
    speakerId: hand.userId,
    constituency: hand.constituency,
    kind: hand.kind,
    startedAt: session.floorSince,
    durationSeconds: Math.max(0, Math.round((Date.now() - session.floorSince.getTime()) / 1000)),
    summary,
  });
  await store.setHandStatus(hand.id, 'DONE');
  await store.updateSession(session.id, { floorHandId: null, floorSince: null, floorDeadline: null });
  Object.assign(session, { floorHandId: null, floorSince: null, floorDeadline: null });
  return { intervention: interventionView(intervention), speaker: await store.person(hand.userId) };
}
