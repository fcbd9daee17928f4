import { applySessionChange, isKnownSessionChange } from './apply-session-change';
import type { LiveSessionView } from './live-session-view';
import type { SessionChanged } from './session-changes';

/**
 * What a client does after a change arrived: nothing more ('applied',
 * 'stale', 'waiting' for the first state), fetch the whole state
 * ('refetch'), or — after a gap — wait SESSION_GAP_GRACE_MS for the missing
 * changes and fetch only if it is still `behind` then ('gap').
 */
export type ChangeOutcome = 'applied' | 'stale' | 'waiting' | 'gap' | 'refetch';

/**
 * How long a client waits for the changes missing before one that arrived
 * early. With several instances, changes reach a client out of order: its
 * own instance delivers its changes at once, the others' when it reads them
 * from Redis, a few milliseconds later. Only a change still missing after
 * this is fetched for.
 */
export const SESSION_GAP_GRACE_MS = 300;

/** Changes kept while a fetched state is awaited, at most. */
const MAX_WAITING = 1_000;

/** The parts changes move on (all of LiveSessionView); anything else of a state (my rights, its title) only a fetch brings. */
const PUSHED = {
  id: true, seq: true, status: true, queueMode: true, lastSpeakerSide: true, currentRound: true, agenda: true,
  queue: true, floor: true, attendance: true, interventions: true, speakingTotals: true,
} satisfies Record<keyof LiveSessionView, true>;

function pushedParts<S extends LiveSessionView>(state: S): Partial<S> {
  return Object.fromEntries(Object.keys(PUSHED).map((key) => [key, state[key as keyof LiveSessionView]])) as Partial<S>;
}

/**
 * A live session's state as one client holds it: the last state it fetched,
 * moved on by each change it is pushed. A change that follows the state
 * (its `seq` is the next one) is applied at once; one that does not (a gap)
 * is kept until the missing ones arrive — or, if they do not arrive in
 * SESSION_GAP_GRACE_MS, until the whole state is fetched again, on which the
 * kept changes that follow it are applied. A change of a kind this client
 * does not know means the whole state must be fetched at once.
 */
export class LiveSessionSync<S extends LiveSessionView> {
  private held: S | null = null;
  private readonly waiting = new Map<number, SessionChanged>();
  private unknownAt: number | null = null;

  get state(): S | null {
    return this.held;
  }

  /** A whole state arrived (fetched). Returns true when it is still behind changes we could not apply: fetch again. */
  fetched(state: S): boolean {
    // Pushed changes went further meanwhile: keep what they moved on, take the rest (my rights) from the fetch.
    if (this.held && this.held.seq > state.seq) {
      this.held = { ...state, ...pushedParts(this.held) };
      return this.behind;
    }
    this.held = state;
    if (this.unknownAt !== null && this.unknownAt <= state.seq) this.unknownAt = null;
    this.drain();
    return this.behind;
  }

  /** A change was pushed. */
  receive(change: SessionChanged): ChangeOutcome {
    if (this.held && change.seq <= this.held.seq) return 'stale';
    if (!isKnownSessionChange(change)) {
      this.unknownAt = Math.max(this.unknownAt ?? 0, change.seq);
      return 'refetch';
    }
    if (this.held && change.seq === this.held.seq + 1 && this.unknownAt === null) {
      this.held = applySessionChange(this.held, change);
      this.drain();
      return 'applied';
    }
    this.wait(change);
    // Before the first state, a fetch is under way: the change waits for it. After an unknown kind, only a fetch helps.
    if (!this.held) return 'waiting';
    return this.unknownAt === null ? 'gap' : 'refetch';
  }

  /** True while changes are held that the state cannot reach (a gap, an unknown kind): a fetch would bring it level. */
  get behind(): boolean {
    return this.unknownAt !== null || this.waiting.size > 0;
  }

  private wait(change: SessionChanged): void {
    this.waiting.set(change.seq, change);
    if (this.waiting.size > MAX_WAITING) this.waiting.delete(Math.min(...this.waiting.keys()));
  }

  /** Applies the kept changes that follow the state, one after the other; forgets those it already has. */
  private drain(): void {
    const held = this.held;
    if (!held) return;
    for (const seq of [...this.waiting.keys()]) if (seq <= held.seq) this.waiting.delete(seq);
    let state = held;
    for (let next = this.waiting.get(state.seq + 1); next && this.unknownAt === null; next = this.waiting.get(state.seq + 1)) {
      this.waiting.delete(next.seq);
      state = applySessionChange(state, next);
    }
    this.held = state;
  }
}
