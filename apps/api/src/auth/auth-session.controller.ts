import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../access/access-rule.decorator';
import { allowedOrigins, isAllowedOrigin } from '../common/allowed-origin';
import { AppError, forbidden, unauthenticated } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccessChanges } from '../realtime/access-changes';
import { RefreshCookie } from './refresh-cookie';
import { TokenService } from './token.service';

/** What the web app gets from a refresh: the refresh token itself stays in the cookie. */
export interface RefreshedSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; locale: string };
}

/** Fetch Metadata: the browser says who asked; only the app's own pages (or a typed address) may. */
const SAME_SITE = new Set(['same-origin', 'none']);

/**
 * The web app's sign-in cookie, over plain HTTP: `POST /api/auth/refresh`
 * rotates it and answers a fresh access token; `POST /api/auth/sign-out`
 * ends the sign-in and clears it. Cross-site use is refused twice over: the
 * cookie is SameSite=Strict, and a request from another origin is FORBIDDEN.
 * (API integrators keep the GraphQL `refreshAccessToken` and `signOut`.)
 */
@Controller('api/auth')
export class AuthSessionController {
  private readonly origins: ReadonlySet<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: TokenService,
    private readonly cookie: RefreshCookie,
    private readonly accessChanges: AccessChanges,
  ) {
    this.origins = allowedOrigins(config);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<RefreshedSession> {
    this.refuseCrossSite(request);
    const presented = this.cookie.read(request);
    if (!presented) throw unauthenticated('Sign in to continue.');
    try {
      const issued = await this.tokens.rotate(presented);
      this.cookie.set(request, response, issued.refreshToken);
      return { accessToken: issued.accessToken, accessTokenExpiresAt: issued.accessTokenExpiresAt.toISOString(), user: { id: issued.user.id, locale: issued.user.locale } };
    } catch (error) {
      // A refused token ends the cookie; an outage does not (the sign-in is still good once the database is back).
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') this.cookie.clear(request, response);
      throw error;
    }
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    this.refuseCrossSite(request);
    const presented = this.cookie.read(request);
    const ended = presented ? await this.tokens.revoke(presented) : null;
    if (ended) this.accessChanges.sessionEnded(ended);
    this.cookie.clear(request, response);
  }

  private refuseCrossSite(request: Request): void {
    const site = request.headers['sec-fetch-site'];
    if (!isAllowedOrigin(request.headers.origin, this.origins) || (typeof site === 'string' && !SAME_SITE.has(site))) {
      throw forbidden('This request must come from Tripart itself.');
    }
  }
}
