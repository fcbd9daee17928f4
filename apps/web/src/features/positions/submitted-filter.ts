import type { ProvisionContent } from '@tripart/contracts';
import { folded, outlineMatches } from '../drafts/provision-search';

export const SUBMITTED_FILTERS = ['all', 'withPosition', 'disagree'] as const;
export type SubmittedFilter = (typeof SUBMITTED_FILTERS)[number];

/**
 * Does a provision's row of the submitted-positions table stay? The search finds its number or heading,
 * or words of a side's rationale or wording; "with a position" keeps rows where a side took one,
 * "disagree" rows where the sides that took one did not take the same.
 */
export function submittedRowMatches(
  provision: { number: string | null; heading: string | null },
  sides: readonly (ProvisionContent | null)[],
  query: string,
  filter: SubmittedFilter,
): boolean {
  const stances = sides.flatMap((side) => (side && side.stance !== 'NO_POSITION' ? [side.stance] : []));
  if (filter === 'withPosition' && stances.length === 0) return false;
  if (filter === 'disagree' && new Set(stances).size < 2) return false;
  const words = folded(query);
  if (!words || outlineMatches(provision, query)) return true;
  return sides.some((side) => !!side && (folded(side.rationale).includes(words) || folded(side.proposedWording).includes(words)));
}
