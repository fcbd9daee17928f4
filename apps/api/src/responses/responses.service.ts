import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { canInDossier, type DossierStanding } from '../access/dossier-policy';
import { AuditService } from '../audit/audit.service';
import { conflict, forbidden, notFound } from '../common/errors';
import { plenaryRoom } from '../dossiers/dossier-rooms';
import { SubmissionDirectory } from '../positions/submission-directory';
import type { ContributionResponse } from './contribution-response.entity';
import { answerKey, contributionKey, contributionsOf } from './contributions';
import { RealtimeService } from '../realtime/realtime.service';
import type { RespondToContributionInput } from './response.types';
import { ResponsesRepository } from './responses.repository';

/** What a contribution is, as far as the responses go, when one is answered: NOT_FOUND for anything not submitted. */
const CONTRIBUTION = 'The contribution';

/** The government's responses: drafted by its members, recorded by its leads, one transaction each, a recording audited. */
@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionDirectory,
    private readonly responses: ResponsesRepository,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  async respond(actor: Actor, standing: DossierStanding, input: RespondToContributionInput): Promise<ContributionResponse> {
    if (input.record && !canInDossier(standing, 'response.record')) throw forbidden('Only a lead of the government delegation records its responses.');
    const saved = await this.dataSource.transaction(async (manager) => {
      const submitted = contributionsOf(await this.submissions.allOf(input.dossierId, manager));
      // Named by its latest submission or by the one its answer belongs to (a page read before an unchanged resubmission).
      const contribution = submitted.find((entry) => [contributionKey(entry), answerKey(entry)].includes(contributionKey(input)));
      if (!contribution) throw notFound(CONTRIBUTION);
      const answered = contribution.answersSubmissionId;
      const existing = await this.responses.lockedFor(manager, answered, input.provisionId);
      if (existing?.status === 'RECORDED' && !input.record) throw conflict('This response is recorded: a lead of the government delegation amends it.');
      const now = new Date();
      const saved = await this.responses.save(manager, existing, {
        dossierId: input.dossierId,
        submissionId: answered,
        provisionId: input.provisionId,
        constituency: contribution.constituency,
        verdict: input.verdict,
        reasons: input.reasons,
        status: input.record ? 'RECORDED' : 'DRAFT',
        draftedById: existing?.draftedById ?? actor.userId,
        recordedById: input.record ? actor.userId : null,
        recordedAt: input.record ? now : null,
      });
      if (input.record) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: existing?.status === 'RECORDED' ? 'response.amended' : 'response.recorded',
          subjectId: saved.id,
          dossierId: input.dossierId,
          data: { submissionId: answered, provisionId: input.provisionId, constituency: contribution.constituency, verdict: input.verdict },
        });
      }
      return saved;
    });
    if (input.record) this.realtime.notify(plenaryRoom(input.dossierId), 'response:recorded', { dossierId: input.dossierId, submissionId: input.submissionId, provisionId: input.provisionId });
    return saved;
  }
}
