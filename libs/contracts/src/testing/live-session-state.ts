import type { Constituency } from '../people';
import type { EndedTurn } from '../session-changes';
import type { HandKind } from '../sessions';
import type { AttendanceView, LiveSessionView, PersonView, QueueEntryView } from '../live-session-view';

/** Small live-session states and parts for the reducers' tests (not part of the build). */
let clock = Date.parse('2026-12-01T09:00:00.000Z');
const at = () => new Date((clock += 1000)).toISOString();

export function person(id: string): PersonView {
  return { id: `user-${id}`, displayName: `Person ${id}` };
}

export function entry(id: string, constituency: Constituency, kind: HandKind = 'NORMAL'): { hand: QueueEntryView['hand']; person: PersonView } {
  return { hand: { id, kind, constituency, userId: `user-${id}`, raisedAt: at(), manualPosition: null }, person: person(id) };
}

export function queued(...entries: Array<ReturnType<typeof entry>>): QueueEntryView[] {
  return entries.map((e, index) => ({ position: index + 1, ...e }));
}

export function turn(id: string, speaker: string, constituency: Constituency, durationSeconds: number): EndedTurn {
  return {
    intervention: { id, speakerId: `user-${speaker}`, constituency, startedAt: at(), durationSeconds, summary: '', agendaItemId: 'item-1' },
    speaker: person(speaker),
  };
}

export function attendance(id: string, userId: string, leftAt: string | null = null): AttendanceView {
  return { id, userId, inRoom: false, joinedAt: at(), leftAt };
}

export function liveState(parts: Partial<LiveSessionView> = {}): LiveSessionView & { title: string } {
  return {
    id: 'session-1',
    title: 'First reading',
    seq: 10,
    status: 'LIVE',
    queueMode: 'ROTATION',
    lastSpeakerSide: null,
    currentRound: { id: 'round-1', kind: 'PROVISION_REVIEW', agendaItemId: 'item-1', speakingSeconds: 120, openedAt: at(), caucusEndsAt: null },
    agenda: [
      { id: 'item-1', draftingUnlocked: false, outcome: null, stances: [] },
      { id: 'item-2', draftingUnlocked: false, outcome: null, stances: [] },
    ],
    queue: [],
    floor: null,
    attendance: [],
    interventions: [],
    speakingTotals: [],
    ...parts,
  };
}
