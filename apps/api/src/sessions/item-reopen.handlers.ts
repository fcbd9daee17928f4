import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { jointDocument } from '../collab/document-name';
import { conflict, notFound } from '../common/errors';
import { AccessChanges } from '../realtime/access-changes';
import { RealtimeService } from '../realtime/realtime.service';
import { LiveRoom } from './live-room.service';

/**
 * The facilitator reopens an item whose outcome is recorded: the outcome is
 * withdrawn, so that the joint text may change and another outcome be
 * recorded. The audit event keeps what the outcome was and why it was
 * reopened — what the minutes show of it.
 */
@Injectable()
export class ItemReopenHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.realtime.on('item:reopen', async (actor, { sessionId, agendaItemId, reason }) => {
      const result = await this.room.change(actor, sessionId, 'item:reopen', async ({ manager, store, session }) => {
        const item = await store.agendaItem(sessionId, agendaItemId);
        if (!item) throw notFound('The agenda item');
        const outcome = await store.outcomeOf(agendaItemId);
        if (!outcome) throw conflict('This item has no recorded outcome to reopen.');
        await store.withdrawOutcome(outcome.id);
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'item.reopened',
          subjectId: agendaItemId,
          dossierId: session.dossierId,
          data: { reason, outcome: outcome.outcome, agreedText: outcome.agreedText, recordedAt: outcome.recordedAt.toISOString(), provisionId: outcome.provisionId },
        });
        return { change: 'item.reopened', agendaItemId };
      });
      // Editors who may write the joint text again get their right back before the ack.
      await this.accessChanges.documentRightsChanged(jointDocument(sessionId, agendaItemId));
      return result;
    });
  }
}
