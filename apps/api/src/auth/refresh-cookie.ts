import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The web app's refresh token: out of reach of scripts (HttpOnly), sent only to the routes that use it. */
export const REFRESH_COOKIE = 'tripart_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

/**
 * Sets, clears and reads the refresh cookie: HttpOnly, SameSite=Strict,
 * Path=/api/auth, and Secure wherever the app is reached over HTTPS.
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(request: Request, response: Response, refreshToken: string): void {
    response.cookie(REFRESH_COOKIE, refreshToken, { ...this.options(request), maxAge: this.config.refreshTokenTtlDays * 86_400_000 });
  }

  clear(request: Request, response: Response): void {
    response.clearCookie(REFRESH_COOKIE, this.options(request));
  }

  read(request: Request): string | null {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name !== REFRESH_COOKIE) continue;
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return null;
      }
    }
    return null;
  }

  private options(request: Request) {
    // Secure over HTTPS: PUBLIC_URL says so, or the request itself came in over TLS (a proxy on the loopback).
    return { httpOnly: true, secure: this.config.publicUrl.startsWith('https:') || request.secure, sameSite: 'strict' as const, path: REFRESH_COOKIE_PATH };
  }
}
