import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
import { AgendaItem } from './agenda-item.entity';
import { ConsultationSession } from './consultation-session.entity';
import { endIntervention } from './floor.handlers';
import { Hand } from './hand.entity';
import { LiveRoom } from './live-room.service';
import { requireLive } from './room-rules';
import { Round } from './round.entity';

const NEXT_STATUS = {
  'session:start': { from: ['SCHEDULED', 'ADJOURNED'], to: 'LIVE' },
  'session:adjourn': { from: ['LIVE'], to: 'ADJOURNED' },
  'session:close': { from: ['LIVE', 'ADJOURNED', 'SCHEDULED'], to: 'CLOSED' },
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
        this.room.change(actor, sessionId, 'session.run', async ({ manager, session }) => {
          const { from, to } = NEXT_STATUS[event];
          if (session.status === to) return null;
          if (!(from as readonly string[]).includes(session.status)) throw conflict(`A ${session.status.toLowerCase()} session cannot become ${to.toLowerCase()}.`);
          if (to !== 'LIVE') await this.closeRound(manager, session);
          await manager.getRepository(ConsultationSession).update(session.id, { status: to });
          await this.audit.record(manager, { actorId: actor.userId, action: `session.${to.toLowerCase()}`, subjectId: session.id, dossierId: session.dossierId });
          return `session.${to.toLowerCase()}`;
        }),
      );
    }

    this.realtime.on('round:open', (actor, { sessionId, agendaItemId, kind, speakingSeconds, caucusMinutes }) =>
      this.room.change(actor, sessionId, 'session.run', async ({ manager, session }) => {
        requireLive(session);
        if (!(await manager.getRepository(AgendaItem).exist({ where: { id: agendaItemId, sessionId } }))) throw notFound('The agenda item');
        await this.closeRound(manager, session);
        const now = new Date();
        const round = await manager.getRepository(Round).save({
          sessionId,
          agendaItemId,
          kind,
          speakingSeconds,
          openedAt: now,
          closedAt: null,
          caucusEndsAt: kind === 'CAUCUS_BREAK' ? new Date(now.getTime() + (caucusMinutes ?? 15) * 60_000) : null,
        });
        await manager.getRepository(ConsultationSession).update(sessionId, { currentRoundId: round.id });
        return 'round.opened';
      }),
    );

    this.realtime.on('round:close', (actor, { sessionId }) =>
      this.room.change(actor, sessionId, 'session.run', async ({ manager, session }) => ((await this.closeRound(manager, session)) ? 'round.closed' : null)),
    );
  }

  /** Ends the open round: the speaker's turn ends, hands still waiting are lowered. */
  private async closeRound(manager: import('typeorm').EntityManager, session: ConsultationSession): Promise<boolean> {
    const round = session.currentRoundId ? await manager.getRepository(Round).findOne({ where: { id: session.currentRoundId } }) : null;
    if (!round || round.closedAt) return false;
    await endIntervention(manager, session, round, '');
    await manager.getRepository(Round).update(round.id, { closedAt: new Date() });
    await manager.getRepository(Hand).update({ sessionId: session.id, status: 'WAITING' }, { status: 'LOWERED' });
    await manager.getRepository(ConsultationSession).update(session.id, { currentRoundId: null });
    return true;
  }
}
