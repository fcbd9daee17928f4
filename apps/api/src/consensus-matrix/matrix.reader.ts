import { Injectable } from '@nestjs/common';
import type { MatrixInput } from '@tripart/contracts';
import type { DossierStanding } from '../access/dossier-policy';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { SubmissionDirectory } from '../positions/submission-directory';
import { ResponsesOverview } from '../responses/responses-overview';
import { SessionReads } from '../sessions/session-reads.repository';

/**
 * The consensus matrix's data, read through each feature's own reads — the
 * same the web's dossier-outcomes query resolves: the current draft's
 * articles, the outcomes recorded, each agenda item's latest stances, each
 * side's latest submissions and the contributions with their responses.
 * Only submitted and plenary data: no delegation's drafts.
 */
@Injectable()
export class MatrixReader {
  constructor(
    private readonly provisions: ProvisionDirectory,
    private readonly sessions: SessionReads,
    private readonly submissions: SubmissionDirectory,
    private readonly responses: ResponsesOverview,
  ) {}

  async read(dossierId: string, standing: DossierStanding): Promise<{ input: MatrixInput; draftVersion: number | null }> {
    const draft = await this.provisions.currentDraft(dossierId);
    const articles = draft ? await this.provisions.ofDraft(draft.id, { kind: 'ARTICLE' }) : [];
    const outcomes = await this.sessions.outcomesOfDossier(dossierId);
    const [sessions] = await this.sessions.sessionsOfDossiers([dossierId]);
    const agendas = await this.sessions.agendaOfSessions(sessions.map((session) => session.id));
    const items = agendas.flat();
    const stances = await this.sessions.latestStancesOfItems(items.map((item) => item.id));
    const stancesOf = new Map(items.map((item, index) => [item.id, stances[index]]));
    const submissions = await this.submissions.latestOf(dossierId);
    const contributions = await this.responses.read(dossierId, standing);
    return {
      draftVersion: draft?.version ?? null,
      input: {
        dossier: {
          currentDraft: draft ? { id: draft.id, provisions: articles } : null,
          outcomes: outcomes.map((o) => ({ id: o.id, agendaItemId: o.agendaItemId, provisionId: o.provisionId, outcome: o.outcome, note: o.note, agreedText: o.agreedText, recordedAt: o.recordedAt.toISOString(), reservations: o.reservations })),
          sessions: agendas.map((agenda) => ({
            agenda: agenda.map((item) => ({
              id: item.id, title: item.title, provisionId: item.provisionId,
              stances: (stancesOf.get(item.id) ?? []).map((s) => ({ constituency: s.constituency, stance: s.stance, reservation: s.reservation, declaredAt: s.declaredAt.toISOString() })),
            })),
          })),
        },
        positionSubmissions: submissions,
        contributionResponses: { total: contributions.total, answered: contributions.answered, contributions: contributions.contributions.map((c) => ({ key: c.key, response: c.response })) },
      },
    };
  }
}
