import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A provision of the previous version that no provision of this one follows: shown where it stood, as removed.' })
export class RemovedProvision {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  kind: string;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field(() => String)
  text: string;

  @Field(() => ID, { nullable: true, description: 'The provision of this version after which it stood; null: before the first.' })
  afterId: string | null;
}

interface Placed {
  id: string;
  position: number;
}

/**
 * The provisions of the previous version (in document order) that nothing
 * in the new one follows, each placed after the new provision that follows
 * the nearest kept provision before it.
 */
export function removedProvisions<P extends Placed & Omit<RemovedProvision, 'afterId'>>(
  previous: readonly P[],
  next: ReadonlyArray<Placed & { previousId: string | null }>,
): RemovedProvision[] {
  const successorOf = new Map(next.flatMap((provision) => (provision.previousId ? [[provision.previousId, provision.id] as const] : [])));
  const removed: RemovedProvision[] = [];
  let afterId: string | null = null;
  for (const provision of [...previous].sort((a, b) => a.position - b.position)) {
    const successor = successorOf.get(provision.id);
    if (successor) afterId = successor;
    else removed.push({ id: provision.id, kind: provision.kind, number: provision.number, heading: provision.heading, text: provision.text, afterId });
  }
  return removed;
}
