import type { ChainState, VerificationSummary } from './audit-chain';
import { verifyChains, type ArrayQueryable } from './audit-chain.verifier';

const REASONS: Record<string, string> = {
  ALTERED: 'its hash is not the hash of its content (changed, or moved from its place)',
  UNLINKED: 'its previous hash is not the hash of the event before it (an event removed or put in between)',
  OUT_OF_SEQUENCE: 'its place is not the next in its chain (an event before it removed, or events moved)',
  TRUNCATED: 'the chain’s head names a later event than its last one (its end was removed)',
};

/** One line for a broken chain: where it breaks, with its event. */
export function describeBrokenChain(state: ChainState): string {
  const link = state.broken!;
  const where = link.seq
    ? `at event seq ${link.seq} (chain seq ${link.chainSeq}, expected ${link.expectedChainSeq}), ${link.action}, ${link.at?.toISOString()}`
    : `after chain seq ${state.lastChainSeq ?? 0}, its head at ${link.expectedChainSeq}`;
  return `BROKEN chain ${state.chain} ${where}: ${REASONS[link.reason]}`;
}

export function describeSummary(summary: VerificationSummary): string {
  const rate = summary.milliseconds ? Math.round((summary.events * 1000) / summary.milliseconds) : summary.events;
  const verdict = summary.brokenChains ? `${summary.brokenChains} broken` : 'all verify';
  return `${summary.events} events in ${summary.chains} chains, ${verdict} (${summary.milliseconds} ms, ${rate} events/s)`;
}

/**
 * What `npm run audit:verify` prints: each broken chain's first broken link
 * as soon as it is found (with --all, then every chain that verifies), then the totals. Exit code 1 when
 * any chain is broken.
 */
export async function reportVerification(db: ArrayQueryable, print: (line: string) => void, options: { all?: boolean } = {}): Promise<{ exitCode: number; summary: VerificationSummary }> {
  const summary = await verifyChains(
    db,
    (state) => {
      if (options.all && !state.broken) print(`ok     chain ${state.chain}: ${state.events} events, last ${state.lastChainSeq}, head ${state.lastHash}`);
    },
    (state) => print(describeBrokenChain(state)),
  );
  print(describeSummary(summary));
  return { exitCode: summary.brokenChains ? 1 : 0, summary };
}
