import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AcrossMyDossiers } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { MentionReads } from './mention-reads.repository';
import { MentionView } from './mention.view';

/**
 * "Mentioned me": read with today's standing, not the one at the time of the
 * mention — someone who left a delegation no longer sees its caucus notes here.
 */
@Resolver(() => MentionView)
export class MentionsResolver {
  constructor(private readonly reads: MentionReads) {}

  @AcrossMyDossiers()
  @Query(() => [MentionView], { description: 'Comments naming me with @ that I may still see, newest first.' })
  myMentions(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<MentionView[]> {
    return this.reads.mentionsOf(actor.userId, Math.max(1, Math.min(limit, 100)));
  }
}
