import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { jointDocument } from '../collab/document-name';
import { notFound } from '../common/errors';
import { AccessChanges } from '../realtime/access-changes';
import { RealtimeService } from '../realtime/realtime.service';
import { LiveRoom } from './live-room.service';
import { requireNotFrozen } from './room-rules';

/** The facilitator unlocks (or locks) joint drafting of an item; open editors follow at once, on every instance. */
@Injectable()
export class DraftingHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.realtime.on('drafting:set', async (actor, { sessionId, agendaItemId, unlocked }) => {
      let changed = false;
      const result = await this.room.change(actor, sessionId, 'drafting:set', async ({ manager, store, session }) => {
        const item = await store.agendaItem(sessionId, agendaItemId);
        if (!item) throw notFound('The agenda item');
        if (item.draftingUnlocked === unlocked) return null;
        if (unlocked) await requireNotFrozen(store, item.id);
        await store.setDraftingUnlocked(item.id, unlocked);
        changed = true;
        await this.audit.record(manager, { actorId: actor.userId, action: unlocked ? 'drafting.unlocked' : 'drafting.locked', subjectId: item.id, dossierId: session.dossierId });
        return { change: unlocked ? 'drafting.unlocked' : 'drafting.locked', agendaItemId: item.id, draftingUnlocked: unlocked };
      });
      // The ack waits until this instance's open editors follow: an edit sent after it meets the new rights.
      if (changed) await this.accessChanges.documentRightsChanged(jointDocument(sessionId, agendaItemId));
      return result;
    });
  }
}
