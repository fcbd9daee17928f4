import { JwtService } from '@nestjs/jwt';
import type { TestApp } from './test-app';

/** The same person and sign-in as `accessToken`, in a token that expires in `seconds` (JWT expiries are whole seconds). */
export async function shortLivedToken(t: TestApp, accessToken: string, seconds: number): Promise<{ token: string; expiresAt: number }> {
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
  const exp = Math.floor(Date.now() / 1000) + seconds;
  const token = await new JwtService({ secret: t.config.jwtSecret }).signAsync({ sub: claims.sub, typ: 'access', sid: claims.sid, exp });
  return { token, expiresAt: exp * 1000 };
}

/** Resolves once the clock has passed `time` (ms since the epoch): a condition, not a guess at how long things take. */
export async function clockPast(time: number): Promise<void> {
  while (Date.now() <= time) await new Promise((resolve) => setTimeout(resolve, Math.min(50, time - Date.now() + 1)));
}
