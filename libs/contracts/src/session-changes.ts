import type { Constituency } from './people';
import type { QueueMode, SessionStatus } from './sessions';
import type { AttendanceView, FloorView, InterventionView, OutcomeView, PersonView, QueueHandView, RoundView, StanceView } from './live-session-view';

/** A speaker's turn that ended: the intervention recorded, and who spoke (for the speaking totals). */
export interface EndedTurn {
  intervention: InterventionView;
  speaker: PersonView;
}

/** The open round ended: its speaker's turn (if any) ended, hands still waiting were lowered, no round is current. */
export interface ClosedRound {
  ended: EndedTurn | null;
}

interface StatusChange {
  status: SessionStatus;
  closed: ClosedRound | null;
}

/** Attendance rows opened or closed (joined, left, marked present or absent by the facilitator). */
interface AttendanceChange {
  attendance: AttendanceView[];
}

interface DraftingChange {
  agendaItemId: string;
  draftingUnlocked: boolean;
}

/**
 * What one change to a live session changed, by kind: what a client needs to
 * bring the state it holds to the next `seq` without asking the server (the
 * queue's order it derives from the hands with `queueOrder`).
 */
interface SessionChangeBodies {
  'hand.raised': { entry: { hand: QueueHandView; person: PersonView } };
  'hand.lowered': { handId: string };
  /** The facilitator's order of the waiting NORMAL hands (their manual positions are 1, 2, …). */
  'queue.reordered': { handIds: string[] };
  'queue.mode': { queueMode: QueueMode };
  'floor.given': { floor: FloorView; lastSpeakerSide: Constituency; ended: EndedTurn | null };
  'floor.taken': { ended: EndedTurn };
  'session.live': StatusChange;
  'session.adjourned': StatusChange;
  'session.closed': StatusChange;
  'round.opened': { round: RoundView; closed: ClosedRound | null };
  'round.closed': { closed: ClosedRound };
  'stance.declared': { agendaItemId: string; stance: StanceView };
  'outcome.recorded': { agendaItemId: string; outcome: OutcomeView };
  /** The facilitator reopened the item: its outcome is withdrawn and its agreed text no longer frozen. */
  'item.reopened': { agendaItemId: string };
  'attendance.joined': AttendanceChange;
  'attendance.left': AttendanceChange;
  'attendance.marked': AttendanceChange;
  'drafting.unlocked': DraftingChange;
  'drafting.locked': DraftingChange;
  /** The item's joint text was (re)started: editors get the text through their document; the state holds nothing of it. */
  'joint.started': { agendaItemId: string };
}

export type SessionChangeKind = keyof SessionChangeBodies;

/** One change of a given kind. */
export type SessionChangeOf<K extends SessionChangeKind> = { change: K } & SessionChangeBodies[K];

/** A change of any kind: a union discriminated by `change`. */
export type SessionChange = { [K in SessionChangeKind]: SessionChangeOf<K> }[SessionChangeKind];

/** Every change to a session, as the room is told of it: the session's next sequence number and what changed. */
export type SessionChanged = { sessionId: string; seq: number } & SessionChange;
