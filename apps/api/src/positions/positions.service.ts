import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { renderPosition, type ServerEventPayload } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CollabServer } from '../collab/collab.server';
import { positionDocument } from '../collab/document-name';
import { forbidden, notFound } from '../common/errors';
import { canInDossier } from '../access/dossier-policy';
import { DossierAccess } from '../access/dossier-access.service';
import { lockDelegation } from '../dossiers/delegation-lock';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { plenaryRoom } from '../dossiers/dossier-rooms';
import { RealtimeService } from '../realtime/realtime.service';
import { Submission } from './submission.entity';
import { isUuid } from '../common/ids';


/** Turning a delegation's private, live position paper into an immutable submission the plenary sees. */
@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly audit: AuditService,
    private readonly collab: CollabServer,
    private readonly realtime: RealtimeService,
    private readonly dossierReads: DossierReads,
    private readonly provisionDirectory: ProvisionDirectory,
  ) {}

  /** Every submitted position of a dossier, oldest first. */
  submissionsOf(dossierId: string): Promise<Submission[]> {
    return this.dataSource.getRepository(Submission).find({ where: { dossierId }, order: { submittedAt: 'ASC', number: 'ASC' } });
  }

  async submit(actor: Actor, delegationId: string, draftId: string): Promise<Submission> {
    const delegation = isUuid(delegationId) ? await this.dossierReads.findDelegation(delegationId) : null;
    const draft = isUuid(draftId) ? await this.provisionDirectory.draft(draftId) : null;
    if (!delegation || !draft || draft.dossierId !== delegation.dossierId) throw notFound('The position paper');
    const { standing } = await this.access.require(actor, delegation.dossierId, 'dossier.read', 'The position paper');
    if (standing.delegationId !== delegation.id) throw notFound('The position paper');
    if (!canInDossier(standing, 'position.submit')) throw forbidden('A lead of the delegation submits its position.');

    const provisions = await this.provisionDirectory.ofDraft(draftId, { kind: 'ARTICLE' });
    const content = await this.collab.read(positionDocument(delegationId, draftId), (document) => renderPosition(document, provisions.map((p) => p.id)));
    const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    const submission = await this.dataSource.transaction(async (manager) => {
      await lockDelegation(manager, delegationId); // one submission of a delegation at a time: numbers follow each other
      const [{ next }] = await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM position_submission WHERE delegation_id = $1 AND draft_id = $2', [delegationId, draftId]);
      const submission = await manager.getRepository(Submission).save({
        dossierId: delegation.dossierId,
        delegationId,
        constituency: delegation.constituency,
        draftId,
        number: Number(next),
        submittedById: actor.userId,
        submittedAt: new Date(),
        contentHash,
        content,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'position.submitted',
        subjectId: submission.id,
        dossierId: delegation.dossierId,
        data: { delegationId, draftId, number: submission.number, contentHash },
      });
      return submission;
    });
    const event: ServerEventPayload<'position:submitted'> = { dossierId: delegation.dossierId, submissionId: submission.id };
    this.realtime.notify(plenaryRoom(delegation.dossierId), 'position:submitted', event);
    return submission;
  }
}
