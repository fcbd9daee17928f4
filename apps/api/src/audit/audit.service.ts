import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAudience } from './audit-audience';
import { GENESIS, SYSTEM_CHAIN, type ChainState, type VerificationSummary } from './audit-chain';
import { verifyChains, type ArrayQueryable } from './audit-chain.verifier';
import { AuditEvent } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectId?: string | null;
  /** The dossier's chain; none: the `system` chain. */
  dossierId?: string | null;
  data?: Record<string, unknown>;
  /** Who may read it in the dossier's activity log; DOSSIER (whoever may read the dossier) when absent. */
  audience?: AuditAudience;
  /** The delegation a DELEGATION or DELEGATION_AND_MANAGERS event belongs to. */
  delegationId?: string | null;
}

/**
 * Takes the chain's head row (creating it for a chain's first event) and
 * keeps it locked until the caller's transaction ends: appends to one chain
 * queue on it, on every instance; other chains are not held up.
 */
const LOCK_HEAD = `INSERT INTO audit_chain_head (chain, seq, hash) VALUES ($1, 0, $2)
  ON CONFLICT (chain) DO UPDATE SET chain = EXCLUDED.chain RETURNING seq::text, hash`;

/** The event, hashed by the database over the same line audit:verify reads, and the head moved to it. */
const APPEND = `WITH v AS (
    SELECT $1::varchar AS chain, $2::bigint AS chain_seq, clock_timestamp() AS at, $3::uuid AS actor_id, $4::varchar AS action,
      $5::uuid AS subject_id, $6::uuid AS dossier_id, $7::varchar AS audience, $8::uuid AS delegation_id, $9::jsonb AS data, $10::varchar AS prev_hash
  ), event AS (
    INSERT INTO audit_event (chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data, prev_hash, hash)
    SELECT chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data, prev_hash,
      encode(sha256(convert_to(prev_hash || E'\\n' || audit_event_line(chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data), 'UTF8')), 'hex')
    FROM v
    RETURNING seq::text, chain, chain_seq::text, at, hash
  ), head AS (
    UPDATE audit_chain_head h SET seq = event.chain_seq::bigint, hash = event.hash FROM event WHERE h.chain = event.chain
  )
  SELECT seq, chain_seq, at, hash FROM event`;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends within the caller's transaction: the act and its record commit together or not at all. */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEvent> {
    const chain = record.dossierId ?? SYSTEM_CHAIN;
    const [head]: Array<{ seq: string; hash: string }> = await manager.query(LOCK_HEAD, [chain, GENESIS]);
    const event = Object.assign(new AuditEvent(), {
      chain,
      chainSeq: String(Number(head.seq) + 1),
      actorId: record.actorId,
      action: record.action,
      subjectId: record.subjectId ?? null,
      dossierId: record.dossierId ?? null,
      audience: record.audience ?? 'DOSSIER',
      delegationId: record.delegationId ?? null,
      data: record.data ?? {},
      prevHash: head.hash,
    });
    const [row]: Array<{ seq: string; at: Date; hash: string }> = await manager.query(APPEND, [
      chain, event.chainSeq, event.actorId, event.action, event.subjectId, event.dossierId, event.audience, event.delegationId, JSON.stringify(event.data), event.prevHash,
    ]);
    return Object.assign(event, { seq: row.seq, at: new Date(row.at), hash: row.hash });
  }

  /** What was recorded in a dossier under one action, oldest first: the trail a dossier's participants may read. */
  trailOf(dossierId: string, action: string): Promise<AuditEvent[]> {
    return this.dataSource.getRepository(AuditEvent).find({ where: { dossierId, action }, order: { seq: 'ASC' } });
  }

  /** Verifies every chain (streaming, as `npm run audit:verify`): each chain's state, in chain order. */
  async verifyAll(): Promise<{ summary: VerificationSummary; chains: ChainState[] }> {
    const chains: ChainState[] = [];
    const summary = await verifyChains(this.arrayQueryable(), (state) => void chains.push(state));
    return { summary, chains };
  }

  /** The event (its seq) where the first broken chain breaks, or null when every chain verifies. */
  async verify(): Promise<string | null> {
    const broken = (await this.verifyAll()).chains.find((chain) => chain.broken)?.broken;
    return broken ? (broken.seq ?? `${broken.reason}:${broken.expectedChainSeq}`) : null;
  }

  /** The pool under TypeORM, asked for arrays of values (the verifier's pages are large). */
  private arrayQueryable(): ArrayQueryable {
    return (this.dataSource.driver as unknown as { master: ArrayQueryable }).master;
  }
}
