import { LiveSessionSync } from './live-session-sync';
import type { SessionChanged } from './session-changes';
import { liveState } from './testing/live-session-state';

const mode = (seq: number, queueMode: 'FIFO' | 'ROTATION' = 'FIFO'): SessionChanged => ({ sessionId: 'session-1', seq, change: 'queue.mode', queueMode });
const unknown = (seq: number) => ({ sessionId: 'session-1', seq, change: 'minutes.sealed' }) as unknown as SessionChanged;

function synced(seq = 10) {
  const sync = new LiveSessionSync<ReturnType<typeof liveState>>();
  sync.fetched(liveState({ seq }));
  return sync;
}

describe('a live session as one client follows it', () => {
  it('applies a change that follows the state it holds, with no fetch', () => {
    const sync = synced();
    expect(sync.receive(mode(11))).toBe('applied');
    expect(sync.state).toMatchObject({ seq: 11, queueMode: 'FIFO' });
  });

  it('ignores a change it already has (a repeat after a reconnect)', () => {
    const sync = synced();
    sync.receive(mode(11));
    expect(sync.receive(mode(11, 'ROTATION'))).toBe('stale');
    expect(sync.state?.queueMode).toBe('FIFO');
  });

  it('holds its state after a gap and says it is behind', () => {
    const sync = synced();
    expect(sync.receive(mode(13))).toBe('gap');
    expect(sync.state?.seq).toBe(10);
    expect(sync.behind).toBe(true);
  });

  it('fills a gap with the changes that arrive late (from another instance), with no fetch', () => {
    const sync = synced();
    sync.receive(mode(12, 'ROTATION'));
    expect(sync.receive(mode(11))).toBe('applied');
    expect(sync.state).toMatchObject({ seq: 12, queueMode: 'ROTATION' });
    expect(sync.behind).toBe(false);
  });

  it('applies the changes kept since a gap on top of the state fetched for it', () => {
    const sync = synced();
    sync.receive(mode(13));
    sync.receive(mode(14, 'ROTATION'));
    expect(sync.fetched(liveState({ seq: 12 }))).toBe(false);
    expect(sync.state).toMatchObject({ seq: 14, queueMode: 'ROTATION' });
  });

  it('asks again when the fetched state is still short of the changes it kept', () => {
    const sync = synced();
    sync.receive(mode(14));
    expect(sync.fetched(liveState({ seq: 11 }))).toBe(true);
  });

  it('keeps a change that comes before the first state, for the fetch under way', () => {
    const sync = new LiveSessionSync<ReturnType<typeof liveState>>();
    expect(sync.receive(mode(11))).toBe('waiting');
    sync.fetched(liveState({ seq: 10 }));
    expect(sync.state).toMatchObject({ seq: 11, queueMode: 'FIFO' });
  });

  it('never goes back to an older state that arrives late', () => {
    const sync = synced(9);
    sync.receive(mode(10));
    sync.fetched(liveState({ seq: 8, queueMode: 'ROTATION' }));
    expect(sync.state).toMatchObject({ seq: 10, queueMode: 'FIFO' });
  });

  it('takes from a late state what no change carries (my rights), keeping what the changes moved on', () => {
    const sync = synced(9);
    sync.receive(mode(10));
    sync.fetched({ ...liveState({ seq: 8, queueMode: 'ROTATION' }), title: 'Renamed' });
    expect(sync.state).toMatchObject({ seq: 10, queueMode: 'FIFO', title: 'Renamed' });
  });

  it('asks for the whole state on a change of a kind it does not know, and applies nothing past it', () => {
    const sync = synced();
    expect(sync.receive(unknown(11))).toBe('refetch');
    expect(sync.receive(mode(12))).toBe('refetch');
    expect(sync.state?.seq).toBe(10);
    expect(sync.fetched(liveState({ seq: 12, queueMode: 'FIFO' }))).toBe(false);
    expect(sync.state?.seq).toBe(12);
  });
});
