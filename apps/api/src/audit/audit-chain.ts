/** What both the append (audit.service.ts) and the verification (audit-chain.verifier.ts) agree on. */
export const GENESIS = '0'.repeat(64);
/** The chain of events that belong to no dossier. */
export const SYSTEM_CHAIN = 'system';

/** The bytes each event's hash covers after `<previous hash>\n`: the migration AuditChains defines the function. */
export const LINE_OF_ROW = 'audit_event_line(chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data)';

export type BrokenLinkReason =
  /** Its hash is not the hash of its content: the row was changed, or moved to another place. */
  | 'ALTERED'
  /** Its previous hash is not the hash of the event before it: an event was removed or put in between. */
  | 'UNLINKED'
  /** Its place is not the next one in its chain: an event before it was removed, or events were moved. */
  | 'OUT_OF_SEQUENCE'
  /** The chain's head names a later event than its last one: its end was removed. */
  | 'TRUNCATED';

export interface BrokenLink {
  reason: BrokenLinkReason;
  /** The event where the chain breaks (null when its end is gone: the head's place is in `expectedChainSeq`). */
  seq: string | null;
  chainSeq: string | null;
  action: string | null;
  at: Date | null;
  /** The place in the chain that was expected there. */
  expectedChainSeq: string;
}

export interface ChainState {
  chain: string;
  /** The dossier of the chain (null for `system`). */
  dossierId: string | null;
  events: number;
  lastChainSeq: string | null;
  lastHash: string | null;
  /** The first broken link, null when the chain verifies. */
  broken: BrokenLink | null;
}

export interface VerificationSummary {
  chains: number;
  brokenChains: number;
  events: number;
  milliseconds: number;
}
