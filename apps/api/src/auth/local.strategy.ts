import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { User } from '../people/user.entity';
import { SignInService } from './sign-in.service';

/** Email and password, checked with throttling per account and client address (see SignInService). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  /** The client address is Express's `request.ip`: the peer, or the forwarded one behind a proxy on the loopback (`trust proxy`). */
  validate(request: Request, email: string, password: string): Promise<User> {
    return this.signIn.checkCredentials(email, password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
  }
}
