import { type Marker, matchBareUnit, matchDotlessUnit } from './numbering';
import type { TextBlock } from './text-block';

/**
 * The numbers of a common-law draft's bare-numbered units ("12.", "12 Offences"), in the order met: a bare number
 * only opens a unit when it goes up, so a list or a figure of the body does not.
 */
export class UnitSequence {
  /** The integer part of the last bare-numbered unit. */
  private last = 0;
  private lastDotless: string | null = null;

  /** "12." opens section 12 when the numbers go up, by at most 20 inside a unit (a list item numbers lower). */
  bare(block: TextBlock, inUnit: boolean): Marker | null {
    const marker = matchBareUnit(block.text);
    const value = marker ? parseInt(marker.number, 10) : 0;
    if (!marker || value <= this.last || (inUnit && value > this.last + 20)) return null;
    this.last = value;
    return marker;
  }

  /**
   * Without its dot ("12 Offences"), the number must follow the last one (12 after 11; "12A" after 12; the first at
   * most 20): a line of the body that starts with a figure rarely does.
   */
  dotless(block: TextBlock): Marker | null {
    const marker = matchDotlessUnit(block.text);
    if (!marker) return null;
    const value = parseInt(marker.number, 10);
    const lettered = /[A-Z]$/u.test(marker.number);
    const inSequence =
      this.lastDotless === null
        ? value <= 20
        : value === this.last + 1 || (lettered && value === this.last && marker.number > this.lastDotless);
    if (!inSequence) return null;
    this.last = value;
    this.lastDotless = marker.number;
    return marker;
  }

  /** Whether a line numbers the next unit ("13." after section 12): where quoted text without its closing mark ends. */
  isNext(text: string): boolean {
    const next = matchBareUnit(text);
    return next !== null && parseInt(next.number, 10) === this.last + 1;
  }

  /** A unit numbered in words ("Section 12") counts in the sequence too. */
  see(keyPart: string): void {
    this.last = Math.max(this.last, parseInt(keyPart, 10) || 0);
  }
}
