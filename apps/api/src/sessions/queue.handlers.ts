import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { conflict, forbidden } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
import { LiveRoom } from './live-room.service';
import { auditOverride, handOf, openRound, orderedQueue, requireLive, sideOf } from './room-rules';
import { handView } from './session-change.presenter';

/** Raising and lowering hands, and the facilitator's hand on the queue. */
@Injectable()
export class QueueHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.realtime.on('hand:raise', (actor, { sessionId, kind, clientId }) =>
      this.room.change(actor, sessionId, 'hand:raise', async ({ store, session, standing }) => {
        requireLive(session);
        const round = await openRound(store, session);
        if (round.kind === 'CAUCUS_BREAK') throw conflict('Hands are raised in a round, not during a caucus break.');
        if (await store.raisedFromClient(actor.userId, clientId)) return null; // a retry: raised once
        if (kind === 'NORMAL' && (await store.hasWaitingNormalHand(sessionId, actor.userId))) throw conflict('Your hand is already raised.');
        const constituency = await sideOf(store, standing.delegationId);
        const hand = await store.raiseHand({ sessionId, userId: actor.userId, constituency, kind, clientId, raisedAt: new Date() });
        return { change: 'hand.raised', entry: { hand: handView(hand), person: await store.person(actor.userId) } };
      }),
    );

    this.realtime.on('hand:lower', (actor, { sessionId, handId }) =>
      this.room.change(actor, sessionId, 'hand:lower', async ({ manager, store, session, standing }) => {
        const hand = handId ? await handOf(store, session, handId) : await store.ownWaitingHand(sessionId, actor.userId);
        if (!hand || hand.status !== 'WAITING') return null;
        const own = hand.userId === actor.userId;
        if (!own && standing.role !== 'FACILITATOR') throw forbidden('Only the facilitator lowers someone else’s hand.');
        await store.setHandStatus(hand.id, 'LOWERED');
        if (!own) await auditOverride(this.audit, manager, actor.userId, session, 'hand-lowered', { handId: hand.id, userId: hand.userId });
        return { change: 'hand.lowered', handId: hand.id };
      }),
    );

    this.realtime.on('queue:reorder', (actor, { sessionId, handIds }) =>
      this.room.change(actor, sessionId, 'queue:reorder', async ({ manager, store, session }) => {
        const waiting = await orderedQueue(store, session);
        const normal = waiting.filter((hand) => hand.kind === 'NORMAL');
        const known = new Set(normal.map((hand) => hand.id));
        if (handIds.length !== normal.length || handIds.some((id) => !known.has(id))) {
          throw conflict('The queue changed meanwhile: reorder the hands now waiting.');
        }
        await store.placeHands(handIds);
        await auditOverride(this.audit, manager, actor.userId, session, 'queue-reordered', { before: normal.map((h) => h.id), after: handIds });
        return { change: 'queue.reordered', handIds };
      }),
    );

    this.realtime.on('queue:mode', (actor, { sessionId, mode }) =>
      this.room.change(actor, sessionId, 'queue:mode', async ({ manager, store, session }) => {
        if (session.queueMode === mode) return null;
        await store.updateSession(sessionId, { queueMode: mode });
        await auditOverride(this.audit, manager, actor.userId, session, 'queue-mode', { from: session.queueMode, to: mode });
        return { change: 'queue.mode', queueMode: mode };
      }),
    );
  }
}
