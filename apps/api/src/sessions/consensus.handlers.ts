import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CollabServer } from '../collab/collab.server';
import { jointDocument } from '../collab/document-name';
import { conflict, notFound } from '../common/errors';
import { plenaryRoom } from '../dossiers/dossier-rooms';
import { RealtimeService } from '../realtime/realtime.service';
import { LiveRoom } from './live-room.service';
import { AccessChanges } from '../realtime/access-changes';
import { openRound, requireLive, requireNotFrozen, sideOf } from './room-rules';
import { outcomeView, stanceView } from './session-change.presenter';

/** Consensus checks: each side's lead declares its stance; the facilitator records the item's outcome. */
@Injectable()
export class ConsensusHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
    private readonly audit: AuditService,
    private readonly collab: CollabServer,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.realtime.on('stance:declare', (actor, { sessionId, stance, reservation }) =>
      this.room.change(actor, sessionId, 'stance:declare', async ({ manager, store, session, standing }) => {
        requireLive(session);
        const round = await openRound(store, session);
        if (round.kind !== 'CONSENSUS_CHECK') throw conflict('Stances are declared in a consensus check.');
        const constituency = await sideOf(store, standing.delegationId);
        const declared = await store.declareStance({
          sessionId,
          roundId: round.id,
          agendaItemId: round.agendaItemId,
          constituency,
          stance,
          reservation: stance === 'AGREE_WITH_RESERVATION' ? (reservation ?? '').trim() : '',
          declaredById: actor.userId,
          declaredAt: new Date(),
        });
        await this.audit.record(manager, { actorId: actor.userId, action: 'stance.declared', subjectId: round.agendaItemId, dossierId: session.dossierId, data: { constituency, stance } });
        return { change: 'stance.declared', agendaItemId: round.agendaItemId, stance: stanceView(declared) };
      }),
    );

    this.realtime.on('outcome:record', async (actor, { sessionId, agendaItemId, outcome, note, reservations }) => {
      // Consensus makes the joint text the item's agreed text: read before the change (it may load the document).
      const agreed = outcome === 'CONSENSUS' || outcome === 'CONSENSUS_WITH_RESERVATIONS';
      if (agreed) {
        await this.room.authorize(actor, sessionId, 'outcome:record');
        const known = await this.room.itemExists(sessionId, agendaItemId);
        if (!known) throw notFound('The agenda item');
      }
      const agreedText = agreed ? (await this.collab.readText(jointDocument(sessionId, agendaItemId))).trim() || null : null;
      let dossierId = '';
      const result = await this.room.change(actor, sessionId, 'outcome:record', async ({ manager, store, session }) => {
        const item = await store.agendaItem(sessionId, agendaItemId);
        if (!item) throw notFound('The agenda item');
        await requireNotFrozen(store, agendaItemId);
        const recorded = await store.recordOutcome({
          sessionId,
          agendaItemId,
          provisionId: item.provisionId,
          outcome,
          note,
          reservations: outcome === 'CONSENSUS_WITH_RESERVATIONS' ? reservations : {},
          agreedText,
          recordedById: actor.userId,
          recordedAt: new Date(),
        });
        dossierId = session.dossierId;
        await this.audit.record(manager, { actorId: actor.userId, action: 'outcome.recorded', subjectId: agendaItemId, dossierId: session.dossierId, data: { outcome, provisionId: item.provisionId } });
        return { change: 'outcome.recorded', agendaItemId, outcome: outcomeView(recorded) };
      });
      // The joint text is frozen now: open editors become read-only before the ack, on every instance.
      await this.accessChanges.documentRightsChanged(jointDocument(sessionId, agendaItemId));
      if (agreedText !== null) await this.keepAgreedText(jointDocument(sessionId, agendaItemId), agreedText);
      if (dossierId) this.realtime.notify(plenaryRoom(dossierId), 'outcome:recorded', { dossierId, sessionId, agendaItemId });
      return result;
    });
  }

  /**
   * An edit that reached the document between reading the agreed text and freezing it is in
   * neither the outcome nor the audit trail: the frozen document is put back to what was agreed.
   */
  private async keepAgreedText(documentName: string, agreedText: string): Promise<void> {
    if ((await this.collab.readText(documentName)).trim() === agreedText) return;
    const edit = await this.collab.edit(documentName);
    try {
      edit.replaceText(agreedText);
    } finally {
      await edit.release();
    }
  }
}
