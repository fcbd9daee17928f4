import { createHash } from 'node:crypto';
import { GENESIS, LINE_OF_ROW, SYSTEM_CHAIN, type BrokenLink, type ChainState, type VerificationSummary } from './audit-chain';

/** What the verifier needs of a connection: `pg`'s Client or Pool (arrays of column values, no row objects). */
export interface ArrayQueryable {
  query(config: { text: string; values?: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

const PAGE = 10_000;
type Row = [chain: string, chainSeq: string, seq: string, prevHash: string, hash: string, line: string];
const page = (db: ArrayQueryable, after: [string, string]) =>
  db.query({
    text: `SELECT chain, chain_seq, seq, prev_hash, hash, ${LINE_OF_ROW} FROM audit_event
           WHERE (chain, chain_seq) > ($1, $2::bigint) ORDER BY chain, chain_seq LIMIT ${PAGE}`,
    values: after,
    rowMode: 'array',
  }) as Promise<{ rows: Row[] }>;

/**
 * Verifies every chain in one pass over the events in chain order, a page at
 * a time (the next page is asked for before this one is hashed, so the
 * database and the hashing overlap): memory holds one page and the heads,
 * never the trail. Each chain is reported, as soon as it is done, with its
 * first broken link.
 */
export async function verifyChains(db: ArrayQueryable, onChain: (state: ChainState) => void | Promise<void>): Promise<VerificationSummary> {
  const started = performance.now();
  const heads = new Map((await db.query({ text: 'SELECT chain, seq::text, hash FROM audit_chain_head', rowMode: 'array' })).rows.map(([chain, seq, hash]) => [chain as string, { seq: seq as string, hash: hash as string }]));
  const summary = { chains: 0, brokenChains: 0, events: 0 };
  let current: (ChainState & { expected: number; prev: string; brokenAt?: string }) | null = null;

  const finish = async (state: ChainState) => {
    const head = heads.get(state.chain);
    heads.delete(state.chain);
    // Heads are read before the events: a chain may have grown since, never shrunk.
    if (!state.broken && head && Number(head.seq) > Number(state.lastChainSeq ?? 0)) {
      state.broken = { reason: 'TRUNCATED', seq: null, chainSeq: null, action: null, at: null, expectedChainSeq: head.seq };
    }
    summary.chains += 1;
    if (state.broken) summary.brokenChains += 1;
    await onChain(state);
  };

  let next = page(db, ['', '0']);
  for (;;) {
    const { rows } = await next;
    if (rows.length === PAGE) next = page(db, [rows[PAGE - 1][0], rows[PAGE - 1][1]]);
    for (const [chain, chainSeq, seq, prevHash, hash, line] of rows) {
      if (!current || current.chain !== chain) {
        if (current) await finish(strip(current));
        current = { chain, dossierId: chain === SYSTEM_CHAIN ? null : chain, events: 0, lastChainSeq: null, lastHash: null, broken: null, expected: 1, prev: GENESIS };
      }
      current.events += 1;
      summary.events += 1;
      current.lastChainSeq = chainSeq;
      current.lastHash = hash;
      if (current.broken) continue;
      const expectedChainSeq = String(current.expected);
      const reason =
        chainSeq !== expectedChainSeq ? 'MISSING'
        : prevHash !== current.prev ? 'UNLINKED'
        : createHash('sha256').update(`${prevHash}\n${line}`).digest('hex') !== hash ? 'ALTERED'
        : null;
      if (reason) current.broken = await describe(db, { reason, seq, chainSeq, action: null, at: null, expectedChainSeq });
      current.expected += 1;
      current.prev = hash;
    }
    if (rows.length < PAGE) break;
  }
  if (current) await finish(strip(current));
  for (const [chain, head] of heads) {
    await finish({ chain, dossierId: chain === SYSTEM_CHAIN ? null : chain, events: 0, lastChainSeq: null, lastHash: null, broken: { reason: 'TRUNCATED', seq: null, chainSeq: null, action: null, at: null, expectedChainSeq: head.seq } });
  }
  return { ...summary, milliseconds: Math.round(performance.now() - started) };
}

function strip(state: ChainState & { expected: number; prev: string }): ChainState {
  const { expected: _expected, prev: _prev, ...chain } = state;
  return chain;
}

/** The action and time of the event where a chain breaks, read apart (the pass itself reads only what it hashes). */
async function describe(db: ArrayQueryable, link: BrokenLink): Promise<BrokenLink> {
  const { rows } = await db.query({ text: 'SELECT action, at FROM audit_event WHERE seq = $1', values: [link.seq], rowMode: 'array' });
  return rows[0] ? { ...link, action: rows[0][0] as string, at: rows[0][1] as Date } : link;
}
