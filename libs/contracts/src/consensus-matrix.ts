import type { Constituency } from './people';
import { POSITION_STANCES, type PositionStance } from './position-paper';
import type { ResponseVerdict } from './responses';
import type { OutcomeKind, SideStance } from './sessions';

/**
 * The consensus matrix, built once for the web's table and the API's
 * printed exports from the same plenary data: the current draft's articles,
 * the outcomes recorded, the stances of the latest consensus check, each
 * side's latest submission and the government's recorded responses.
 * Pure: no request, no clock.
 */

const asStance = (value: string): PositionStance => ((POSITION_STANCES as readonly string[]).includes(value) ? (value as PositionStance) : 'NO_POSITION');

export interface MatrixOutcome {
  id: string;
  agendaItemId: string;
  provisionId: string | null;
  outcome: OutcomeKind;
  note: string;
  agreedText: string | null;
  /** ISO 8601. */
  recordedAt: string;
  reservations: { GOVERNMENT?: string | null; EMPLOYERS?: string | null; WORKERS?: string | null };
}

export interface MatrixStance {
  constituency: Constituency;
  stance: SideStance;
  reservation: string;
  /** ISO 8601. */
  declaredAt: string;
}

/** What the matrix is built from: the shape of the web's dossier-outcomes query, which the API builds alike. */
export interface MatrixInput<O extends MatrixOutcome = MatrixOutcome, S extends MatrixStance = MatrixStance> {
  dossier: {
    currentDraft: { id: string; provisions: ReadonlyArray<{ id: string; kind: string; number: string | null; heading: string | null; position: number }> } | null;
    outcomes: readonly O[];
    sessions: ReadonlyArray<{ agenda: ReadonlyArray<{ id: string; title: string; provisionId: string | null; stances: readonly S[] }> }>;
  };
  positionSubmissions: ReadonlyArray<{ id: string; constituency: Constituency; draftId: string; number: number; content: { provisions: ReadonlyArray<{ provisionId: string; stance: string }> } }>;
  contributionResponses: { total: number; answered: number; contributions: ReadonlyArray<{ key: string; response: { verdict: ResponseVerdict; status: string } | null }> };
}

/** A side's latest submitted position on a provision, and the government's recorded verdict on it. */
export interface SidePosition {
  stance: PositionStance;
  submissionNumber: number;
  /** A contribution the government answers (the social partners' stances, not NO_POSITION). */
  contribution: boolean;
  /** null: no recorded response yet. */
  verdict: ResponseVerdict | null;
}

export interface MatrixRow<O extends MatrixOutcome = MatrixOutcome, S extends MatrixStance = MatrixStance> {
  key: string;
  provisionId: string | null;
  label: string;
  outcome: O | null;
  stances: Partial<Record<Constituency, S>>;
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
export function isDisagreement(outcome: OutcomeKind | null | undefined, stances: readonly { stance: SideStance }[], positions: readonly { stance: string }[] = []): boolean {
  if (outcome && DIVIDED_OUTCOMES.has(outcome)) return true;
  return stances.some((s) => DIVIDED_STANCES.has(s.stance)) || positions.some((p) => DIVIDED_POSITIONS.has(p.stance));
}

/** Each side's latest submission on the draft, its stance per provision, with the recorded verdict on that contribution. */
export function positionsOn(draftId: string | null, submissions: MatrixInput['positionSubmissions'], contributions: MatrixInput['contributionResponses']['contributions']): Map<string, MatrixRow['positions']> {
  const latestOfSide = new Map<Constituency, MatrixInput['positionSubmissions'][number]>();
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
export function answeredCount(input: Pick<MatrixInput, 'contributionResponses'>): { answered: number; total: number } {
  return { answered: input.contributionResponses.answered, total: input.contributionResponses.total };
}

const latest = <T>(rows: readonly T[], at: (row: T) => string): T | null =>
  rows.reduce<T | null>((best, row) => (!best || Date.parse(at(row)) > Date.parse(at(best)) ? row : best), null);

/**
 * One row per article of the current draft (in order), then one per free
 * topic with an outcome: the latest outcome recorded for it and the latest
 * stances the sides declared on it.
 */
export function buildMatrix<O extends MatrixOutcome, S extends MatrixStance>(input: MatrixInput<O, S>, articleLabel: (p: { number: string | null; heading: string | null }) => string): MatrixRow<O, S>[] {
  const dossier = input.dossier;
  const positionsBy = positionsOn(dossier.currentDraft?.id ?? null, input.positionSubmissions, input.contributionResponses.contributions);
  const items = dossier.sessions.flatMap((session) => session.agenda);
  const stancesFor = (itemIds: Set<string>) => {
    const candidates = items.filter((item) => itemIds.has(item.id) && item.stances.length > 0);
    const newest = latest(candidates, (item) => latest(item.stances, (s) => s.declaredAt)?.declaredAt ?? '1970-01-01');
    return Object.fromEntries((newest?.stances ?? []).map((s) => [s.constituency, s])) as MatrixRow<O, S>['stances'];
  };
  const rows: MatrixRow<O, S>[] = [];
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
      disagreement: isDisagreement(outcome?.outcome, Object.values(stances) as S[], sides),
      unanswered: sides.some((p) => p.contribution && p.verdict === null),
    });
  }
  for (const outcome of dossier.outcomes.filter((o) => !o.provisionId)) {
    const item = items.find((candidate) => candidate.id === outcome.agendaItemId);
    const stances = stancesFor(new Set([outcome.agendaItemId]));
    rows.push({ key: outcome.id, provisionId: null, label: item?.title ?? '', outcome, stances, positions: {}, disagreement: isDisagreement(outcome.outcome, Object.values(stances) as S[]), unanswered: false });
  }
  return rows;
}

/** The matrix's two filters ("where do we disagree?", "no response yet"), as the table and the exports apply them. */
export interface MatrixFilter {
  disagreement?: boolean;
  unanswered?: boolean;
}

export const filterMatrix = <Row extends Pick<MatrixRow, 'disagreement' | 'unanswered'>>(rows: readonly Row[], filter: MatrixFilter): Row[] =>
  rows.filter((row) => (!filter.disagreement || row.disagreement) && (!filter.unanswered || row.unanswered));

/** The reservation a side's cell shows: the outcome's, else the one it declared in the consensus check. */
export const reservationOf = (row: Pick<MatrixRow, 'outcome' | 'stances'>, side: Constituency): string => row.outcome?.reservations[side] || row.stances[side]?.reservation || '';
