// One participant's screen, as the web app keeps it (apps/web/src/features/sessions/live/use-live-session.ts):
// the state fetched when the page opens and again once the room is joined (one request when both overlap, as
// Apollo's deduplication makes it), then each `session:changed` applied with the contracts' LiveSessionSync —
// no request — and the whole state fetched again only when the sync asks (a gap late changes did not fill
// within the contracts' SESSION_GAP_GRACE_MS, an unknown kind). Records
// when each seq reached the state shown (after it was applied), the bytes received and the fetches made.
import { wallNow } from './util.mjs';

const CHANGED = 'session:changed';

/**
 * `fetchState()` → { state, bytes } fetches the whole state as the web does (null where there is no API: the bare
 * baseline, whose participants start from `initial`). `sizeOf(change)` gives a change's size on the wire;
 * `emit(socket, event, payload)` sends an event as the web does (retried through an outage).
 */
export async function openParticipant({ index, socket, sessionId, LiveSessionSync, gapGraceMs, fetchState, initial, sizeOf, meter, emit }) {
  const sync = new LiveSessionSync();
  const participant = { index, socket, sync, seqs: [], times: [], disconnects: 0 };
  /** Every seq the state shown has just moved past, at this time (the first state counts as its own seq only). */
  const advanced = (before) => {
    const after = sync.state?.seq ?? -1;
    if (after <= before) return;
    const at = wallNow();
    for (let seq = before < 0 ? after : before + 1; seq <= after; seq += 1) {
      participant.seqs.push(seq);
      participant.times.push(at);
    }
  };
  let inFlight = null;
  const refetch = () => {
    meter.wanted();
    if (!fetchState) return null;
    inFlight ??= fetchState()
      .then(({ state, bytes }) => {
        inFlight = null;
        meter.fetched(bytes);
        const before = sync.state?.seq ?? -1;
        const behind = sync.fetched(state);
        advanced(before);
        if (behind) refetch();
      })
      .catch(() => (inFlight = null));
    return inFlight;
  };

  socket.on(CHANGED, (change) => {
    if (change.sessionId !== sessionId) return;
    meter.received(sizeOf(change));
    const before = sync.state?.seq ?? -1;
    const outcome = sync.receive(change);
    if (outcome === 'refetch') refetch();
    if (outcome === 'gap') setTimeout(() => sync.behind && refetch(), gapGraceMs);
    advanced(before);
  });
  socket.on('disconnect', () => (participant.disconnects += 1));

  const opening = fetchState ? refetch() : null; // the page's query, sent as it mounts
  const joined = await emit(socket, 'session:join', { sessionId });
  if (!joined.ok) throw new Error(`session:join: ${JSON.stringify(joined)}`);
  if (initial) {
    const before = sync.state?.seq ?? -1;
    sync.fetched({ ...initial(), seq: joined.seq });
    advanced(before);
  } else {
    await refetch(); // joined: the web fetches once more (shared with the page's query if still under way)
    await opening;
  }
  return participant;
}
