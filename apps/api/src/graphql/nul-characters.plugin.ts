import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { findNulCharacter, NUL_MESSAGE } from '@tripart/contracts';
import { AppError } from '../common/errors';

/**
 * Refuses a NUL character anywhere in an operation's input — its variables or
 * the strings written in the document — before any resolver runs: PostgreSQL
 * cannot store one, and the write would fail as an internal error. One check
 * for every argument of every field, present and future.
 */
export function nulCharactersPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = findNulCharacter(request.variables ?? {}) ?? nulInDocument(document);
          if (field === null) return;
          throw new AppError('BAD_USER_INPUT', `${field} ${NUL_MESSAGE}.`, {
            fieldErrors: [{ field, message: `${field} ${NUL_MESSAGE}.`, constraint: 'noNulCharacter' }],
            http: { status: 400 },
          });
        },
      };
    },
  };
}

/** The argument path (`input.body`) of the first string literal holding a NUL character. */
const nulInDocument = (document: DocumentNode): string | null => {
  const names: string[] = [];
  let found: string | null = null;
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    [Kind.STRING]: (node) => {
      if (found === null && node.value.includes('\u0000')) found = names.join('.') || 'query';
    },
  });
  return found;
};
