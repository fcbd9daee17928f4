import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access-rule.decorator';
import type { Request, Response } from 'express';
import { AccessChanges } from '../realtime/access-changes';
import { User } from '../people/user.entity';
import { AuthPayload } from './auth-payload.type';
import { GqlLocalAuthGuard } from './gql-local-auth.guard';
import { RefreshCookie } from './refresh-cookie';
import { TokenService } from './token.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly accessChanges: AccessChanges,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @UseGuards(GqlLocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  async signIn(
    @Args('email', { type: () => String }) _email: string,
    @Args('password', { type: () => String }) _password: string,
    @Context('req') request: Request & { user?: unknown },
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    const issued = await this.tokens.issue(request.user as unknown as User);
    // For the web app, the refresh token also travels as an HttpOnly cookie (see AuthSessionController).
    this.cookie.set(request, response, issued.refreshToken);
    return issued;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token for a new access and refresh token.' })
  refreshAccessToken(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<AuthPayload> {
    return this.tokens.rotate(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sign out: the refresh token and its predecessors stop working.' })
  async signOut(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<boolean> {
    // Its access tokens stop working too (they name the sign-in), and its open live connections close.
    const ended = await this.tokens.revoke(refreshToken);
    if (ended) this.accessChanges.sessionEnded(ended);
    return true;
  }
}
