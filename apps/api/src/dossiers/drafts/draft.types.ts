import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What a version changed in the articles of the previous one.' })
export class DraftChangeSummary {
  @Field(() => Int)
  added: number;

  @Field(() => Int)
  removed: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType({ description: 'A piece of a word-level diff.' })
export class DiffPart {
  @Field(() => String, { description: 'equal, insert or delete' })
  op: string;

  @Field(() => String)
  text: string;
}
