import type { AttendanceView, FloorView, InterventionView, OutcomeView, PersonView, QueueHandView, RoundView, StanceView } from '@tripart/contracts';
import type { Attendance } from './attendance.entity';
import type { Hand } from './hand.entity';
import type { Intervention } from './intervention.entity';
import type { Outcome } from './outcome.entity';
import type { Round } from './round.entity';
import type { Stance } from './stance.entity';

/**
 * The rows a change wrote, shaped as the state's parts (contracts'
 * LiveSessionView, as `consultationSession` gives them): what a change event
 * carries. Nothing here reads anything but the one person a change names.
 */
export { personOf } from '../people/people-directory';

export function handView(hand: Hand): QueueHandView {
  return { id: hand.id, kind: hand.kind, constituency: hand.constituency, userId: hand.userId, raisedAt: hand.raisedAt.toISOString(), manualPosition: hand.manualPosition };
}

export function floorView(hand: Hand, person: PersonView, since: Date, deadline: Date): FloorView {
  return { hand: { id: hand.id, constituency: hand.constituency, userId: hand.userId, kind: hand.kind }, person, since: since.toISOString(), deadline: deadline.toISOString() };
}

export function roundView(round: Round): RoundView {
  return {
    id: round.id,
    kind: round.kind,
    agendaItemId: round.agendaItemId,
    speakingSeconds: round.speakingSeconds,
    openedAt: round.openedAt.toISOString(),
    caucusEndsAt: round.caucusEndsAt?.toISOString() ?? null,
  };
}

export function stanceView(stance: Stance): StanceView {
  return { id: stance.id, roundId: stance.roundId, constituency: stance.constituency, stance: stance.stance, reservation: stance.reservation };
}

export function outcomeView(outcome: Outcome): OutcomeView {
  const { GOVERNMENT = null, EMPLOYERS = null, WORKERS = null } = outcome.reservations ?? {};
  return { id: outcome.id, outcome: outcome.outcome, note: outcome.note, agreedText: outcome.agreedText, reservations: { GOVERNMENT, EMPLOYERS, WORKERS } };
}

export function attendanceView(row: Attendance): AttendanceView {
  return { id: row.id, userId: row.userId, inRoom: row.inRoom, joinedAt: row.joinedAt.toISOString(), leftAt: row.leftAt?.toISOString() ?? null };
}

export function interventionView(row: Intervention): InterventionView {
  return {
    id: row.id,
    speakerId: row.speakerId,
    constituency: row.constituency,
    startedAt: row.startedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    summary: row.summary,
    agendaItemId: row.agendaItemId,
  };
}
