import { Field, ObjectType } from '@nestjs/graphql';
import { Invitation } from './invitation.entity';

@ObjectType({ description: 'A new invitation and the link to send; the token is shown only once.' })
export class InvitationLink {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field(() => String)
  token: string;

  @Field(() => String)
  url: string;
}

@ObjectType({ description: 'What an invitee sees before accepting.' })
export class InvitationPreview {
  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  organizationName: string;

  @Field(() => Date)
  expiresAt: Date;
}
