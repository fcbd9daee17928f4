import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EndedTurn } from '@tripart/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
import { ConsultationSession } from './consultation-session.entity';
import { Hand } from './hand.entity';
import { Intervention } from './intervention.entity';
import { LiveRoom } from './live-room.service';
import { auditOverride, handOf, openRound, orderedQueue, requireLive } from './room-rules';
import { Round } from './round.entity';
import { floorView, interventionView, personOf } from './session-change.presenter';

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
      this.room.change(actor, sessionId, 'floor:give', async ({ manager, session }) => {
        requireLive(session);
        const round = await openRound(manager, session);
        if (round.kind === 'CAUCUS_BREAK') throw conflict('Nobody has the floor during a caucus break.');
        const queue = await orderedQueue(manager, session);
        const hand = handId ? await handOf(manager, session, handId) : queue[0];
        if (!hand) throw conflict('Nobody is waiting for the floor.');
        if (hand.status !== 'WAITING') throw conflict('That hand is no longer waiting.');
        const ended = await endIntervention(manager, session, round, '');
        if (queue[0] && queue[0].id !== hand.id) {
          await auditOverride(this.audit, manager, actor.userId, session, 'floor-out-of-turn', { given: hand.id, next: queue[0].id });
        }
        const now = new Date();
        const deadline = new Date(now.getTime() + round.speakingSeconds * 1000);
        await manager.getRepository(Hand).update(hand.id, { status: 'SPEAKING' });
        await manager.getRepository(ConsultationSession).update(session.id, { floorHandId: hand.id, floorSince: now, floorDeadline: deadline, lastSpeakerSide: hand.constituency });
        const floor = floorView(hand, await personOf(manager, hand.userId), now, deadline);
        return { change: 'floor.given', floor, lastSpeakerSide: hand.constituency, ended };
      }),
    );

    this.realtime.on('floor:take', (actor, { sessionId, summary }) =>
      this.room.change(actor, sessionId, 'floor:take', async ({ manager, session }) => {
        if (!session.floorHandId) return null;
        const round = session.currentRoundId ? await manager.getRepository(Round).findOne({ where: { id: session.currentRoundId } }) : null;
        const ended = await endIntervention(manager, session, round, summary ?? '');
        return ended ? { change: 'floor.taken', ended } : null;
      }),
    );
  }
}

/** Closes the current speaker's turn, recording the intervention; says what ended (null: nobody had the floor). */
export async function endIntervention(manager: EntityManager, session: ConsultationSession, round: Round | null, summary: string): Promise<EndedTurn | null> {
  if (!session.floorHandId || !session.floorSince) return null;
  const hand = await manager.getRepository(Hand).findOneOrFail({ where: { id: session.floorHandId } });
  const intervention = await manager.getRepository(Intervention).save({
    sessionId: session.id,
    agendaItemId: round?.agendaItemId ?? null,
    roundId: round?.id ?? null,
    speakerId: hand.userId,
    constituency: hand.constituency,
    startedAt: session.floorSince,
    durationSeconds: Math.max(0, Math.round((Date.now() - session.floorSince.getTime()) / 1000)),
    summary,
  });
  await manager.getRepository(Hand).update(hand.id, { status: 'DONE' });
  await manager.getRepository(ConsultationSession).update(session.id, { floorHandId: null, floorSince: null, floorDeadline: null });
  Object.assign(session, { floorHandId: null, floorSince: null, floorDeadline: null });
  return { intervention: interventionView(intervention), speaker: await personOf(manager, hand.userId) };
}
