import type { Constituency } from '@tripart/contracts';
import type { DossierOutcomesQuery, OutcomeKind, ResponseVerdict, SideStance } from '../../gql/graphql';

type Dossier = DossierOutcomesQuery['dossier'];
type OutcomeRow = Dossier['outcomes'][number];
type StanceRow = Dossier['sessions'][number]['agenda'][number]['stances'][number];
type Submissions = DossierOutcomesQuery['positionSubmissions'];
type Contributions = DossierOutcomesQuery['contributionResponses']['contributions'];

export const POSITION_STANCES = ['SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'RESERVE', 'NO_POSITION'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];
const asStance = (value: string): PositionStance => ((POSITION_STANCES as readonly string[]).includes(value) ? (value as PositionStance) : 'NO_POSITION');

/** A side's latest submitted position on a provision, and the government's recorded verdict on it. */
export interface SidePosition {
  stance: PositionStance;
  submissionNumber: number;
  /** A contribution the government answers (the social partners' stances, not NO_POSITION). */
  contribution: boolean;
  /** null: no recorded response yet. */
  verdict: ResponseVerdict | null;
}

export interface MatrixRow {
  key: string;
  provisionId: string | null;
  label: string;
  outcome: OutcomeRow | null;
  stances: Partial<Record<Constituency, StanceRow>>;
  /** Per side, from its latest submission on the current draft (submitted only, never a delegation's drafts). */
  positions: Partial<Record<Constituency, SidePosition>>;
  disagreement: boolean;
  /** A side's contribution here that the government has not answered yet. */
  unanswered: boolean;
}

const DIVIDED_POSITIONS: ReadonlySet<string> = new Set(['OPPOSE', 'RESERVE', 'SUPPORT_WITH_AMENDMENTS']);

const DIVIDED_OUTCOMES: ReadonlySet<OutcomeKind> = new Set(['NO_CONSENSUS', 'CONSENSUS_WITH_RESERVATIONS']);
const DIVIDED_STANCES: ReadonlySet<SideStance> = new Set(['DISAGREE', 'AGREE_WITH_RESERVATION']);

/** Where the sides are not (fully) together: no consensus, reservations, or a side that disagrees. */
export function isDisagreement(
  outcome: OutcomeKind | null | undefined,
  stances: readonly { stance: SideStance }[],
  positions: readonly { stance: string }[] = [],
): boolean {
  if (outcome && DIVIDED_OUTCOMES.has(outcome)) return true;
  return stances.some((s) => DIVIDED_STANCES.has(s.stance)) || positions.some((p) => DIVIDED_POSITIONS.has(p.stance));
}

/** Each side's latest submission on the draft, its stance per provision, with the recorded verdict on that contribution. */
export function positionsOn(draftId: string | null, submissions: Submissions, contributions: Contributions): Map<string, MatrixRow['positions']> {
  const latestOfSide = new Map<Constituency, Submissions[number]>();
  for (const submission of submissions) {
    if (submission.draftId !== draftId) continue;
    const known = latestOfSide.get(submission.constituency);
    if (!known || submission.number > known.number) latestOfSide.set(submission.constituency, submission);
  }
  const verdicts = new Map(contributions.map((c) => [c.key, c.response?.status === 'RECORDED' ? c.response.verdict : null]));
  const byProvision = new Map<string, MatrixRow['positions']>();
  for (const [side, submission] of latestOfSide) {
    for (const provision of submission.content.provisions) {
      const row = byProvision.get(provision.provisionId) ?? {};
      const key = `${submission.id}:${provision.provisionId}`;
      row[side] = { stance: asStance(provision.stance), submissionNumber: submission.number, contribution: verdicts.has(key), verdict: verdicts.get(key) ?? null };
      byProvision.set(provision.provisionId, row);
    }
  }
  return byProvision;
}

/** "12 of 31 contributions answered": the responses overview's own count. */
export function answeredCount(dossier: DossierOutcomesQuery): { answered: number; total: number } {
  return { answered: dossier.contributionResponses.answered, total: dossier.contributionResponses.total };
}

const latest = <T,>(rows: T[], at: (row: T) => string): T | null =>
  rows.reduce<T | null>((best, row) => (!best || Date.parse(at(row)) > Date.parse(at(best)) ? row : best), null);

/**
 * One row per article of the current draft (in order), then one per free
 * topic with an outcome: the latest outcome recorded for it and the latest
 * stances the sides declared on it.
 */
export function buildMatrix(query: DossierOutcomesQuery, articleLabel: (p: { number: string | null; heading: string | null }) => string): MatrixRow[] {
  const dossier = query.dossier;
  const positionsBy = positionsOn(dossier.currentDraft?.id ?? null, query.positionSubmissions, query.contributionResponses.contributions);
  const items = dossier.sessions.flatMap((session) => session.agenda);
  const stancesFor = (itemIds: Set<string>) => {
    const candidates = items.filter((item) => itemIds.has(item.id) && item.stances.length > 0);
    const newest = latest(candidates, (item) => latest(item.stances, (s) => s.declaredAt)?.declaredAt ?? '1970-01-01');
    return Object.fromEntries((newest?.stances ?? []).map((s) => [s.constituency, s])) as MatrixRow['stances'];
  };
  const rows: MatrixRow[] = [];
  const articles = [...(dossier.currentDraft?.provisions ?? [])].filter((p) => p.kind === 'ARTICLE').sort((a, b) => a.position - b.position);
  for (const provision of articles) {
    const outcome = latest(dossier.outcomes.filter((o) => o.provisionId === provision.id), (o) => o.recordedAt);
    const stances = stancesFor(new Set(items.filter((item) => item.provisionId === provision.id).map((item) => item.id)));
    const positions = positionsBy.get(provision.id) ?? {};
    const sides = Object.values(positions);
    rows.push({
      key: provision.id,
      provisionId: provision.id,
      label: articleLabel(provision),
      outcome,
      stances,
      positions,
      disagreement: isDisagreement(outcome?.outcome, Object.values(stances), sides),
      unanswered: sides.some((p) => p.contribution && p.verdict === null),
    });
  }
  for (const outcome of dossier.outcomes.filter((o) => !o.provisionId)) {
    const item = items.find((candidate) => candidate.id === outcome.agendaItemId);
    const stances = stancesFor(new Set([outcome.agendaItemId]));
    rows.push({ key: outcome.id, provisionId: null, label: item?.title ?? '', outcome, stances, positions: {}, disagreement: isDisagreement(outcome.outcome, Object.values(stances)), unanswered: false });
  }
  return rows;
}
