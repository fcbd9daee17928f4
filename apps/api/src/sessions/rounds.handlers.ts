import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ClosedRound } from '@tripart/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
import type { ConsultationSession } from './consultation-session.entity';
import { endIntervention } from './floor.handlers';
import { LiveRoom } from './live-room.service';
import { requireLive } from './room-rules';
import type { RoomStore } from './room-store';
import { roundView } from './session-change.presenter';

const NEXT_STATUS = {
  'session:start': { from: ['SCHEDULED', 'ADJOURNED'], to: 'LIVE', change: 'session.live' },
  'session:adjourn': { from: ['LIVE'], to: 'ADJOURNED', change: 'session.adjourned' },
  'session:close': { from: ['LIVE', 'ADJOURNED', 'SCHEDULED'], to: 'CLOSED', change: 'session.closed' },
} as const;

/** The session's life (start, adjourn, close) and its rounds. */
@Injectable()
export class RoundsHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    for (const event of Object.keys(NEXT_STATUS) as Array<keyof typeof NEXT_STATUS>) {
      this.realtime.on(event, (actor, { sessionId }) =>
        this.room.change(actor, sessionId, event, async ({ manager, store, session }) => {
          const { from, to, change } = NEXT_STATUS[event];
          if (session.status === to) return null;
          if (!(from as readonly string[]).includes(session.status)) throw conflict(`A ${session.status.toLowerCase()} session cannot become ${to.toLowerCase()}.`);
          const closed = to !== 'LIVE' ? await closeRound(store, session) : null;
          await store.updateSession(session.id, { status: to });
          await this.audit.record(manager, { actorId: actor.userId, action: `session.${to.toLowerCase()}`, subjectId: session.id, dossierId: session.dossierId });
          return { change, status: to, closed };
        }),
      );
    }

    this.realtime.on('round:open', (actor, { sessionId, agendaItemId, kind, speakingSeconds, caucusMinutes }) =>
      this.room.change(actor, sessionId, 'round:open', async ({ store, session }) => {
        requireLive(session);
        if (!(await store.agendaItem(sessionId, agendaItemId))) throw notFound('The agenda item');
        const closed = await closeRound(store, session);
        const now = new Date();
        const round = await store.openRound({
          sessionId,
          agendaItemId,
          kind,
          speakingSeconds,
          openedAt: now,
          caucusEndsAt: kind === 'CAUCUS_BREAK' ? new Date(now.getTime() + (caucusMinutes ?? 15) * 60_000) : null,
        });
        await store.updateSession(sessionId, { currentRoundId: round.id });
        return { change: 'round.opened', round: roundView(round), closed };
      }),
    );

    this.realtime.on('round:close', (actor, { sessionId }) =>
      this.room.change(actor, sessionId, 'round:close', async ({ store, session }) => {
        const closed = await closeRound(store, session);
        return closed ? { change: 'round.closed', closed } : null;
      }),
    );
  }
}

/** Ends the open round: the speaker's turn ends, hands still waiting are lowered; null when no round was open. */
async function closeRound(store: RoomStore, session: ConsultationSession): Promise<ClosedRound | null> {
  const round = await store.round(session.currentRoundId);
  if (!round || round.closedAt) return null;
  const ended = await endIntervention(store, session, round, '');
  await store.closeRound(round.id, new Date());
  await store.lowerWaitingHands(session.id);
  await store.updateSession(session.id, { currentRoundId: null });
  return { ended };
}
