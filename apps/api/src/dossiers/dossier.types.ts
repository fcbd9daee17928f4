import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Constituency, ParticipantRole } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { ParticipantRoleEnum } from './participant.entity';

@ObjectType({ description: 'My place in a dossier and what I may do there, so the client never re-derives the rules.' })
export class DossierStandingView {
  @Field(() => ParticipantRoleEnum, { nullable: true })
  role: ParticipantRole | null;

  @Field(() => ConstituencyEnum, { nullable: true, description: 'My delegation’s side, when I am a delegate.' })
  constituency: Constituency | null;

  @Field(() => Boolean)
  isLead: boolean;

  @Field(() => Boolean)
  canManage: boolean;

  @Field(() => Boolean)
  canComment: boolean;

  @Field(() => Boolean, { description: 'May write comments only my delegation sees.' })
  canCommentPrivately: boolean;

  @Field(() => [ConstituencyEnum], { description: 'The delegations I may bring people into (seat, or propose): all three for a facilitator, my own for a lead, none otherwise.' })
  canBringInto: Constituency[];
}

@ObjectType({ description: 'Members per side.' })
export class Parity {
  @Field(() => Int)
  government: number;

  @Field(() => Int)
  employers: number;

  @Field(() => Int)
  workers: number;
}
