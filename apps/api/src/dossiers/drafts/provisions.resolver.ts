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
import { Provision } from './provision.entity';
import { wordDiff } from '@tripart/contracts';

/**
 * What the reader shows beside a provision. Each field is batched per
 * request, so one reader query costs the same few statements however long
 * the draft and however many comments. The resolvers take graphql-js's own
 * (parent, args, context) arguments, so Nest calls them directly: they run
 * once per provision of a long draft (measured with `npm run bench:reader`).
 */
@Resolver(() => Provision)
export class ProvisionsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @ResolveField(() => [CommentView], { description: 'Threads I may see, oldest first; deleted comments as tombstones.' })
  comments(provision: Provision, _args: unknown, context: GraphqlContext): Promise<CommentView[]> {
    const request = context.req;
    const actor = actorOfContext(context);
    return requestLoader(request, 'threadsOfProvision', async (ids: readonly string[]) => {
      const byDossier = await this.dossiersOf(ids);
      const threads: CommentView[] = [];
      for (const [dossierId, provisionIds] of byDossier) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        const comments = await this.reader.visible(standing, { dossierId, provisionIds, includeDeleted: true });
        threads.push(...(await this.reader.threads(standing, comments)));
      }
      return groupBy(ids, threads, (thread) => thread.provisionId);
    }).load(provision.id);
  }

  @ResolveField(() => Int, { description: 'Comments I may see, not deleted.' })
  commentCount(provision: Provision, _args: unknown, context: GraphqlContext): Promise<number> {
    const request = context.req;
    const actor = actorOfContext(context);
    return requestLoader(request, 'commentCountOfProvision', async (ids: readonly string[]) => {
      const counts = new Map<string, number>();
      for (const [dossierId, provisionIds] of await this.dossiersOf(ids)) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        for (const [id, count] of await this.reader.countVisible(standing, dossierId, provisionIds)) counts.set(id, count);
      }
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(provision.id);
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

  private async dossiersOf(provisionIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ id: string; dossier_id: string }> = await this.dataSource.query(
      'SELECT p.id, d.dossier_id FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1)',
      [provisionIds],
    );
    const map = new Map<string, string[]>();
    for (const row of rows) {
      const ids = map.get(row.dossier_id);
      if (ids) ids.push(row.id);
      else map.set(row.dossier_id, [row.id]);
    }
    return map;
  }
}
