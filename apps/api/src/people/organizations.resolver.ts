import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { constituencyOf, type Constituency } from '@tripart/contracts';
import { Allow } from '../access/access-rule.decorator';
import { requestLoader } from '../common/request-loaders';
import { Country } from '../reference/country.entity';
import { ReferenceService } from '../reference/reference.service';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.inputs';
import { ConstituencyEnum, Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly reference: ReferenceService,
  ) {}

  @Allow('organization.list')
  @Query(() => [Organization])
  organizations(): Promise<Organization[]> {
    return this.organizationsService.list();
  }

  @Allow('organization.create')
  @Mutation(() => Organization)
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.organizationsService.create(input);
  }

  @Allow('organization.update')
  @Mutation(() => Organization)
  updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationsService.update(id, input);
  }

  @ResolveField(() => Country)
  country(@Parent() organization: Organization, @Context('req') request: object): Promise<Country> {
    return requestLoader(request, 'country', (codes: readonly string[]) => this.reference.countriesByCode(codes)).load(
      organization.countryCode,
    );
  }

  @ResolveField(() => ConstituencyEnum, { nullable: true, description: 'The side it speaks for, if one of the three.' })
  constituency(@Parent() organization: Organization): Constituency | null {
    return constituencyOf(organization.kind);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() organization: Organization, @Context('req') request: object): Promise<number> {
    return requestLoader(request, 'memberCount', (ids: readonly string[]) => this.organizationsService.memberCounts(ids)).load(
      organization.id,
    );
  }
}
