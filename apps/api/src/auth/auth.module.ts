import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../people/user.entity';
import { AccessTokenVerifier } from './access-token.verifier';
import { ActorLoader } from './actor.loader';
import { AuthResolver } from './auth.resolver';
import { AuthSessionController } from './auth-session.controller';
import { GqlLocalAuthGuard } from './gql-local-auth.guard';
import { PasswordPolicy } from './password-policy';
import { PasswordService } from './password.service';
import { RefreshCookie } from './refresh-cookie';
import { RefreshToken } from './refresh-token.entity';
import { SignInLimiter } from './sign-in-limiter';
import { SignInService } from './sign-in.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthSessionController],
  providers: [AccessTokenVerifier, ActorLoader, AuthResolver, GqlLocalAuthGuard, PasswordPolicy, PasswordService, RefreshCookie, SignInLimiter, SignInService, TokenService],
  exports: [AccessTokenVerifier, ActorLoader, PasswordPolicy, PasswordService, RefreshCookie, TokenService],
})
export class AuthModule {}
