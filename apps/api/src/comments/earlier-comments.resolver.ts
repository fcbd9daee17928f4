import { Context, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { Dossier } from '../dossiers/dossier.entity';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { CommentReader } from './comment-reader.service';
import { CommentView } from './comment.view';

@ObjectType({ description: 'A thread whose quote is gone from the newest version, shown with the text it was written on.' })
export class EarlierThread {
  @Field(() => CommentView)
  thread: CommentView;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  provisionNumber: string | null;

  @Field(() => String, { nullable: true })
  provisionHeading: string | null;

  @Field(() => String)
  provisionText: string;

  @Field(() => ID, { nullable: true, description: 'The provision of the newest version that follows the one the thread is on; null when a later version removed it.' })
  followedBy: string | null;
}

@Resolver(() => Dossier)
export class EarlierCommentsResolver {
  constructor(
    private readonly provisions: ProvisionDirectory,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @ResolveField(() => [EarlierThread], { description: 'Threads left on previous versions (never lost, never silently moved).' })
  async commentsOnPreviousVersions(@Parent() dossier: Dossier, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<EarlierThread[]> {
    const standing = await this.access.standingOnce(request, actor, dossier.id);
    const comments = await this.reader.visible(standing, { dossierId: dossier.id, onPreviousVersion: true, includeDeleted: true });
    const threads = (await this.reader.threads(standing, comments)).filter((thread) => !thread.deletedAt || thread.replies.length);
    if (!threads.length) return [];
    const ids = threads.map((thread) => thread.provisionId);
    const [provisions, followers] = await Promise.all([this.provisions.byIds(ids), this.provisions.followersInNewest(dossier.id, ids)]);
    return threads.map((thread) => {
      const provision = provisions.get(thread.provisionId)!;
      return {
        thread,
        version: provision.version,
        provisionNumber: provision.number,
        provisionHeading: provision.heading,
        provisionText: provision.text,
        followedBy: followers.get(thread.provisionId) ?? null,
      };
    });
  }
}
