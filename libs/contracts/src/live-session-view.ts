import type { Constituency } from './people';
import type { HandKind, OutcomeKind, QueueMode, RoundKind, SessionStatus, SideStance } from './sessions';

/**
 * The parts of a live session's state that its changes touch, as the API's
 * `consultationSession` query gives them (the web's `LiveSessionState`
 * fragment holds at least these). Times are ISO strings, as on the wire.
 */
export interface PersonView {
  id: string;
  displayName: string;
}

export interface QueueHandView {
  id: string;
  kind: HandKind;
  constituency: Constituency;
  userId: string;
  raisedAt: string;
  /** Set when the facilitator reordered the queue; every client orders the queue from it. */
  manualPosition: number | null;
}

export interface QueueEntryView {
  position: number;
  hand: QueueHandView;
  person: PersonView;
}

export interface FloorView {
  hand: { id: string; constituency: Constituency; userId: string; kind: HandKind };
  person: PersonView;
  since: string;
  deadline: string;
}

export interface RoundView {
  id: string;
  kind: RoundKind;
  agendaItemId: string;
  speakingSeconds: number;
  openedAt: string;
  caucusEndsAt: string | null;
}

export interface StanceView {
  id: string;
  roundId: string;
  constituency: Constituency;
  stance: SideStance;
  reservation: string;
}

export interface OutcomeView {
  id: string;
  outcome: OutcomeKind;
  note: string;
  agreedText: string | null;
  reservations: { GOVERNMENT: string | null; EMPLOYERS: string | null; WORKERS: string | null };
}

export interface AgendaItemView {
  id: string;
  draftingUnlocked: boolean;
  outcome: OutcomeView | null;
  /** The sides' stances in the latest consensus check on the item. */
  stances: StanceView[];
}

export interface AttendanceView {
  id: string;
  userId: string;
  inRoom: boolean;
  joinedAt: string;
  leftAt: string | null;
}

export interface InterventionView {
  id: string;
  speakerId: string;
  constituency: Constituency;
  startedAt: string;
  durationSeconds: number;
  summary: string;
  agendaItemId: string | null;
}

export interface SpeakingTotalView {
  constituency: Constituency;
  person: PersonView | null;
  seconds: number;
}

export interface LiveSessionView {
  id: string;
  seq: number;
  status: SessionStatus;
  queueMode: QueueMode;
  lastSpeakerSide: Constituency | null;
  currentRound: RoundView | null;
  agenda: AgendaItemView[];
  queue: QueueEntryView[];
  floor: FloorView | null;
  attendance: AttendanceView[];
  interventions: InterventionView[];
  speakingTotals: SpeakingTotalView[];
}
