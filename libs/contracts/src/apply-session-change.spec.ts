import { applySessionChange, isKnownSessionChange } from './apply-session-change';
import type { SessionChange, SessionChanged } from './session-changes';
import { attendance, entry, liveState, person, queued, turn } from './testing/live-session-state';

const change = (body: SessionChange, seq = 11): SessionChanged => ({ sessionId: 'session-1', seq, ...body });
const handIds = (state: { queue: Array<{ position: number; hand: { id: string } }> }) => state.queue.map((e) => `${e.position}.${e.hand.id}`);
const floorOf = (id: string, constituency: 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS') => ({
  hand: { id, constituency, userId: `user-${id}`, kind: 'NORMAL' as const },
  person: person(id),
  since: '2026-12-01T10:00:00.000Z',
  deadline: '2026-12-01T10:02:00.000Z',
});

describe('applying a pushed change to a live session', () => {
  it('moves the state to the change’s seq and keeps the fields the change does not name', () => {
    const next = applySessionChange(liveState(), change({ change: 'queue.mode', queueMode: 'FIFO' }));
    expect(next).toMatchObject({ seq: 11, title: 'First reading', queueMode: 'FIFO' });
  });

  it('leaves the state it was given untouched', () => {
    const before = liveState({ queue: queued(entry('g1', 'GOVERNMENT')) });
    const copy = structuredClone(before);
    applySessionChange(before, change({ change: 'floor.given', floor: floorOf('g1', 'GOVERNMENT'), lastSpeakerSide: 'GOVERNMENT', ended: null }));
    expect(before).toEqual(copy);
  });

  it('places a raised hand where the rotation puts it, numbering the queue', () => {
    const state = liveState({ lastSpeakerSide: 'WORKERS', queue: queued(entry('w1', 'WORKERS')) });
    const next = applySessionChange(state, change({ change: 'hand.raised', entry: entry('g1', 'GOVERNMENT') }));
    expect(handIds(next)).toEqual(['1.g1', '2.w1']);
  });

  it('puts a point of order ahead of the queue', () => {
    const state = liveState({ queue: queued(entry('g1', 'GOVERNMENT')) });
    const next = applySessionChange(state, change({ change: 'hand.raised', entry: entry('e1', 'EMPLOYERS', 'POINT_OF_ORDER') }));
    expect(handIds(next)).toEqual(['1.e1', '2.g1']);
  });

  it('takes a lowered hand out of the queue and renumbers the rest', () => {
    const state = liveState({ queue: queued(entry('g1', 'GOVERNMENT'), entry('e1', 'EMPLOYERS')) });
    const next = applySessionChange(state, change({ change: 'hand.lowered', handId: 'g1' }));
    expect(handIds(next)).toEqual(['1.e1']);
  });

  it('keeps the facilitator’s order after a reorder', () => {
    const state = liveState({ queue: queued(entry('g1', 'GOVERNMENT'), entry('e1', 'EMPLOYERS'), entry('w1', 'WORKERS')) });
    const next = applySessionChange(state, change({ change: 'queue.reordered', handIds: ['w1', 'e1', 'g1'] }));
    expect(handIds(next)).toEqual(['1.w1', '2.e1', '3.g1']);
    expect(next.queue[0].hand.manualPosition).toBe(1);
  });

  it('orders the queue first come first served in FIFO mode', () => {
    const state = liveState({ lastSpeakerSide: 'WORKERS', queue: [] });
    const raised = [entry('w1', 'WORKERS'), entry('w2', 'WORKERS'), entry('g1', 'GOVERNMENT')];
    const rotating = raised.reduce((s, e, i) => applySessionChange(s, change({ change: 'hand.raised', entry: e }, 11 + i)), state);
    const next = applySessionChange(rotating, change({ change: 'queue.mode', queueMode: 'FIFO' }, 14));
    expect(handIds(rotating)).toEqual(['1.g1', '2.w1', '3.w2']);
    expect(handIds(next)).toEqual(['1.w1', '2.w2', '3.g1']);
  });

  it('gives the floor: the speaker leaves the queue, which rotates on after the speaker’s side', () => {
    const state = liveState({ queue: queued(entry('g1', 'GOVERNMENT'), entry('e1', 'EMPLOYERS'), entry('w1', 'WORKERS'), entry('g2', 'GOVERNMENT')) });
    const next = applySessionChange(state, change({ change: 'floor.given', floor: floorOf('e1', 'EMPLOYERS'), lastSpeakerSide: 'EMPLOYERS', ended: null }));
    expect(next.floor?.person.displayName).toBe('Person e1');
    expect(next.lastSpeakerSide).toBe('EMPLOYERS');
    expect(handIds(next)).toEqual(['1.w1', '2.g1', '3.g2']);
  });

  it('records the turn that ends when the floor is given to the next speaker', () => {
    const state = liveState({ floor: floorOf('g1', 'GOVERNMENT'), queue: queued(entry('e1', 'EMPLOYERS')) });
    const next = applySessionChange(state, change({ change: 'floor.given', floor: floorOf('e1', 'EMPLOYERS'), lastSpeakerSide: 'EMPLOYERS', ended: turn('i1', 'g1', 'GOVERNMENT', 30) }));
    expect(next.interventions.map((i) => i.id)).toEqual(['i1']);
    expect(next.speakingTotals).toEqual([
      { constituency: 'GOVERNMENT', person: null, seconds: 30 },
      { constituency: 'GOVERNMENT', person: person('g1'), seconds: 30 },
    ]);
  });

  it('frees the floor when it is taken back', () => {
    const next = applySessionChange(liveState({ floor: floorOf('g1', 'GOVERNMENT') }), change({ change: 'floor.taken', ended: turn('i1', 'g1', 'GOVERNMENT', 30) }));
    expect(next.floor).toBeNull();
  });

  it('adds spoken time per side first, then per person in the order they first spoke', () => {
    const turns = [turn('i1', 'w1', 'WORKERS', 10), turn('i2', 'g1', 'GOVERNMENT', 20), turn('i3', 'w2', 'WORKERS', 5), turn('i4', 'w1', 'WORKERS', 7)];
    const next = turns.reduce((s, ended, i) => applySessionChange(s, change({ change: 'floor.taken', ended }, 11 + i)), liveState());
    expect(next.speakingTotals.map((t) => `${t.constituency}:${t.person?.id ?? '-'}:${t.seconds}`)).toEqual([
      'GOVERNMENT:-:20',
      'WORKERS:-:22',
      'GOVERNMENT:user-g1:20',
      'WORKERS:user-w1:17',
      'WORKERS:user-w2:5',
    ]);
  });

  it('opens a round after closing the previous one: floor freed, waiting hands lowered', () => {
    const state = liveState({ floor: floorOf('g1', 'GOVERNMENT'), queue: queued(entry('e1', 'EMPLOYERS')) });
    const round = { id: 'round-2', kind: 'CONSENSUS_CHECK' as const, agendaItemId: 'item-1', speakingSeconds: 60, openedAt: '2026-12-01T11:00:00.000Z', caucusEndsAt: null };
    const next = applySessionChange(state, change({ change: 'round.opened', round, closed: { ended: turn('i1', 'g1', 'GOVERNMENT', 12) } }));
    expect(next).toMatchObject({ currentRound: round, floor: null, queue: [] });
    expect(next.interventions).toHaveLength(1);
  });

  it('closes a round: no round is current', () => {
    const next = applySessionChange(liveState({ queue: queued(entry('e1', 'EMPLOYERS')) }), change({ change: 'round.closed', closed: { ended: null } }));
    expect(next).toMatchObject({ currentRound: null, queue: [] });
  });

  it('adjourns a session, closing its round', () => {
    const next = applySessionChange(liveState(), change({ change: 'session.adjourned', status: 'ADJOURNED', closed: { ended: null } }));
    expect(next).toMatchObject({ status: 'ADJOURNED', currentRound: null });
  });

  it('starts a session without touching its round', () => {
    const state = liveState({ status: 'SCHEDULED', currentRound: null });
    expect(applySessionChange(state, change({ change: 'session.live', status: 'LIVE', closed: null }))).toMatchObject({ status: 'LIVE', currentRound: null });
  });

  it('keeps one stance per side in a round, in the sides’ name order', () => {
    const stance = (id: string, constituency: 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS', value: 'AGREE' | 'DISAGREE') => ({ id, roundId: 'round-1', constituency, stance: value, reservation: '' });
    const declared = [stance('s1', 'WORKERS', 'AGREE'), stance('s2', 'EMPLOYERS', 'AGREE'), stance('s1', 'WORKERS', 'DISAGREE')];
    const next = declared.reduce((s, one, i) => applySessionChange(s, change({ change: 'stance.declared', agendaItemId: 'item-1', stance: one }, 11 + i)), liveState());
    expect(next.agenda[0].stances.map((s) => `${s.constituency}:${s.stance}`)).toEqual(['EMPLOYERS:AGREE', 'WORKERS:DISAGREE']);
  });

  it('shows an item’s latest consensus check only: a stance of a new round replaces the old round’s', () => {
    const old = { id: 's1', roundId: 'round-1', constituency: 'WORKERS' as const, stance: 'AGREE' as const, reservation: '' };
    const state = liveState({ agenda: [{ id: 'item-1', draftingUnlocked: false, outcome: null, stances: [old] }] });
    const fresh = { ...old, id: 's2', roundId: 'round-2', constituency: 'GOVERNMENT' as const };
    expect(applySessionChange(state, change({ change: 'stance.declared', agendaItemId: 'item-1', stance: fresh })).agenda[0].stances).toEqual([fresh]);
  });

  it('records an outcome on its item only', () => {
    const outcome = { id: 'o1', outcome: 'NO_CONSENSUS' as const, note: 'Later', agreedText: null, reservations: { GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } };
    const next = applySessionChange(liveState(), change({ change: 'outcome.recorded', agendaItemId: 'item-2', outcome }));
    expect(next.agenda.map((item) => item.outcome?.id ?? null)).toEqual([null, 'o1']);
  });

  it('withdraws the outcome of a reopened item only', () => {
    const outcome = { id: 'o1', outcome: 'CONSENSUS' as const, note: '', agreedText: 'Agreed', reservations: { GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } };
    const recorded = applySessionChange(liveState(), change({ change: 'outcome.recorded', agendaItemId: 'item-2', outcome }));
    const next = applySessionChange(recorded, change({ change: 'item.reopened', agendaItemId: 'item-2' }));
    expect(next.agenda.map((item) => item.outcome)).toEqual([null, null]);
  });

  it('adds a presence in the order people joined', () => {
    const first = attendance('a1', 'user-1');
    const second = attendance('a2', 'user-2');
    const next = applySessionChange(liveState({ attendance: [first] }), change({ change: 'attendance.joined', attendance: [second] }));
    expect(next.attendance).toEqual([first, second]);
  });

  it('closes a presence in place when someone leaves', () => {
    const row = attendance('a1', 'user-1');
    const left = { ...row, leftAt: '2026-12-01T12:00:00.000Z' };
    const next = applySessionChange(liveState({ attendance: [row, attendance('a2', 'user-2')] }), change({ change: 'attendance.left', attendance: [left] }));
    expect(next.attendance.map((a) => a.leftAt)).toEqual(['2026-12-01T12:00:00.000Z', null]);
  });

  it('unlocks drafting on one item', () => {
    const next = applySessionChange(liveState(), change({ change: 'drafting.unlocked', agendaItemId: 'item-1', draftingUnlocked: true }));
    expect(next.agenda.map((item) => item.draftingUnlocked)).toEqual([true, false]);
  });

  it('moves only the seq when a joint text starts (its text travels in its document)', () => {
    const state = liveState();
    expect(applySessionChange(state, change({ change: 'joint.started', agendaItemId: 'item-1' }))).toEqual({ ...state, seq: 11 });
  });

  it('knows every change kind it can apply, and no other', () => {
    expect(isKnownSessionChange({ change: 'floor.given' })).toBe(true);
    expect(isKnownSessionChange({ change: 'minutes.sealed' })).toBe(false);
    expect(isKnownSessionChange({ change: 'toString' })).toBe(false);
  });
});
