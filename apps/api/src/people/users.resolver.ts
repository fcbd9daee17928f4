import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { requestLoader } from '../common/request-loaders';
import { UpdateProfileInput } from './dto/user.inputs';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { User } from './user.entity';
import { UsersService } from './users.service';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { visibleEmail } from './email-visibility';
import { Abilities } from './abilities.type';
import { can } from '../access/policy';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly organizationsService: OrganizationsService,
    private readonly dossierReads: DossierReads,
  ) {}

  @Allow('profile.read')
  @Query(() => User, { description: 'The signed-in person.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.usersService.get(actor.userId);
  }

  @Allow('user.list')
  @Query(() => [User], { description: 'Everyone with an account (administrators).' })
  users(): Promise<User[]> {
    return this.usersService.list();
  }

  @Allow('profile.update')
  @Mutation(() => User, { description: 'Change my name or language.' })
  updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<User> {
    return this.usersService.updateProfile(actor.userId, input);
  }

  @Allow('user.disable')
  @Mutation(() => User, { description: 'Disable (or enable again) an account; disabling ends its sign-ins.' })
  setUserDisabled(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('disabled', { type: () => Boolean }) disabled: boolean,
  ): Promise<User> {
    return this.usersService.setDisabled(actor.userId, userId, disabled);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Shown to the person, to administrators and to the facilitators of a dossier the person takes part in; null to everyone else.',
  })
  email(@Parent() user: User, @Context('req') request: { user?: Actor }): Promise<string | null> {
    // Not CurrentActor: public operations (sign-in, an invitation) have none, and their account is the holder's own.
    return visibleEmail(user, request?.user, (userId) => this.dossierReads.peopleFacilitatedBy(request ?? {}, userId));
  }

  @ResolveField(() => Abilities, { nullable: true, description: 'What this person may do across the platform: given to the person themselves only.' })
  abilities(@Parent() user: User, @Context('req') request: { user?: Actor }): Abilities | null {
    const actor = request?.user;
    if (!actor || actor.userId !== user.id) return null;
    return { canCreateDossier: can(actor, 'dossier.create'), canManagePeople: can(actor, 'user.invite') };
  }

  @ResolveField(() => [Organization])
  organizations(@Parent() user: User, @Context('req') request: object): Promise<Organization[]> {
    return requestLoader(request, 'organizationsOfUser', (ids: readonly string[]) => this.organizationsService.ofUsers(ids)).load(
      user.id,
    );
  }
}
