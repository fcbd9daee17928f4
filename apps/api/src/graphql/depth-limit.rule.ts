import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

/** Fragments spreading fragments: a few levels in real operations; past this, the chain alone is refused. */
export const MAX_FRAGMENT_NESTING = 32;

/**
 * graphql-depth-limit, guarded: it follows fragment spreads without remembering
 * them, so fragments that spread each other overflowed its stack (an HTTP 500).
 * A cycle is left to graphql-js's own NoFragmentCycles rule (a 400 that names
 * the fragments), and a chain of spreads deeper than MAX_FRAGMENT_NESTING is
 * refused here, measured without recursion.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const measureDepth = depthLimit(maxDepth);
  return (context: ValidationContext): ASTVisitor => {
    const nesting = fragmentNesting(context.getDocument());
    if (nesting === 'cycle') return {};
    if (nesting > MAX_FRAGMENT_NESTING) {
      context.reportError(new GraphQLError(`Fragments nest ${nesting} deep, which exceeds maximum operation depth (${MAX_FRAGMENT_NESTING} nested fragments).`));
      return {};
    }
    return measureDepth(context) as ASTVisitor;
  };
}

/** How deep fragment spreads nest (0 without fragments), or 'cycle' when a fragment reaches itself. */
export function fragmentNesting(document: DocumentNode): number | 'cycle' {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const depth = new Map<string, number>(); // finished fragments: the nesting below them
  const onPath = new Set<string>();
  let deepest = 0;
  for (const start of fragments.keys()) {
    if (depth.has(start)) continue;
    const stack: Array<{ name: string; spreads: string[]; next: number; below: number }> = [];
    const enter = (name: string) => {
      onPath.add(name);
      stack.push({ name, spreads: spreadsOf(fragments.get(name)!.selectionSet), next: 0, below: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next === top.spreads.length) {
        stack.pop();
        onPath.delete(top.name);
        const own = top.below + 1;
        depth.set(top.name, own);
        deepest = Math.max(deepest, own);
        if (stack.length > 0) stack[stack.length - 1].below = Math.max(stack[stack.length - 1].below, own);
        continue;
      }
      const name = top.spreads[top.next++];
      if (onPath.has(name)) return 'cycle';
      if (!fragments.has(name)) continue; // unknown: graphql-js reports it
      const known = depth.get(name);
      if (known !== undefined) top.below = Math.max(top.below, known);
      else enter(name);
    }
  }
  return deepest;
}

/** The fragment names spread in a selection set, inline fragments included (iteratively). */
function spreadsOf(selectionSet: SelectionSetNode): string[] {
  const names: string[] = [];
  const sets = [selectionSet];
  while (sets.length > 0) {
    for (const selection of sets.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value);
      else if (selection.selectionSet) sets.push(selection.selectionSet);
    }
  }
  return names;
}
