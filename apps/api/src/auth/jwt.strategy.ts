import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../access/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isUuid } from '../common/ids';
import type { AccessTokenPayload } from './access-token';
import { ActorLoader } from './actor.loader';

/** Bearer access tokens, for GraphQL, HTTP and the Socket.IO handshake. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly actors: ActorLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object made once: given the string, jsonwebtoken first tries (and fails) to read a public key from it on every request.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret!)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<Actor | false> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !isUuid(payload.sid)) return false;
    return (await this.actors.load(payload.sub, payload.sid)) ?? false;
  }
}
