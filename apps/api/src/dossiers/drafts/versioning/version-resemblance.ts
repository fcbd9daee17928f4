import { matchProvisions, type MatchableProvision } from './provision-matcher';

/** A pair whose words overlap less than this is a number that happens to be reused, not the same provision. */
export const RELATED_SIMILARITY = 0.3;
/** Below this share of the units resembling the previous version's, the file is likely not a version of the same text. */
export const RELATED_SHARE = 0.25;

export interface VersionResemblance {
  /** Units of the new file that read like one of the previous version (by key, number or text, with overlapping words). */
  matching: number;
  previousCount: number;
  nextCount: number;
  /** Few units match: the file is probably another text, not the next version of this one. */
  unrelated: boolean;
}

/**
 * How much a file about to become the next version resembles the previous
 * one, unit by unit: what the facilitator is warned of before committing
 * (an unrelated document would turn every comment into one "on a previous
 * version" and every link into one to review).
 */
export function resemblance(previous: readonly MatchableProvision[], next: readonly MatchableProvision[]): VersionResemblance {
  const matching = matchProvisions(previous, next).filter((match) => match.nextId && match.previousId && match.similarity >= RELATED_SIMILARITY).length;
  const larger = Math.max(previous.length, next.length);
  return { matching, previousCount: previous.length, nextCount: next.length, unrelated: larger > 0 && matching / larger < RELATED_SHARE };
}
