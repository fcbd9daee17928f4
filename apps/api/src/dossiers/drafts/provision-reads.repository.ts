import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { DossierAndSeat } from '../../access/dossier-access.service';
import { groupBy, requestLoader } from '../../common/request-loaders';
import { preparedQuery } from '../../database/prepared-query';
import { Dossier } from '../dossier.entity';
import { Participant } from '../participant.entity';
import { ConventionLink } from './convention-link.entity';
import { Draft } from './draft.entity';
import type { DraftChangeSummary } from './draft.types';
import { Provision, type ProvisionOfDossier } from './provision.entity';

/** The entities a reader's statement selects beside its rows (`columns`, `entity`). */
type EntityTarget = typeof Draft | typeof Dossier | typeof Participant;

/** A provision's columns (of `provision p JOIN draft dr`) by property name, with its dossier: rows come back as plain `ProvisionOfDossier`s. */
const PROVISION_FIELDS: ReadonlyArray<[column: string, property: keyof ProvisionOfDossier]> = [
  ['p.id', 'id'], ['p.draft_id', 'draftId'], ['p.parent_id', 'parentId'], ['p.kind', 'kind'], ['p.key', 'key'], ['p.number', 'number'],
  ['p.heading', 'heading'], ['p.text', 'text'], ['p.notes', 'notes'], ['p.marks', 'marks'], ['p.position', 'position'], ['p.depth', 'depth'],
  ['p.previous_id', 'previousId'], ['p.matched_by', 'matchedBy'], ['p.word_diff', 'wordDiff'], ['dr.dossier_id', 'dossierId'],
];
const PROVISION_COLUMNS = PROVISION_FIELDS.map(([column, property]) => `${column} AS "${property}"`).join(', ');

/** Beyond this many provisions in one batch, their convention links are read by draft (one parameter) rather than by id. */
const LINKS_BY_ID = 50;

/**
 * The reader's read model of drafts and provisions: every statement of the
 * reader's requests that is not a comment's (comments are CommentReader's).
 * Rows are read raw under their property names (a long draft has thousands
 * of provisions: no entity hydration), batched per request, so a reader
 * request costs the same few statements however long the draft
 * (reader-queries.spec). The entry points that name a draft or provisions
 * read the dossier and the person's seat in the same statement, for
 * DossierAccess to judge (`admitOnce`): one round trip fewer per request.
 */
@Injectable()
export class ProvisionReads {
  private readonly columnLists = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A draft, with its dossier and `userId`'s seat there; null when there is no such draft. */
  async draftWithSeat(draftId: string, userId: string): Promise<{ draft: Draft; found: DossierAndSeat } | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      `SELECT ${this.columns(Draft, 'dr')}, ${this.columns(Dossier, 'd')}, ${this.columns(Participant, 's')}
         FROM draft dr JOIN dossier d ON d.id = dr.dossier_id LEFT JOIN participant s ON s.dossier_id = d.id AND s.user_id = $2
        WHERE dr.id = $1`,
      [draftId, userId],
    );
    return row ? { draft: this.entity(Draft, 'dr', row)!, found: this.dossierAndSeat(row) } : null;
  }

  /** Provisions by id (unknown ids left out), and the dossiers they belong to with `userId`'s seat in each. */
  async provisionsWithSeats(ids: readonly string[], userId: string): Promise<{ provisions: ProvisionOfDossier[]; dossiers: DossierAndSeat[] }> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      `SELECT ${PROVISION_COLUMNS}, ${this.columns(Dossier, 'd')}, ${this.columns(Participant, 's')}
         FROM provision p JOIN draft dr ON dr.id = p.draft_id JOIN dossier d ON d.id = dr.dossier_id
         LEFT JOIN participant s ON s.dossier_id = d.id AND s.user_id = $2
        WHERE p.id = ANY($1)`,
      [ids, userId],
    );
    const dossiers = new Map<string, DossierAndSeat>();
    const provisions = rows.map((row) => {
      if (!dossiers.has(row.dossierId as string)) dossiers.set(row.dossierId as string, this.dossierAndSeat(row));
      return Object.fromEntries(PROVISION_FIELDS.map(([, property]) => [property, row[property]])) as unknown as ProvisionOfDossier;
    });
    return { provisions, dossiers: [...dossiers.values()] };
  }

  /** Every provision of a draft, in document order, with its dossier (so what is read beside it needs no query to find it). */
  provisionsOf(request: object, draftId: string): Promise<ProvisionOfDossier[]> {
    return requestLoader(request, 'provisionsOfDraft', async (ids: readonly string[]) => {
      const rows = await preparedQuery<ProvisionOfDossier>(
        this.dataSource,
        `SELECT ${PROVISION_COLUMNS} FROM provision p JOIN draft dr ON dr.id = p.draft_id WHERE p.draft_id = ANY($1) ORDER BY p.position`,
        [ids],
      );
      return groupBy(ids, rows, (row) => row.draftId);
    }).load(draftId);
  }

  /** A provision by id, batched per request (an Error for one that is gone). */
  provision(request: object, provisionId: string): Promise<Provision> {
    return requestLoader(request, 'provisionById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Provision).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? new Error('gone'));
    }).load(provisionId);
  }

  /** A dossier's versions, newest first. */
  draftsOf(request: object, dossierId: string): Promise<Draft[]> {
    return requestLoader(request, 'draftsOfDossier', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Draft).find({ where: { dossierId: In([...ids]) }, order: { version: 'DESC' } });
      return groupBy(ids, rows, (row) => row.dossierId);
    }).load(dossierId);
  }

  /** A version's articles against the previous version's (whitespace aside), in one statement. */
  async changeSummary(draft: Pick<Draft, 'id' | 'dossierId' | 'version'>): Promise<DraftChangeSummary> {
    const [summary] = await preparedQuery<DraftChangeSummary>(
      this.dataSource,
      `SELECT count(*) FILTER (WHERE p.previous_id IS NULL)::int AS added,
              count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') <> regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS changed,
              count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') = regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS unchanged,
              (SELECT count(*)::int FROM provision r
                 JOIN draft rd ON rd.id = r.draft_id AND rd.dossier_id = $2 AND rd.version = $3
                WHERE r.kind = 'ARTICLE' AND NOT EXISTS (SELECT 1 FROM provision n WHERE n.draft_id = $1 AND n.previous_id = r.id)) AS removed
         FROM provision p LEFT JOIN provision q ON q.id = p.previous_id
        WHERE p.draft_id = $1 AND p.kind = 'ARTICLE'`,
      [draft.id, draft.dossierId, draft.version - 1],
    );
    return summary;
  }

  /** A provision's convention links, by convention and article. */
  linksOf(request: object, provision: ProvisionOfDossier): Promise<ConventionLink[]> {
    return requestLoader(
      request,
      'linksOfProvision',
      async (provisions: readonly ProvisionOfDossier[]) => {
        const ids = provisions.map(({ id }) => id);
        // A whole draft's provisions: by draft, not 300 ids (each one encoded and sent). Raw rows with one array parameter either way.
        const byDraft = provisions.length > LINKS_BY_ID;
        const rows = await this.links(byDraft ? 'draft' : 'provision', byDraft ? [...new Set(provisions.map(({ draftId }) => draftId))] : ids);
        return groupBy(ids, rows, (row) => row.provisionId);
      },
      BY_ID,
    ).load(provision);
  }

  /** Every convention link of a draft's provisions, by provision: one statement, needing only the draft. */
  async linksOfDraft(draftId: string): Promise<Map<string, ConventionLink[]>> {
    const byProvision = new Map<string, ConventionLink[]>();
    for (const link of await this.links('draft', [draftId])) {
      const list = byProvision.get(link.provisionId);
      if (list) list.push(link);
      else byProvision.set(link.provisionId, [link]);
    }
    return byProvision;
  }

  /** Convention links of some provisions or of some drafts' provisions, by convention and article: raw rows. */
  private links(of: 'provision' | 'draft', ids: readonly string[]): Promise<ConventionLink[]> {
    return preparedQuery<ConventionLink>(
      this.dataSource,
      `SELECT l.id, l.provision_id AS "provisionId", l.convention_code AS "conventionCode", l.article, l.gap_note AS "gapNote",
              l.needs_review AS "needsReview", l.created_by_id AS "createdById", l.created_at AS "createdAt"
         FROM convention_link l ${of === 'draft' ? 'JOIN provision p ON p.id = l.provision_id WHERE p.draft_id = ANY($1)' : 'WHERE l.provision_id = ANY($1)'}
        ORDER BY l.convention_code, l.article`,
      [ids],
    );
  }

  /** An entity's columns as `alias_property`, from its TypeORM metadata (one list per entity, made once). */
  private columns(entity: EntityTarget, alias: string): string {
    const key = `${alias}:${entity.name}`;
    let list = this.columnLists.get(key);
    if (!list) {
      list = this.dataSource.getMetadata(entity).columns.map((column) => `${alias}.${column.databaseName} AS "${alias}_${column.propertyName}"`).join(', ');
      this.columnLists.set(key, list);
    }
    return list;
  }

  /** The entity whose columns `columns(entity, alias)` selected in `row` (null: a left join found none). */
  private entity<T extends object>(entity: new () => T, alias: string, row: Record<string, unknown>): T | null {
    if (row[`${alias}_id`] == null) return null;
    const value = new entity();
    for (const column of this.dataSource.getMetadata(entity).columns) (value as Record<string, unknown>)[column.propertyName] = row[`${alias}_${column.propertyName}`];
    return value;
  }

  private dossierAndSeat(row: Record<string, unknown>): DossierAndSeat {
    return { dossier: this.entity(Dossier, 'd', row)!, seat: this.entity(Participant, 's', row) };
  }

  /** The provisions' ids by dossier: from the rows when they were read with it, else one query. */
  async byDossier(provisions: readonly ProvisionOfDossier[]): Promise<Map<string, string[]>> {
    const rows: Array<{ id: string; dossier_id: string }> = provisions.every((provision) => provision.dossierId)
      ? provisions.map((provision) => ({ id: provision.id, dossier_id: provision.dossierId! }))
      : await this.dataSource.query('SELECT p.id, d.dossier_id FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1)', [
          provisions.map(({ id }) => id),
        ]);
    const map = new Map<string, string[]>();
    for (const row of rows) {
      const ids = map.get(row.dossier_id);
      if (ids) ids.push(row.id);
      else map.set(row.dossier_id, [row.id]);
    }
    return map;
  }
}

/** Provisions are batched by id (the rows themselves are the keys: they may carry their dossier). */
export const BY_ID = { cacheKeyFn: (provision: ProvisionOfDossier) => provision.id };
