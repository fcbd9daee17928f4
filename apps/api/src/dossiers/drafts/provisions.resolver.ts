import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { actorOfContext, type GraphqlContext } from '../../access/request-context';
import { CommentReader } from '../../comments/comment-reader.service';
import { CommentView } from '../../comments/comment.view';
import { groupBy, requestLoader } from '../../common/request-loaders';
import { DossierAccess } from '../dossier-access.service';
import { ConventionLink } from './convention-link.entity';
import { DiffPart } from './draft.types';
import { Provision, type ProvisionOfDossier } from './provision.entity';
import { wordDiff } from '@tripart/contracts';

/**
 * What the reader shows beside a provision. Each field is batched per
 * request, so one reader query costs the same few statements however long
 * the draft and however many comments. The resolvers take graphql-js's own
 * (parent, args, context) arguments, so Nest calls them directly: they run
 * once per provision of a long draft (measured with `npm run bench:reader`).
 */
/** Provisions are batched by id (the rows themselves are the keys: they may carry their dossier). */
const BY_ID = { cacheKeyFn: (provision: ProvisionOfDossier) => provision.id };

@Resolver(() => Provision)
export class ProvisionsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @ResolveField(() => [CommentView], { description: 'Threads I may see, oldest first; deleted comments as tombstones.' })
  comments(provision: ProvisionOfDossier, _args: unknown, context: GraphqlContext): Promise<CommentView[]> {
    const request = context.req;
    const actor = actorOfContext(context);
    const loader = requestLoader(request, 'threadsOfProvision', async (provisions: readonly ProvisionOfDossier[]) => {
      const threads: CommentView[] = [];
      for (const [dossierId, provisionIds] of await this.dossiersOf(provisions)) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        const comments = await this.reader.visible(standing, { dossierId, provisionIds, includeDeleted: true });
        threads.push(...(await this.reader.threads(standing, comments)));
      }
      return groupBy(provisions.map(({ id }) => id), threads, (thread) => thread.provisionId);
    }, BY_ID);
    return loader.load(provision);
  }

  @ResolveField(() => Int, { description: 'Comments I may see, not deleted.' })
  commentCount(provision: ProvisionOfDossier, _args: unknown, context: GraphqlContext): Promise<number> {
    const request = context.req;
    const actor = actorOfContext(context);
    const loader = requestLoader(request, 'commentCountOfProvision', async (provisions: readonly ProvisionOfDossier[]) => {
      const counts = new Map<string, number>();
      for (const [dossierId, provisionIds] of await this.dossiersOf(provisions)) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        for (const [id, count] of await this.reader.countVisible(standing, dossierId, provisionIds)) counts.set(id, count);
      }
      return provisions.map(({ id }) => counts.get(id) ?? 0);
    }, BY_ID);
    return loader.load(provision);
  }

  @ResolveField(() => [DiffPart], { nullable: true, description: 'Word-level changes from the matching provision of the previous version.' })
  async diff(provision: Provision, _args: unknown, context: GraphqlContext): Promise<DiffPart[] | null> {
    if (!provision.previousId) return null;
    if (provision.wordDiff) return provision.wordDiff.length || !provision.text ? provision.wordDiff : [{ op: 'equal', text: provision.text }];
    const previous = await requestLoader(context.req, 'provisionById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Provision).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? new Error('gone'));
    }).load(provision.previousId);
    return wordDiff(previous.text, provision.text);
  }

  @ResolveField(() => [ConventionLink])
  conventionLinks(provision: Provision, _args: unknown, context: GraphqlContext): Promise<ConventionLink[]> {
    return requestLoader(context.req, 'linksOfProvision', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(ConventionLink).find({ where: { provisionId: In([...ids]) }, order: { conventionCode: 'ASC', article: 'ASC' } });
      return groupBy(ids, rows, (row) => row.provisionId);
    }).load(provision.id);
  }

  /** The provisions' ids by dossier: from the rows when they were read with it, else one query. */
  private async dossiersOf(provisions: readonly ProvisionOfDossier[]): Promise<Map<string, string[]>> {
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
