import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Constituency } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { Hand } from './hand.entity';

@ObjectType()
export class PersonRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType({ description: 'A waiting hand and its place; every client gets the same order.' })
export class QueueEntry {
  @Field(() => Int)
  position: number;

  @Field(() => Hand)
  hand: Hand;

  @Field(() => PersonRef)
  person: PersonRef;
}

@ObjectType()
export class Floor {
  @Field(() => Hand)
  hand: Hand;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => Date)
  since: Date;

  @Field(() => Date, { description: 'Server clock; clients correct with serverTime.' })
  deadline: Date;
}

@ObjectType()
export class SpeakingTotal {
  @Field(() => ConstituencyEnum)
  constituency: Constituency;

  @Field(() => PersonRef, { nullable: true, description: 'Null in the per-side totals.' })
  person: PersonRef | null;

  @Field(() => Int)
  seconds: number;
}

@ObjectType({ description: 'What I may do in this session.' })
export class SessionStanding {
  @Field(() => Boolean)
  canRun: boolean;

  @Field(() => Boolean)
  canSpeak: boolean;

  @Field(() => Boolean)
  canDeclareStance: boolean;

  @Field(() => ConstituencyEnum, { nullable: true })
  constituency: Constituency | null;
}

/** A message in a delegation’s private caucus channel. */
@ObjectType()
export class CaucusMessageView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  authorName: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}
