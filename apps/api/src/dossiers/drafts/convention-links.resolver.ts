import { Args, Context, Field, ID, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { Convention } from '../../reference/convention.entity';
import { Dossier } from '../dossier.entity';
import { ConventionLinkReads } from './convention-link-reads.repository';
import { ConventionLink } from './convention-link.entity';
import { LinkConventionInput } from './convention-link.inputs';
import { ConventionLinksService } from './convention-links.service';
import { Provision } from './provision.entity';

@ObjectType({ description: 'For one convention of the dossier: which provisions of the current draft address which of its articles, with gaps noted.' })
export class ConventionCoverage {
  @Field(() => Convention)
  convention: Convention;

  @Field(() => [ConventionLink])
  links: ConventionLink[];
}

/** The gap analysis: links from provisions to convention articles, and the coverage they add up to. */
@Resolver(() => ConventionLink)
export class ConventionLinksResolver {
  constructor(
    private readonly reads: ConventionLinkReads,
    private readonly links: ConventionLinksService,
  ) {}

  @InDossier('dossier.manage')
  @Mutation(() => ConventionLink, { description: 'Link a provision to a convention article, with a gap note (facilitators).' })
  linkConvention(@CurrentActor() actor: Actor, @Args('input') input: LinkConventionInput): Promise<ConventionLink> {
    return this.links.link(actor, input);
  }

  @InDossier('dossier.manage')
  @Mutation(() => Boolean)
  unlinkConvention(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.links.unlink(actor, id);
  }

  @InDossier('dossier.manage')
  @Mutation(() => ConventionLink, { description: 'The gap note of a link carried to a changed provision still holds: it no longer needs review (facilitators).' })
  markConventionLinkReviewed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ConventionLink> {
    return this.links.markReviewed(actor, id);
  }

  @ResolveField(() => Provision)
  provision(@Parent() link: ConventionLink, @Context('req') request: object): Promise<Provision> {
    return this.reads.provision(request, link.provisionId);
  }
}

@Resolver(() => Dossier)
export class DossierCoverageResolver {
  constructor(private readonly reads: ConventionLinkReads) {}

  @ResolveField(() => [ConventionCoverage], { description: 'Per linked convention (and any convention linked from the current draft).' })
  coverage(@Parent() dossier: Dossier): Promise<ConventionCoverage[]> {
    return this.reads.coverage(dossier.id);
  }
}
