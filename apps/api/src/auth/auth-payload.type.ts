import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../people/user.entity';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field(() => String)
  accessToken: string;

  @Field(() => String, { description: 'Single use: exchange it with refreshAccessToken for a new pair.' })
  refreshToken: string;

  @Field(() => Date)
  accessTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}
