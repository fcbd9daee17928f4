import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { asksBelow } from './selection';

/** The resolve info of the operation's first root field, as an executor hands it to that field's resolver. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('asksBelow', () => {
  it('finds a field asked at any depth', () => {
    expect(asksBelow(infoOf('{ comments { id replies { mentions { id } } } }'), 'mentions')).toBe(true);
  });

  it('finds a field asked through a fragment, nested in another, or an inline fragment', () => {
    expect(asksBelow(infoOf('{ comments { ...A } } fragment A on Comment { replies { ...B } } fragment B on Comment { mentions { id } }'), 'mentions')).toBe(true);
    expect(asksBelow(infoOf('{ comments { ... on Comment { mentions { id } } } }'), 'mentions')).toBe(true);
  });

  it('answers no when the field is not asked, by name or by alias', () => {
    expect(asksBelow(infoOf('{ comments { id body mentioned: body replies { id } } }'), 'mentions')).toBe(false);
  });

  it('does not loop on a fragment spread twice', () => {
    expect(asksBelow(infoOf('{ comments { ...A replies { ...A } } } fragment A on Comment { id }'), 'mentions')).toBe(false);
  });
});
