import { Injectable } from '@nestjs/common';
import { wordDiff } from '@tripart/contracts';
import { canInDossier, respondsForGovernment, type DossierStanding } from '../access/dossier-policy';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { ProvisionDirectory, type ProvisionInDraft } from '../dossiers/drafts/provision-directory';
import { SubmissionDirectory } from '../positions/submission-directory';
import type { ContributionResponse } from './contribution-response.entity';
import { answerKey, contributionKey, contributionsOf, type ContributionEntry } from './contributions';
import { ResponsesRepository } from './responses.repository';
import type { ChangedProvision, Contribution, ContributionResponses, EarlierAnswer, GovernmentResponse } from './response.types';

/**
 * Every contribution of a dossier with the government's response, as the
 * reader may see it: the government delegation reads its drafts too,
 * everyone else only what its lead recorded. Built only from submissions.
 */
@Injectable()
export class ResponsesOverview {
  constructor(
    private readonly submissions: SubmissionDirectory,
    private readonly provisions: ProvisionDirectory,
    private readonly dossierReads: DossierReads,
    private readonly responses: ResponsesRepository,
  ) {}

  /** Whether the person responds for the government (reads its drafts, may write). */
  async forGovernment(standing: DossierStanding): Promise<boolean> {
    const side = standing.delegationId ? await this.dossierReads.sideOf(standing.delegationId) : null;
    return respondsForGovernment(standing, side);
  }

  async read(dossierId: string, standing: DossierStanding): Promise<ContributionResponses> {
    const government = await this.forGovernment(standing);
    const entries = contributionsOf(await this.submissions.allOf(dossierId));
    const ids = entries.map((entry) => entry.provisionId);
    const [provisions, followers, answers] = await Promise.all([this.provisions.byIds(ids), this.provisions.followersInNewest(dossierId, ids), this.responses.ofDossier(dossierId, !government)]);
    const followerRows = await this.provisions.byIds(followers.values());
    const byKey = new Map(answers.map((answer) => [contributionKey(answer), answer]));
    const contributions = entries.map((entry) => {
      const provision = provisions.get(entry.provisionId);
      const follower = followerRows.get(followers.get(entry.provisionId) ?? '');
      return present(entry, provision, byKey.get(answerKey(entry)) ?? null, earlierAnswer(entry, byKey), provision && follower ? changed(provision, follower) : null);
    });
    return {
      total: contributions.length,
      answered: contributions.filter((contribution) => contribution.response?.status === 'RECORDED').length,
      canDraft: government && canInDossier(standing, 'response.draft'),
      canRecord: government && canInDossier(standing, 'response.record'),
      contributions,
    };
  }
}

export function presentResponse(row: ContributionResponse): GovernmentResponse {
  return { id: row.id, verdict: row.verdict, reasons: row.reasons, status: row.status, recordedAt: row.recordedAt, updatedAt: row.updatedAt };
}

/** The newest earlier contribution on the provision, before the side changed it, with its recorded response. */
function earlierAnswer(entry: ContributionEntry, responses: ReadonlyMap<string, ContributionResponse>): EarlierAnswer | null {
  for (const earlier of entry.earlier) {
    const response = responses.get(contributionKey({ submissionId: earlier.submissionId, provisionId: entry.provisionId }));
    if (response?.status === 'RECORDED') return { ...earlier, response: presentResponse(response) };
  }
  return null;
}

function present(
  entry: ContributionEntry,
  provision: ProvisionInDraft | undefined,
  response: ContributionResponse | null,
  earlier: EarlierAnswer | null,
  changedProvision: ChangedProvision | null,
): Contribution {
  return {
    key: contributionKey(entry),
    submissionId: entry.submissionId,
    submissionNumber: entry.submissionNumber,
    submittedAt: entry.submittedAt,
    constituency: entry.constituency,
    draftId: entry.draftId,
    draftVersion: provision?.version ?? 0,
    provisionId: entry.provisionId,
    provisionNumber: provision?.number ?? null,
    provisionHeading: provision?.heading ?? null,
    stance: entry.stance,
    rationale: entry.rationale,
    proposedWording: entry.proposedWording,
    answersSubmissionNumber: entry.answersSubmissionNumber,
    response: response ? presentResponse(response) : null,
    earlierAnswer: earlier,
    changedProvision,
  };
}

/** The provision of a later draft that follows the contributed one, with the words changed from it. */
function changed(provision: ProvisionInDraft, follower: ProvisionInDraft): ChangedProvision | null {
  if (follower.version <= provision.version) return null;
  return { provisionId: follower.id, draftId: follower.draftId, draftVersion: follower.version, number: follower.number, heading: follower.heading, diff: wordDiff(provision.text, follower.text) };
}
