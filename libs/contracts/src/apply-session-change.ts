import type { LiveSessionView } from './live-session-view';
import { closeRound, endTurn, orderQueue, updateItem, upsertAttendance } from './live-session-parts';
import type { SessionChangeKind, SessionChangeOf, SessionChanged } from './session-changes';

type State = LiveSessionView;
type Reducer<K extends SessionChangeKind> = (state: State, change: SessionChangeOf<K>) => Partial<State>;

const statusChanged: Reducer<'session.live' | 'session.adjourned' | 'session.closed'> = (state, { status, closed }) => ({ status, ...closeRound(state, closed) });
const attendanceChanged: Reducer<'attendance.joined' | 'attendance.left' | 'attendance.marked'> = (state, { attendance }) => ({
  attendance: upsertAttendance(state.attendance, attendance),
});
const draftingChanged: Reducer<'drafting.unlocked' | 'drafting.locked'> = (state, { agendaItemId, draftingUnlocked }) => ({
  agenda: updateItem(state.agenda, agendaItemId, (item) => ({ ...item, draftingUnlocked })),
});

/** One pure reducer per kind of change: what it returns replaces those parts of the state. */
const reducers: { [K in SessionChangeKind]: Reducer<K> } = {
  'hand.raised': (state, { entry }) => ({
    queue: state.queue.some((known) => known.hand.id === entry.hand.id)
      ? state.queue
      : orderQueue([...state.queue, { position: 0, ...entry }], state.queueMode, state.lastSpeakerSide),
  }),
  'hand.lowered': (state, { handId }) => ({
    queue: orderQueue(
      state.queue.filter((entry) => entry.hand.id !== handId),
      state.queueMode,
      state.lastSpeakerSide,
    ),
  }),
  'queue.reordered': (state, { handIds }) => {
    const place = new Map(handIds.map((id, index) => [id, index + 1]));
    const placed = state.queue.map((entry) => (place.has(entry.hand.id) ? { ...entry, hand: { ...entry.hand, manualPosition: place.get(entry.hand.id)! } } : entry));
    return { queue: orderQueue(placed, state.queueMode, state.lastSpeakerSide) };
  },
  'queue.mode': (state, { queueMode }) => ({ queueMode, queue: orderQueue(state.queue, queueMode, state.lastSpeakerSide) }),
  'floor.given': (state, { floor, lastSpeakerSide, ended }) => ({
    ...endTurn(state, ended),
    floor,
    lastSpeakerSide,
    queue: orderQueue(
      state.queue.filter((entry) => entry.hand.id !== floor.hand.id),
      state.queueMode,
      lastSpeakerSide,
    ),
  }),
  'floor.taken': (state, { ended }) => endTurn(state, ended),
  'session.live': statusChanged,
  'session.adjourned': statusChanged,
  'session.closed': statusChanged,
  'round.opened': (state, { round, closed }) => ({ ...closeRound(state, closed), currentRound: round }),
  'round.closed': (state, { closed }) => closeRound(state, closed),
  'stance.declared': (state, { agendaItemId, stance }) => ({
    agenda: updateItem(state.agenda, agendaItemId, (item) => {
      // The item shows its latest consensus check: a stance from another round starts the list again.
      const sameRound = item.stances.filter((known) => known.roundId === stance.roundId && known.constituency !== stance.constituency);
      return { ...item, stances: [...sameRound, stance].sort((a, b) => a.constituency.localeCompare(b.constituency)) };
    }),
  }),
  'outcome.recorded': (state, { agendaItemId, outcome }) => ({ agenda: updateItem(state.agenda, agendaItemId, (item) => ({ ...item, outcome })) }),
  'item.reopened': (state, { agendaItemId }) => ({ agenda: updateItem(state.agenda, agendaItemId, (item) => ({ ...item, outcome: null })) }),
  'attendance.joined': attendanceChanged,
  'attendance.left': attendanceChanged,
  'attendance.marked': attendanceChanged,
  'drafting.unlocked': draftingChanged,
  'drafting.locked': draftingChanged,
  'joint.started': () => ({}),
};

/** False for a change of a kind this code does not know (sent by a newer server): the client fetches the state instead. */
export function isKnownSessionChange(change: { change: string }): boolean {
  return Object.prototype.hasOwnProperty.call(reducers, change.change);
}

/**
 * The state after one change: `state` (of the change's session, at seq − 1)
 * with the parts the change carries applied, at the change's `seq`. Any
 * state shape holding at least a LiveSessionView keeps its other fields.
 * Throws on a change of a kind it does not know (check isKnownSessionChange).
 */
export function applySessionChange<S extends LiveSessionView>(state: S, change: SessionChanged): S {
  if (!isKnownSessionChange(change)) throw new Error(`Unknown session change: ${change.change}`);
  const reduce = reducers[change.change] as Reducer<SessionChangeKind>;
  return { ...state, ...reduce(state, change), seq: change.seq } as S;
}
