import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CommentVisibility } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { mayBeMentioned } from '../access/comment-visibility';
import { CurrentActor } from '../access/current-actor.decorator';
import { standingOfSeat } from '../access/seat-standing';
import { DossierAccess } from '../access/dossier-access.service';
import { Dossier } from '../dossiers/dossier.entity';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { Participant } from '../dossiers/participant.entity';
import { CommentVisibilityEnum } from './comment.entity';

/** Whom the signed-in person may name with @ in a comment of a visibility: the participants who will read it (the policy decides; the web only lists them). */
@Resolver(() => Dossier)
export class MentionCandidatesResolver {
  constructor(
    private readonly reads: DossierReads,
    private readonly access: DossierAccess,
  ) {}

  @ResolveField(() => [Participant], { description: 'Whom I may name with @ in a comment of this visibility: the participants who will read it, me apart.' })
  async mentionCandidates(
    @Parent() dossier: Dossier,
    @Args('visibility', { type: () => CommentVisibilityEnum }) visibility: CommentVisibility,
    @CurrentActor() actor: Actor,
    @Context('req') request: object,
  ): Promise<Participant[]> {
    const standing = await this.access.standingOnce(request, actor, dossier.id);
    // A caucus note is my delegation's: with none, there is nobody to name in one.
    if (visibility === 'DELEGATION' && (standing.role !== 'DELEGATE' || !standing.delegationId)) return [];
    const comment = { visibility, delegationId: visibility === 'DELEGATION' ? standing.delegationId : null };
    const participants = await this.reads.participantsOf(request, dossier.id);
    return participants.filter((seat) => seat.userId !== actor.userId && mayBeMentioned(standingOfSeat(seat), comment));
  }
}
