import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../people/user.entity';
import { ActorLoader } from './actor.loader';
import { AuthResolver } from './auth.resolver';
import { AuthSessionController } from './auth-session.controller';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
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
    PassportModule,
    TypeOrmModule.forFeature([User, RefreshToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthSessionController],
  providers: [ActorLoader, AuthResolver, JwtStrategy, LocalStrategy, PasswordPolicy, PasswordService, RefreshCookie, SignInLimiter, SignInService, TokenService],
  exports: [ActorLoader, PasswordPolicy, PasswordService, RefreshCookie, TokenService],
})
export class AuthModule {}
