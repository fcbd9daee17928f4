import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Allow, Public } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { AuthPayload } from '../auth/auth-payload.type';
import { RefreshCookie } from '../auth/refresh-cookie';
import { AcceptInvitationInput, InviteUserInput } from './dto/user.inputs';
import { Invitation } from './invitation.entity';
import { InvitationLink, InvitationPreview } from './invitation.types';
import { InvitationsService } from './invitations.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly organizationsService: OrganizationsService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Allow('user.invite')
  @Mutation(() => InvitationLink, { description: 'Invite a person; returns the single-use link to send them.' })
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput): Promise<InvitationLink> {
    return this.invitationsService.invite(actor, input);
  }

  @Allow('invitation.list')
  @Query(() => [Invitation], { description: 'Invitations not yet accepted nor expired.' })
  invitations(): Promise<Invitation[]> {
    return this.invitationsService.pending();
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'Who an invitation is for, before accepting it.' })
  async invitation(@Args('token', { type: () => String }) token: string): Promise<InvitationPreview> {
    const invitation = await this.invitationsService.usable(token);
    return {
      email: invitation.email,
      displayName: invitation.displayName,
      organizationName: invitation.organization?.name ?? '',
      expiresAt: invitation.expiresAt,
    };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Set a password, create the account and sign in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    const issued = await this.invitationsService.accept(input);
    this.cookie.set(request, response, issued.refreshToken); // for the web app, as signIn does
    return issued;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'None for the first administrator, invited before any organization existed.' })
  async organization(@Parent() invitation: Invitation): Promise<Organization | null> {
    return invitation.organizationId ? this.organizationsService.get(invitation.organizationId) : null;
  }
}
