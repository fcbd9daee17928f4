import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

/** An arbitrary constant: appends queue on it so that the chain stays a chain. */
const AUDIT_CHAIN_LOCK = 7_144_002;
const GENESIS = '0'.repeat(64);

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectId?: string | null;
  dossierId?: string | null;
  data?: Record<string, unknown>;
}

/** JSON with keys sorted at every level: PostgreSQL's jsonb does not keep key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

function hashOf(prevHash: string, event: { at: Date } & AuditRecord): string {
  const content = JSON.stringify([
    prevHash,
    event.at.toISOString(),
    event.actorId,
    event.action,
    event.subjectId ?? null,
    event.dossierId ?? null,
    canonical(event.data ?? {}),
  ]);
  return createHash('sha256').update(content).digest('hex');
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends within the caller's transaction: the act and its record commit together or not at all. */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEvent> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = await manager.getRepository(AuditEvent).find({ order: { seq: 'DESC' }, take: 1 });
    const prevHash = last?.hash ?? GENESIS;
    const at = new Date();
    return manager.getRepository(AuditEvent).save({
      at,
      actorId: record.actorId,
      action: record.action,
      subjectId: record.subjectId ?? null,
      dossierId: record.dossierId ?? null,
      data: record.data ?? {},
      prevHash,
      hash: hashOf(prevHash, { ...record, at }),
    });
  }

  /** What was recorded in a dossier under one action, oldest first: the trail a dossier's participants may read. */
  trailOf(dossierId: string, action: string): Promise<AuditEvent[]> {
    return this.dataSource.getRepository(AuditEvent).find({ where: { dossierId, action }, order: { seq: 'ASC' } });
  }

  /** Recomputes the chain; returns the sequence number of the first broken link, or null. */
  async verify(): Promise<string | null> {
    const events = await this.dataSource.getRepository(AuditEvent).find({ order: { seq: 'ASC' } });
    let prevHash = GENESIS;
    for (const event of events) {
      if (event.prevHash !== prevHash || hashOf(prevHash, event) !== event.hash) return event.seq;
      prevHash = event.hash;
    }
    return null;
  }
}
