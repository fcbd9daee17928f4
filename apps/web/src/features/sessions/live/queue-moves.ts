export interface QueueItem {
  handId: string;
  kind: string;
}

/** Only NORMAL hands are reordered by the facilitator; flagged ones stay ahead. */
export function normalHandIds(queue: readonly QueueItem[]): string[] {
  return queue.filter((item) => item.kind === 'NORMAL').map((item) => item.handId);
}

/** The full new order of waiting NORMAL hands after moving one by `delta` places (null if it cannot move). */
export function moveHand(queue: readonly QueueItem[], handId: string, delta: number): string[] | null {
  const ids = normalHandIds(queue);
  const from = ids.indexOf(handId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length || delta === 0) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, handId);
  return next;
}

/** The order after dragging `handId` onto the place of `targetId`. */
export function dropHand(queue: readonly QueueItem[], handId: string, targetId: string): string[] | null {
  const ids = normalHandIds(queue);
  const from = ids.indexOf(handId);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return null;
  return moveHand(queue, handId, to - from);
}
