import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { Draft } from './draft.entity';
import { Provision } from './provision.entity';

/** A provision as other features see it: where it is (dossier, draft, version) and what it says. */
export interface ProvisionInDraft {
  id: string;
  draftId: string;
  dossierId: string;
  version: number;
  kind: string;
  key: string;
  number: string | null;
  heading: string | null;
  text: string;
  /** The unit a paragraph belongs to (its name carries the unit's number): null for a unit or a container. */
  parentId: string | null;
}

const IN_DRAFT = `SELECT p.id, p.draft_id AS "draftId", d.dossier_id AS "dossierId", d.version, p.kind, p.key, p.number, p.heading, p.text, p.parent_id AS "parentId"
                    FROM provision p JOIN draft d ON d.id = p.draft_id`;

/**
 * What the other features (comments, sessions, positions) read of drafts
 * and their provisions: they ask this, never the drafts feature's tables.
 * Each read may run in the caller's transaction (its manager): on the
 * embedded database the pool has one connection, which that transaction holds.
 */
@Injectable()
export class ProvisionDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The provision an id names, with its draft's dossier and version; null when it names none. */
  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProvisionInDraft | null> {
    if (!isUuid(id)) return null;
    const [row] = await manager.query(`${IN_DRAFT} WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  /** Provisions by id (of any draft of any version), for labels and the texts threads were written on. */
  async byIds(ids: Iterable<string>, manager: EntityManager = this.dataSource.manager): Promise<Map<string, ProvisionInDraft>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (!wanted.length) return new Map();
    const rows: ProvisionInDraft[] = await manager.query(`${IN_DRAFT} WHERE p.id = ANY($1)`, [wanted]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * For provisions of earlier versions, the provision of the dossier's newest version that follows each
   * (through every version between); an id left out has none there (it was removed on the way).
   */
  async followersInNewest(dossierId: string, ids: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (!wanted.length) return new Map();
    const rows: Array<{ origin: string; id: string }> = await this.dataSource.query(
      `WITH RECURSIVE chain(origin, id, version) AS (
         SELECT p.id, p.id, d.version FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1) AND d.dossier_id = $2
         UNION ALL
         SELECT c.origin, n.id, d.version FROM chain c JOIN provision n ON n.previous_id = c.id JOIN draft d ON d.id = n.draft_id
       )
       SELECT c.origin, c.id FROM chain c
        WHERE c.version = (SELECT max(version) FROM draft WHERE dossier_id = $2) AND c.origin <> c.id`,
      [wanted, dossierId],
    );
    return new Map(rows.map((row) => [row.origin, row.id]));
  }

  /** A draft's provisions in document order, of one kind when asked (the articles a position paper follows). */
  ofDraft(draftId: string, options: { kind?: string; manager?: EntityManager } = {}): Promise<Provision[]> {
    const manager = options.manager ?? this.dataSource.manager;
    return manager.getRepository(Provision).find({ where: { draftId, ...(options.kind ? { kind: options.kind } : {}) }, order: { position: 'ASC' } });
  }

  /** A draft by id, or null. */
  draft(id: string): Promise<Draft | null> {
    return isUuid(id) ? this.dataSource.getRepository(Draft).findOne({ where: { id } }) : Promise.resolve(null);
  }

  /** A given version of a dossier's draft, or null. */
  draftVersion(dossierId: string, version: number): Promise<Draft | null> {
    return this.dataSource.getRepository(Draft).findOne({ where: { dossierId, version } });
  }

  /** The newest draft of a dossier, or null before the first import. */
  currentDraft(dossierId: string, manager: EntityManager = this.dataSource.manager): Promise<Draft | null> {
    return manager.getRepository(Draft).findOne({ where: { dossierId }, order: { version: 'DESC' } });
  }
}
