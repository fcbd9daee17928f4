import type { Constituency } from '@tripart/contracts';
import type { DossierOutcomesQuery, OutcomeKind, SideStance } from '../../gql/graphql';

type Dossier = DossierOutcomesQuery['dossier'];
type OutcomeRow = Dossier['outcomes'][number];
type StanceRow = Dossier['sessions'][number]['agenda'][number]['stances'][number];

export interface MatrixRow {
  key: string;
  provisionId: string | null;
  label: string;
  outcome: OutcomeRow | null;
  stances: Partial<Record<Constituency, StanceRow>>;
  disagreement: boolean;
}

const DIVIDED_OUTCOMES: ReadonlySet<OutcomeKind> = new Set(['NO_CONSENSUS', 'CONSENSUS_WITH_RESERVATIONS']);
const DIVIDED_STANCES: ReadonlySet<SideStance> = new Set(['DISAGREE', 'AGREE_WITH_RESERVATION']);

/** Where the sides are not (fully) together: no consensus, reservations, or a side that disagrees. */
export function isDisagreement(outcome: OutcomeKind | null | undefined, stances: readonly { stance: SideStance }[]): boolean {
  if (outcome && DIVIDED_OUTCOMES.has(outcome)) return true;
  return stances.some((s) => DIVIDED_STANCES.has(s.stance));
}

const latest = <T,>(rows: T[], at: (row: T) => string): T | null =>
  rows.reduce<T | null>((best, row) => (!best || Date.parse(at(row)) > Date.parse(at(best)) ? row : best), null);

/**
 * One row per article of the current draft (in order), then one per free
 * topic with an outcome: the latest outcome recorded for it and the latest
 * stances the sides declared on it.
 */
export function buildMatrix(dossier: Dossier, articleLabel: (p: { number: string | null; heading: string | null }) => string): MatrixRow[] {
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
    rows.push({ key: provision.id, provisionId: provision.id, label: articleLabel(provision), outcome, stances, disagreement: isDisagreement(outcome?.outcome, Object.values(stances)) });
  }
  for (const outcome of dossier.outcomes.filter((o) => !o.provisionId)) {
    const item = items.find((candidate) => candidate.id === outcome.agendaItemId);
    const stances = stancesFor(new Set([outcome.agendaItemId]));
    rows.push({ key: outcome.id, provisionId: null, label: item?.title ?? '', outcome, stances, disagreement: isDisagreement(outcome.outcome, Object.values(stances)) });
  }
  return rows;
}
