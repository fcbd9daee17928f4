import { CONSTITUENCIES, type Constituency } from './people';
import type { HandKind, QueueMode } from './sessions';

/** A waiting hand, as the server stores it (`raisedAt` a Date) or as a client holds it (an ISO string). */
export interface QueuedHand {
  id: string;
  constituency: Constituency;
  kind: HandKind;
  raisedAt: Date | string;
  manualPosition: number | null;
}

const PRIORITY: ReadonlySet<HandKind> = new Set(['POINT_OF_ORDER', 'RIGHT_OF_REPLY']);

/** The sides in turn, starting with the one after `lastSide` (G → E → W → G ...). */
export function rotationFrom(lastSide: Constituency | null): Constituency[] {
  const start = lastSide ? (CONSTITUENCIES.indexOf(lastSide) + 1) % CONSTITUENCIES.length : 0;
  return CONSTITUENCIES.map((_, i) => CONSTITUENCIES[(start + i) % CONSTITUENCIES.length]);
}

/**
 * The order in which waiting hands get the floor, the same on every client
 * and on the server: points of order and rights of reply first (flagged, in
 * the order raised); then hands the facilitator placed by hand; then the
 * rest, rotating between the sides with hands raised (starting after the
 * side that spoke last), first come first served within a side — or plainly
 * first come first served in FIFO mode.
 */
export function queueOrder<H extends QueuedHand>(hands: readonly H[], mode: QueueMode, lastSide: Constituency | null): H[] {
  return queueOrderBy(hands, (hand) => hand, mode, lastSide);
}

interface Keyed<T> {
  item: T;
  hand: QueuedHand;
  /** When it was raised, as ISO 8601 text in UTC with milliseconds (`toISOString`, the API's DateTime): it sorts as text. */
  at: string;
}

const byRaisedAt = <T>(a: Keyed<T>, b: Keyed<T>) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.hand.id < b.hand.id ? -1 : a.hand.id > b.hand.id ? 1 : 0);
const byPlace = <T>(a: Keyed<T>, b: Keyed<T>) => a.hand.manualPosition! - b.hand.manualPosition! || byRaisedAt(a, b);

/** queueOrder for items that hold a hand (a client's queue entries): the items, in the hands' order. */
export function queueOrderBy<T>(items: readonly T[], handOf: (item: T) => QueuedHand, mode: QueueMode, lastSide: Constituency | null): T[] {
  // Clients order a few hundred hands on every change: one pass to sort them out, text comparisons, no Date parsing.
  const priority: Array<Keyed<T>> = [];
  const placed: Array<Keyed<T>> = [];
  const rest: Array<Keyed<T>> = [];
  for (const item of items) {
    const hand = handOf(item);
    const keyed = { item, hand, at: typeof hand.raisedAt === 'string' ? hand.raisedAt : hand.raisedAt.toISOString() };
    (PRIORITY.has(hand.kind) ? priority : hand.manualPosition !== null ? placed : rest).push(keyed);
  }
  priority.sort(byRaisedAt);
  placed.sort(byPlace);
  rest.sort(byRaisedAt);
  const first = [...priority, ...placed].map((keyed) => keyed.item);
  if (mode === 'FIFO') return [...first, ...rest.map((keyed) => keyed.item)];

  const bySide = new Map<Constituency, T[]>(CONSTITUENCIES.map((side) => [side, []]));
  for (const keyed of rest) bySide.get(keyed.hand.constituency)!.push(keyed.item);
  const turn = rotationFrom(placed.at(-1)?.hand.constituency ?? lastSide).map((side) => bySide.get(side)!);
  const rotated: T[] = [];
  for (let round = 0; rotated.length < rest.length; round += 1) {
    for (const side of turn) if (round < side.length) rotated.push(side[round]);
  }
  return [...first, ...rotated];
}
