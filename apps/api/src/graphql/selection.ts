import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Answers by the field's first node (one per field of a parsed document: Apollo keeps documents, a long list asks once per item). */
const ANSWERS = new WeakMap<FieldNode, Map<string, boolean>>();

/**
 * Whether the field being resolved asks, at any depth below it, for a field
 * named `name` (through fragments and inline fragments too; directives such
 * as @include are not evaluated, so a field it may skip counts as asked).
 * Lets a read leave out what no one asked for — a statement fewer on a hot
 * read — while a query that does ask gets it.
 */
export function asksBelow(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const [first] = info.fieldNodes;
  let answers = ANSWERS.get(first);
  if (!answers) ANSWERS.set(first, (answers = new Map()));
  let answer = answers.get(name);
  if (answer === undefined) answers.set(name, (answer = walk(info, name)));
  return answer;
}

function walk(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name || within(selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (within(selection.selectionSet)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (within(info.fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** Answers of `asksOf`, by the field's first node and the name asked about. */
const OWN_ANSWERS = new WeakMap<FieldNode, Map<string, boolean>>();

/**
 * Whether the field being resolved asks for its own field `name` (in its
 * selection set or its fragments, not deeper): lets a list's resolver read
 * side by side with the list what each item's field will ask for.
 */
export function asksOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const [first] = info.fieldNodes;
  let answers = OWN_ANSWERS.get(first);
  if (!answers) OWN_ANSWERS.set(first, (answers = new Map()));
  let answer = answers.get(name);
  if (answer === undefined) answers.set(name, (answer = asksDirectly(info, name)));
  return answer;
}

function asksDirectly(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    Boolean(set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return within(info.fragments[selection.name.value]?.selectionSet);
    }));
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
