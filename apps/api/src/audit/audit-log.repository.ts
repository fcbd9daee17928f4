import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { auditVisibleTo } from '../access/audit-visibility';
import type { DossierStanding } from '../access/dossier-policy';
import type { AuditAudience } from './audit-audience';

export interface AuditLogRow {
  seq: string;
  chainSeq: string;
  at: Date;
  actorId: string | null;
  action: string;
  subjectId: string | null;
  audience: AuditAudience;
  delegationId: string | null;
  data: Record<string, unknown>;
  hash: string;
}

/** The reads of the activity log and the audit page (the appends are AuditService's). */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A dossier's events this person may see, newest first, `limit` at most, before the place `before` in its chain when given. */
  async page(standing: DossierStanding, dossierId: string, limit: number, before: string | null): Promise<AuditLogRow[]> {
    const visible = auditVisibleTo(standing, 'e', 4);
    return this.dataSource.query(
      `SELECT e.seq::text AS "seq", e.chain_seq::text AS "chainSeq", e.at, e.actor_id AS "actorId", e.action, e.subject_id AS "subjectId",
              e.audience, e.delegation_id AS "delegationId", e.data, e.hash
         FROM audit_event e
        WHERE e.chain = $1 AND ($2::bigint IS NULL OR e.chain_seq < $2::bigint) AND ${visible.sql}
        ORDER BY e.chain_seq DESC LIMIT $3`,
      [dossierId, before, limit, ...visible.params],
    );
  }

  /** Titles of the dossiers of these chains (a dossier may be gone; its chain stays). */
  async dossierTitles(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; title: string }> = await this.dataSource.query('SELECT id::text, title FROM dossier WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}
