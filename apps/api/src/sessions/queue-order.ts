import { CONSTITUENCIES, type Constituency, type HandKind, type QueueMode } from '@tripart/contracts';

export interface QueuedHand {
  id: string;
  constituency: Constituency;
  kind: HandKind;
  raisedAt: Date;
  manualPosition: number | null;
}

const PRIORITY: ReadonlySet<HandKind> = new Set(['POINT_OF_ORDER', 'RIGHT_OF_REPLY']);
const byRaisedAt = (a: QueuedHand, b: QueuedHand) => a.raisedAt.getTime() - b.raisedAt.getTime() || a.id.localeCompare(b.id);

/** The sides in turn, starting with the one after `lastSide` (G → E → W → G ...). */
export function rotationFrom(lastSide: Constituency | null): Constituency[] {
  const start = lastSide ? (CONSTITUENCIES.indexOf(lastSide) + 1) % CONSTITUENCIES.length : 0;
  return CONSTITUENCIES.map((_, i) => CONSTITUENCIES[(start + i) % CONSTITUENCIES.length]);
}

/**
 * The order in which waiting hands get the floor, the same on every client:
 * points of order and rights of reply first (flagged, in the order raised);
 * then hands the facilitator placed by hand; then the rest, rotating between
 * the sides with hands raised (starting after the side that spoke last),
 * first come first served within a side — or plainly first come first
 * served in FIFO mode.
 */
export function queueOrder(hands: readonly QueuedHand[], mode: QueueMode, lastSide: Constituency | null): QueuedHand[] {
  const priority = hands.filter((hand) => PRIORITY.has(hand.kind)).sort(byRaisedAt);
  const normal = hands.filter((hand) => !PRIORITY.has(hand.kind));
  const placed = normal.filter((hand) => hand.manualPosition !== null).sort((a, b) => a.manualPosition! - b.manualPosition! || byRaisedAt(a, b));
  const rest = normal.filter((hand) => hand.manualPosition === null).sort(byRaisedAt);
  if (mode === 'FIFO') return [...priority, ...placed, ...rest];

  const lastPlaced = placed.at(-1)?.constituency ?? lastSide;
  const bySide = new Map(CONSTITUENCIES.map((side) => [side, rest.filter((hand) => hand.constituency === side)]));
  const rotated: QueuedHand[] = [];
  const turn = rotationFrom(lastPlaced);
  while (rotated.length < rest.length) {
    for (const side of turn) {
      const next = bySide.get(side)!.shift();
      if (next) rotated.push(next);
    }
  }
  return [...priority, ...placed, ...rotated];
}
