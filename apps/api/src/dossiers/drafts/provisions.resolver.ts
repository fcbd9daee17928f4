import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { actorOfContext, type GraphqlContext } from '../../access/request-context';
import { asksBelow } from '../../graphql/selection';
import { CommentReader } from '../../comments/comment-reader.service';
import { CommentView } from '../../comments/comment.view';
import { groupBy, requestLoader } from '../../common/request-loaders';
import { DossierAccess } from '../../access/dossier-access.service';
import { ConventionLink } from './convention-link.entity';
import { DiffPart } from './draft.types';
import { Provision, type ProvisionOfDossier } from './provision.entity';
import { BY_ID, ProvisionReads } from './provision-reads.repository';
import type { ProvisionOfDraft } from './draft-provisions.reader';
import { wordDiff } from '@tripart/contracts';

/**
 * What the reader shows beside a provision. Each field is batched per
 * request, so one reader query costs the same few statements however long
 * the draft and however many comments. The resolvers take graphql-js's own
 * (parent, args, context) arguments, so Nest calls them directly: they run
 * once per provision of a long draft (measured with `npm run bench:reader`).
 */
/** Per request, the provisions whose threads were asked for, and whether with whom they mention. */
const THREADS_ASKED = new WeakMap<object, Map<string, boolean>>();
function threadsAsked(request: object): Map<string, boolean> {
  let asked = THREADS_ASKED.get(request);
  if (!asked) THREADS_ASKED.set(request, (asked = new Map()));
  return asked;
}

/** Comments not deleted in threads: what `commentCount` counts. */
function countLive(threads: CommentView[]): number {
  let count = 0;
  for (const thread of threads) {
    if (!thread.deletedAt) count += 1;
    for (const reply of thread.replies) if (!reply.deletedAt) count += 1;
  }
  return count;
}

@Resolver(() => Provision)
export class ProvisionsResolver {
  constructor(
    private readonly reads: ProvisionReads,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @ResolveField(() => [CommentView], { description: 'Threads I may see, oldest first; deleted comments as tombstones.' })
  comments(provision: ProvisionOfDraft, _args: unknown, context: GraphqlContext, info: GraphQLResolveInfo): CommentView[] | Promise<CommentView[]> {
    // Whom the comments mention is read only for a query that asks (a statement fewer on every live refresh that does not).
    const mentions = asksBelow(info, 'mentions');
    const beside = provision.beside;
    if (beside?.threads && (beside.mentions || !mentions)) return beside.threads.get(provision.id) ?? [];
    const asked = threadsAsked(context.req);
    asked.set(provision.id, mentions || (asked.get(provision.id) ?? false));
    return this.threadsLoader(context, mentions).load(provision);
  }

  @ResolveField(() => Int, { description: 'Comments I may see, not deleted.' })
  commentCount(provision: ProvisionOfDraft, _args: unknown, context: GraphqlContext): number | Promise<number> {
    const beside = provision.beside;
    if (beside?.threads) return countLive(beside.threads.get(provision.id) ?? []);
    if (beside?.commentCount) return beside.commentCount.get(provision.id) ?? 0;
    const request = context.req;
    const actor = actorOfContext(context);
    const loader = requestLoader(request, 'commentCountOfProvision', async (provisions: readonly ProvisionOfDossier[]) => {
      // Their threads are read in this request anyway: count those rather than asking the database again.
      const asked = threadsAsked(request);
      if (provisions.every(({ id }) => asked.has(id))) {
        const threads = await Promise.all(provisions.map((provision) => this.threadsLoader(context, asked.get(provision.id)!).load(provision).catch((error: Error) => error)));
        return threads.map((list) => (list instanceof Error ? list : countLive(list)));
      }
      const counts = new Map<string, number>();
      for (const [dossierId, provisionIds] of await this.reads.byDossier(provisions)) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        for (const [id, count] of await this.reader.countVisible(standing, dossierId, provisionIds)) counts.set(id, count);
      }
      return provisions.map(({ id }) => counts.get(id) ?? 0);
    }, BY_ID);
    return loader.load(provision);
  }

  @ResolveField(() => [DiffPart], { nullable: true, description: 'Word-level changes from the matching provision of the previous version.' })
  diff(provision: Provision, _args: unknown, context: GraphqlContext): DiffPart[] | null | Promise<DiffPart[]> {
    if (!provision.previousId) return null;
    // Stored at import: answered at once, without a promise per provision.
    if (provision.wordDiff) return provision.wordDiff.length || !provision.text ? provision.wordDiff : [{ op: 'equal', text: provision.text }];
    return this.diffFromPrevious(provision.previousId, provision.text, context);
  }

  /** Drafts imported before diffs were stored: the word diff against the previous version's provision. */
  private async diffFromPrevious(previousId: string, text: string, context: GraphqlContext): Promise<DiffPart[]> {
    const previous = await this.reads.provision(context.req, previousId);
    return wordDiff(previous.text, text);
  }

  @ResolveField(() => [ConventionLink])
  conventionLinks(provision: ProvisionOfDraft, _args: unknown, context: GraphqlContext): ConventionLink[] | Promise<ConventionLink[]> {
    const read = provision.beside?.conventionLinks;
    if (read) return read.get(provision.id) ?? [];
    return this.reads.linksOf(context.req, provision);
  }

  /**
   * The threads of provisions, one batch per request (shared by `comments` and `commentCount`), with
   * whom they mention or without: two loaders, so that a query asking in one place and not in another gets both right.
   */
  private threadsLoader(context: GraphqlContext, mentions: boolean) {
    const request = context.req;
    const actor = actorOfContext(context);
    return requestLoader(request, mentions ? 'threadsOfProvisionWithMentions' : 'threadsOfProvision', async (provisions: readonly ProvisionOfDossier[]) => {
      const threads: CommentView[] = [];
      for (const [dossierId, provisionIds] of await this.reads.byDossier(provisions)) {
        const standing = await this.access.standingOnce(request, actor, dossierId);
        const comments = await this.reader.visible(standing, { dossierId, provisionIds, includeDeleted: true, mentions });
        threads.push(...(await this.reader.threads(standing, comments)));
      }
      return groupBy(provisions.map(({ id }) => id), threads, (thread) => thread.provisionId);
    }, BY_ID);
  }
}
