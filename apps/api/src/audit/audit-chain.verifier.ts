import { hash as digest } from 'node:crypto';
import { GENESIS, LINE_OF_ROW, SYSTEM_CHAIN, type BrokenLink, type ChainState, type VerificationSummary } from './audit-chain';

/** What the verifier needs of a connection: `pg`'s Client or Pool (arrays of column values, no row objects). */
export interface ArrayQueryable {
  query(config: { text: string; values?: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

const PAGE = 10_000;
/** The line begins with the chain and the place in it (audit_event_line): not read twice. */
type Row = [seq: string, prevHash: string, hash: string, line: string];
/**
 * In the order events were appended (their id): the table's own order, read along its primary key. An
 * append holds its chain's head until it commits, so within a chain ids follow its sequence; a chain read in
 * id order that does not is itself broken. (In chain order, the index would send the reads all over the table.)
 */
const page = (db: ArrayQueryable, after: string) =>
  db.query({
    text: `SELECT seq, prev_hash, hash, ${LINE_OF_ROW} FROM audit_event WHERE seq > $1::bigint ORDER BY seq LIMIT ${PAGE}`,
    values: [after],
    rowMode: 'array',
  }) as Promise<{ rows: Row[] }>;

type Progress = ChainState & { expected: number; prev: string };

/**
 * Verifies every chain in one pass over the events, a page at a time (the
 * next page is asked for before this one is hashed, so the database and the
 * hashing overlap): memory holds one page and one state per chain, never the
 * trail. A broken chain is reported as soon as its first broken link is
 * found; every chain's state once the pass is done.
 */
export async function verifyChains(
  db: ArrayQueryable,
  onChain: (state: ChainState) => void | Promise<void>,
  onBroken: (state: ChainState) => void | Promise<void> = () => undefined,
): Promise<VerificationSummary> {
  const started = performance.now();
  const heads = new Map((await db.query({ text: 'SELECT chain, seq::text, hash FROM audit_chain_head', rowMode: 'array' })).rows.map(([chain, seq]) => [chain as string, seq as string]));
  const chains = new Map<string, Progress>();
  let events = 0;
  let next = page(db, '0');
  for (;;) {
    const { rows } = await next;
    if (rows.length === PAGE) next = page(db, rows[PAGE - 1][0]);
    for (const [seq, prevHash, hash, line] of rows) {
      const afterChain = line.indexOf('\t');
      const chain = line.slice(0, afterChain);
      const chainSeq = line.slice(afterChain + 1, line.indexOf('\t', afterChain + 1));
      let state = chains.get(chain);
      if (!state) chains.set(chain, (state = { chain, dossierId: chain === SYSTEM_CHAIN ? null : chain, events: 0, lastChainSeq: null, lastHash: null, broken: null, expected: 1, prev: GENESIS }));
      events += 1;
      state.events += 1;
      state.lastChainSeq = chainSeq;
      state.lastHash = hash;
      if (state.broken) continue;
      const expectedChainSeq = String(state.expected);
      const reason =
        chainSeq !== expectedChainSeq ? 'OUT_OF_SEQUENCE'
        : prevHash !== state.prev ? 'UNLINKED'
        : digest('sha256', `${prevHash}\n${line}`, 'hex') !== hash ? 'ALTERED'
        : null;
      if (reason) {
        state.broken = await describe(db, { reason, seq, chainSeq, action: null, at: null, expectedChainSeq });
        await onBroken(strip(state));
      }
      state.expected += 1;
      state.prev = hash;
    }
    if (rows.length < PAGE) break;
  }
  let brokenChains = 0;
  // Heads are read before the events: a chain may have grown since, never shrunk; a head with no events left lost them all.
  for (const [chain, headSeq] of heads) {
    const state = chains.get(chain) ?? { chain, dossierId: chain === SYSTEM_CHAIN ? null : chain, events: 0, lastChainSeq: null, lastHash: null, broken: null, expected: 1, prev: GENESIS };
    chains.set(chain, state);
    if (!state.broken && Number(headSeq) > Number(state.lastChainSeq ?? 0)) {
      state.broken = { reason: 'TRUNCATED', seq: null, chainSeq: null, action: null, at: null, expectedChainSeq: headSeq };
      await onBroken(strip(state));
    }
  }
  for (const state of [...chains.values()].sort((a, b) => a.chain.localeCompare(b.chain))) {
    if (state.broken) brokenChains += 1;
    await onChain(strip(state));
  }
  return { chains: chains.size, brokenChains, events, milliseconds: Math.round(performance.now() - started) };
}

function strip(state: Progress): ChainState {
  const { expected: _expected, prev: _prev, ...chain } = state;
  return chain;
}

/** The action and time of the event where a chain breaks, read apart (the pass itself reads only what it hashes). */
async function describe(db: ArrayQueryable, link: BrokenLink): Promise<BrokenLink> {
  const { rows } = await db.query({ text: 'SELECT action, at FROM audit_event WHERE seq = $1', values: [link.seq], rowMode: 'array' });
  return rows[0] ? { ...link, action: rows[0][0] as string, at: rows[0][1] as Date } : link;
}
