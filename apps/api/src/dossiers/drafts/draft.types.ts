import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { TextMarkKind } from '@tripart/contracts';

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

@ObjectType({ description: 'Inline structure of a provision’s text that carries meaning, as a range of its plain text.' })
export class TextMark {
  @Field(() => String, { description: 'STRONG, EMPHASIS, UNDERLINE, SUPERSCRIPT, SUBSCRIPT, REFERENCE, DEFINITION or TERM' })
  kind: TextMarkKind;

  @Field(() => Int, { description: 'UTF-16 offset in the text where the mark starts.' })
  start: number;

  @Field(() => Int, { description: 'UTF-16 offset in the text where the mark ends (excluded).' })
  end: number;

  @Field(() => String, { nullable: true, description: 'A REFERENCE to a provision of the same draft: its key.' })
  target?: string | null;
}
