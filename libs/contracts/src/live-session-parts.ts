import type { AgendaItemView, AttendanceView, LiveSessionView, QueueEntryView, SpeakingTotalView } from './live-session-view';
import { queueOrderBy } from './queue-order';
import type { ClosedRound, EndedTurn } from './session-changes';

/**
 * Pure updates of one part of a live session's state, shared by the change
 * reducers. Each returns the new part and leaves its input untouched (React
 * and Apollo compare by reference).
 */
type State = LiveSessionView;

/** The queue in the order every client and the server give it, numbered from 1. */
export function orderQueue(entries: readonly QueueEntryView[], mode: State['queueMode'], lastSide: State['lastSpeakerSide']): QueueEntryView[] {
  return queueOrderBy(entries, (entry) => entry.hand, mode, lastSide).map((entry, index) => (entry.position === index + 1 ? entry : { ...entry, position: index + 1 }));
}

/** A turn ends: its intervention is appended and counted in the per-side and per-person totals. */
export function endTurn(state: State, ended: EndedTurn | null): Pick<State, 'floor' | 'interventions' | 'speakingTotals'> {
  if (!ended) return { floor: null, interventions: state.interventions, speakingTotals: state.speakingTotals };
  if (state.interventions.some((known) => known.id === ended.intervention.id)) return { floor: null, interventions: state.interventions, speakingTotals: state.speakingTotals };
  return { floor: null, interventions: [...state.interventions, ended.intervention], speakingTotals: addSpokenTime(state.speakingTotals, ended) };
}

/** The order of the totals, as the server sorts them: per side first, then per person; sides in name order. */
const totalsOrder = (a: SpeakingTotalView, b: SpeakingTotalView) =>
  Number(a.person !== null) - Number(b.person !== null) || (a.constituency < b.constituency ? -1 : a.constituency > b.constituency ? 1 : 0);

/** Seconds added to a side's total and its speaker's; a new total goes after those it follows (people of one side in the order they first spoke). */
function addSpokenTime(totals: readonly SpeakingTotalView[], { intervention, speaker }: EndedTurn): SpeakingTotalView[] {
  const { constituency, durationSeconds } = intervention;
  const next = [...totals];
  const add = (matches: (total: SpeakingTotalView) => boolean, person: SpeakingTotalView['person']) => {
    const index = next.findIndex(matches);
    if (index >= 0) {
      next[index] = { ...next[index], seconds: next[index].seconds + durationSeconds };
      return;
    }
    const total = { constituency, person, seconds: durationSeconds };
    const after = next.findIndex((known) => totalsOrder(known, total) > 0);
    next.splice(after < 0 ? next.length : after, 0, total);
  };
  add((total) => total.constituency === constituency && total.person === null, null);
  add((total) => total.constituency === constituency && total.person?.id === speaker.id, speaker);
  return next;
}

/** The round ends: the turn ends, waiting hands are lowered, no round is current. */
export function closeRound(state: State, closed: ClosedRound | null): Partial<State> {
  if (!closed) return {};
  return { ...endTurn(state, closed.ended), queue: [], currentRound: null };
}

/** Attendance rows added or updated, kept in the order people joined. */
export function upsertAttendance(rows: readonly AttendanceView[], changed: readonly AttendanceView[]): AttendanceView[] {
  let next = [...rows];
  for (const row of changed) {
    const index = next.findIndex((known) => known.id === row.id);
    if (index >= 0) {
      next[index] = { ...next[index], ...row };
      continue;
    }
    const after = next.findLastIndex((known) => known.joinedAt <= row.joinedAt);
    next = [...next.slice(0, after + 1), row, ...next.slice(after + 1)];
  }
  return next;
}

/** One agenda item changed; the others stay as they were. */
export function updateItem(agenda: readonly AgendaItemView[], itemId: string, update: (item: AgendaItemView) => AgendaItemView): AgendaItemView[] {
  return agenda.map((item) => (item.id === itemId ? update(item) : item));
}
