import { buildMatrix as buildRows, type MatrixRow as Row } from '@tripart/contracts';
import type { DossierOutcomesQuery } from '../../gql/graphql';

/** The consensus matrix is built in libs/contracts (the API prints the same rows); here it is bound to the web's query. */
export { answeredCount, isDisagreement, POSITION_STANCES, positionsOn, type PositionStance, type SidePosition } from '@tripart/contracts';

type Dossier = DossierOutcomesQuery['dossier'];
type OutcomeRow = Dossier['outcomes'][number];
type StanceRow = Dossier['sessions'][number]['agenda'][number]['stances'][number];

export type MatrixRow = Row<OutcomeRow, StanceRow>;

export const buildMatrix = (query: DossierOutcomesQuery, articleLabel: (p: { number: string | null; heading: string | null }) => string): MatrixRow[] => buildRows(query, articleLabel);
