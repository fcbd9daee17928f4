import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { PositionsService } from './positions.service';
import { SubmissionDirectory } from './submission-directory';
import { Submission } from './submission.entity';

@Resolver(() => Submission)
export class PositionsResolver {
  constructor(
    private readonly positions: PositionsService,
    private readonly submissions: SubmissionDirectory,
    private readonly access: DossierAccess,
  ) {}

  @InDossier('position.submit', 'ownDelegation')
  @Mutation(() => Submission, { description: 'Submit my delegation’s position paper as it stands now (leads). Later ones supersede it.' })
  submitPosition(
    @CurrentActor() actor: Actor,
    @Args('delegationId', { type: () => ID }) delegationId: string,
    @Args('draftId', { type: () => ID }) draftId: string,
  ): Promise<Submission> {
    return this.positions.submit(actor, delegationId, draftId);
  }

  @InDossier('dossier.read')
  @Query(() => [Submission], { description: 'Every submitted position of a dossier, oldest first: what the plenary sees.' })
  async positionSubmissions(
    @CurrentActor() actor: Actor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('latest', { type: () => Boolean, defaultValue: false, description: 'Only each delegation’s latest submission on each draft (what the consensus matrix shows); the superseded ones are left out.' }) latest: boolean,
    @Context('req') request: object,
  ): Promise<Submission[]> {
    await this.access.standingOnce(request, actor, dossierId);
    return latest ? this.submissions.latestOf(dossierId) : this.positions.submissionsOf(dossierId);
  }
}
