import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { Dossier } from '../dossiers/dossier.entity';
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
}

@Resolver(() => Dossier)
export class EarlierCommentsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @ResolveField(() => [EarlierThread], { description: 'Threads left on previous versions (never lost, never silently moved).' })
  async commentsOnPreviousVersions(@Parent() dossier: Dossier, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<EarlierThread[]> {
    const standing = await this.access.standingOnce(request, actor, dossier.id);
    const comments = await this.reader.visible(standing, { dossierId: dossier.id, onPreviousVersion: true, includeDeleted: true });
    const threads = (await this.reader.threads(standing, comments)).filter((thread) => !thread.deletedAt || thread.replies.length);
    if (!threads.length) return [];
    const provisions: Array<{ id: string; number: string | null; heading: string | null; text: string; version: number }> = await this.dataSource.query(
      'SELECT p.id, p.number, p.heading, p.text, d.version FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1)',
      [[...new Set(threads.map((thread) => thread.provisionId))]],
    );
    return threads.map((thread) => {
      const provision = provisions.find((p) => p.id === thread.provisionId)!;
      return { thread, version: provision.version, provisionNumber: provision.number, provisionHeading: provision.heading, provisionText: provision.text };
    });
  }
}
