import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { AUTH_MUTATIONS } from '../auth/auth-mutations';
import { AppError } from '../common/errors';

/**
 * Refuses, before anything runs, an operation that holds more than one
 * authentication mutation (aliases and fragments included): one request of
 * 25 aliased `signIn`s used to be 25 guesses, and its partial answer told
 * which were right. HTTP 400, code BAD_USER_INPUT.
 */
export function authOperationsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (operation?.operation !== 'mutation') return;
          const fields = authFields(operation.selectionSet, fragmentsOf(document));
          if (fields.length <= 1) return;
          throw new AppError(
            'BAD_USER_INPUT',
            `One authentication mutation per request (${[...AUTH_MUTATIONS].join(', ')}); this one has ${fields.length}. Send them one at a time.`,
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The root fields of a mutation that authenticate, one entry per occurrence (an alias counts again). */
function authFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return AUTH_MUTATIONS.has(selection.name.value) ? [selection.name.value] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return authFields(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    // Validation has refused fragment cycles already. A fragment spread twice counts twice (stricter than needed).
    return fragment ? authFields(fragment.selectionSet, fragments) : [];
  });
}
