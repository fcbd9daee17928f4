import { Args, Context, Field, ID, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { requestLoader } from '../../common/request-loaders';
import { Convention } from '../../reference/convention.entity';
import { Dossier } from '../dossier.entity';
import { ConventionLink } from './convention-link.entity';
import { LinkConventionInput } from './convention-link.inputs';
import { ConventionLinksService } from './convention-links.service';
import { Draft } from './draft.entity';
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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    return requestLoader(request, 'provisionById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Provision).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? new Error('gone'));
    }).load(link.provisionId);
  }
}

@Resolver(() => Dossier)
export class DossierCoverageResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [ConventionCoverage], { description: 'Per linked convention (and any convention linked from the current draft).' })
  async coverage(@Parent() dossier: Dossier): Promise<ConventionCoverage[]> {
    const links = await this.dataSource
      .getRepository(ConventionLink)
      .createQueryBuilder('l')
      .innerJoin(Provision, 'p', 'p.id = l.provision_id')
      .innerJoin(Draft, 'd', 'd.id = p.draft_id')
      .where('d.dossier_id = :dossierId', { dossierId: dossier.id })
      .andWhere('d.version = (SELECT max(version) FROM draft WHERE dossier_id = :dossierId)')
      .orderBy('l.convention_code')
      .addOrderBy('l.article')
      .getMany();
    const linked: Array<{ convention_code: string }> = await this.dataSource.query('SELECT convention_code FROM dossier_convention WHERE dossier_id = $1', [dossier.id]);
    const codes = [...new Set([...linked.map((row) => row.convention_code), ...links.map((link) => link.conventionCode)])].sort();
    const conventions = codes.length ? await this.dataSource.getRepository(Convention).find({ where: { code: In(codes) } }) : [];
    return codes.map((code) => ({
      convention: conventions.find((c) => c.code === code)!,
      links: links.filter((link) => link.conventionCode === code),
    }));
  }
}
