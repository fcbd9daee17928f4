import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { groupBy, requestLoader } from '../../common/request-loaders';
import { badInput, notFound } from '../../common/errors';
import { DossierAccess } from '../../access/dossier-access.service';
import { Dossier } from '../dossier.entity';
import { Draft } from './draft.entity';
import { DraftChangeSummary } from './draft.types';
import { Provision, type ProvisionOfDossier } from './provision.entity';
import { isUuid } from '../../common/ids';

@Resolver(() => Draft)
export class DraftsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
  ) {}

  @InDossier('dossier.read')
  @Query(() => Draft)
  async draft(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context('req') request: object): Promise<Draft> {
    const draft = isUuid(id) ? await this.dataSource.getRepository(Draft).findOne({ where: { id } }) : null;
    if (!draft) throw notFound('The draft');
    await this.access.standingOnce(request, actor, draft.dossierId).catch(() => {
      throw notFound('The draft');
    });
    return draft;
  }

  /** At most this many provisions per `provisions(ids)` call. */
  static readonly MAX_PROVISIONS = 100;

  @InDossier('dossier.read')
  @Query(() => [Provision], {
    name: 'provisions',
    // Costs what it returns: each provision asked for counts with everything asked of it.
    complexity: ({ args, childComplexity }) => Math.max(1, Array.isArray(args.ids) ? args.ids.length : 1) * childComplexity,
    description: 'Some provisions, in the order asked (at most 100): e.g. to refresh the threads a live event names, without reloading the draft.',
  })
  async provisionsByIds(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Context('req') request: object,
  ): Promise<Provision[]> {
    if (ids.length > DraftsResolver.MAX_PROVISIONS) throw badInput(`Ask for at most ${DraftsResolver.MAX_PROVISIONS} provisions at once.`);
    const wanted = [...new Set(ids)];
    const rows: Array<Provision & { dossierId: string }> = wanted.every((id) => isUuid(id))
      ? await this.dataSource.query(
          `SELECT p.id, p.draft_id AS "draftId", p.parent_id AS "parentId", p.kind, p.key, p.number, p.heading, p.text, p.notes,
                  p.position, p.depth, p.previous_id AS "previousId", p.matched_by AS "matchedBy", p.word_diff AS "wordDiff",
                  d.dossier_id AS "dossierId"
             FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1)`,
          [wanted],
        )
      : [];
    // A provision of a dossier one may not read does not exist for them.
    for (const dossierId of new Set(rows.map((row) => row.dossierId))) {
      await this.access.standingOnce(request, actor, dossierId).catch(() => {
        throw notFound('The provision');
      });
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const provision = byId.get(id);
      if (!provision) throw notFound('The provision');
      return provision;
    });
  }

  @ResolveField(() => [Provision], { description: 'Every provision, in document order.' })
  provisions(@Parent() draft: Draft, @Context('req') request: object): Promise<Provision[]> {
    return requestLoader(request, 'provisionsOfDraft', async (ids: readonly string[]) => {
      // Raw rows under the property names: a long draft has thousands of provisions, no entity hydration needed.
      // With its dossier, so what is read beside each provision needs no query to find it (ProvisionsResolver).
      const rows: ProvisionOfDossier[] = await this.dataSource.query(
        `SELECT p.id, p.draft_id AS "draftId", p.parent_id AS "parentId", p.kind, p.key, p.number, p.heading, p.text, p.notes,
                p.position, p.depth, p.previous_id AS "previousId", p.matched_by AS "matchedBy", p.word_diff AS "wordDiff",
                d.dossier_id AS "dossierId"
           FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.draft_id = ANY($1) ORDER BY p.position`,
        [ids],
      );
      return groupBy(ids, rows, (row) => row.draftId);
    }).load(draft.id);
  }

  @ResolveField(() => DraftChangeSummary, { nullable: true, description: 'Against the previous version; null for the first.' })
  async changeSummary(@Parent() draft: Draft): Promise<DraftChangeSummary | null> {
    if (draft.version === 1) return null;
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.previous_id IS NULL)::int AS added,
              count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') <> regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS changed,
              count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') = regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS unchanged
         FROM provision p LEFT JOIN provision q ON q.id = p.previous_id
        WHERE p.draft_id = $1 AND p.kind = 'ARTICLE'`,
      [draft.id],
    );
    const [{ removed }] = await this.dataSource.query(
      `SELECT count(*)::int AS removed FROM provision q
         JOIN draft d ON d.id = q.draft_id AND d.dossier_id = $2 AND d.version = $3
        WHERE q.kind = 'ARTICLE' AND NOT EXISTS (SELECT 1 FROM provision p WHERE p.draft_id = $1 AND p.previous_id = q.id)`,
      [draft.id, draft.dossierId, draft.version - 1],
    );
    return { ...counts, removed };
  }
}

@Resolver(() => Dossier)
export class DossierDraftsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Draft], { description: 'Every version, newest first.' })
  drafts(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Draft[]> {
    return requestLoader(request, 'draftsOfDossier', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Draft).find({ where: { dossierId: In([...ids]) }, order: { version: 'DESC' } });
      return groupBy(ids, rows, (row) => row.dossierId);
    }).load(dossier.id);
  }

  @ResolveField(() => Draft, { nullable: true, description: 'The newest version.' })
  async currentDraft(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Draft | null> {
    return (await this.drafts(dossier, request))[0] ?? null;
  }
}
