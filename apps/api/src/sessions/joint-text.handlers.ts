import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CollabServer } from '../collab/collab.server';
import { jointDocument } from '../collab/document-name';
import type { Undo } from '../collab/server-edit';
import { badInput, notFound } from '../common/errors';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { SubmissionDirectory } from '../positions/submission-directory';
import { RealtimeService } from '../realtime/realtime.service';
import { LiveRoom } from './live-room.service';
import { requireNotFrozen } from './room-rules';
import { SessionReads } from './session-reads.repository';

/**
 * The facilitator starts (or starts again) an item's joint text from the
 * provision's wording, or from the wording a delegation proposed for it in a
 * submission — what the plenary may already read. Every open editor gets it.
 */
@Injectable()
export class JointTextHandlers implements OnModuleInit {
  constructor(
    private readonly reads: SessionReads,
    private readonly provisions: ProvisionDirectory,
    private readonly submissions: SubmissionDirectory,
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
    private readonly collab: CollabServer,
  ) {}

  onModuleInit(): void {
    this.realtime.on('joint:start', async (actor, { sessionId, agendaItemId, from, submissionId }) => {
      await this.room.authorize(actor, sessionId, 'joint:start');
      const text = await this.startingText(sessionId, agendaItemId, from, submissionId);
      // The replacement belongs to the audited change: made inside its transaction, after the audit
      // event is written, as the last step before the sequence number and the commit. It is an
      // in-memory change (the document is loaded first, outside the transaction: the embedded database
      // has one connection), so it cannot fail on the database; if the change does not commit, the text
      // is put back. Editors may glimpse the new text then, and never keep a text the trail does not hold.
      const joint = await this.collab.edit(jointDocument(sessionId, agendaItemId));
      const replaced: { undo?: Undo } = {};
      try {
        return await this.room.change(actor, sessionId, 'joint:start', async ({ manager, store, session }) => {
          await requireNotFrozen(store, agendaItemId);
          await this.audit.record(manager, {
            actorId: actor.userId,
            action: 'joint.started',
            subjectId: agendaItemId,
            dossierId: session.dossierId,
            data: { from, ...(submissionId ? { submissionId } : {}) },
          });
          replaced.undo = joint.replaceText(text);
          return { change: 'joint.started', agendaItemId };
        });
      } catch (error) {
        replaced.undo?.();
        throw error;
      } finally {
        await joint.release(); // stores the document (after the commit, or after the undo)
      }
    });
  }

  private async startingText(sessionId: string, agendaItemId: string, from: 'PROVISION' | 'SUBMISSION', submissionId?: string): Promise<string> {
    const item = await this.reads.agendaItemOf(sessionId, agendaItemId);
    if (!item) throw notFound('The agenda item');
    if (!item.provisionId) throw badInput('A free topic has no wording to start from.');
    if (from === 'PROVISION') return (await this.provisions.find(item.provisionId))?.text ?? '';
    const wording = await this.submissions.proposedWording(submissionId, item.dossierId, item.provisionId);
    if (wording === null) throw notFound('The submission');
    if (!wording.trim()) throw badInput('This submission proposes no wording for this provision.');
    return wording;
  }
}
