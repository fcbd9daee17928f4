import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { findUnstorableText, isStorableText, UNSTORABLE_TEXT } from '@tripart/contracts';
import { AppError } from '../common/errors';

/**
 * Refuses unstorable text (a NUL character, an unpaired surrogate: see
 * contracts' `UNSTORABLE_TEXT`) anywhere in an operation's input — its
 * variables or the strings written in the document — before any resolver
 * runs, where it failed as an internal error. One check for every argument of
 * every field, present and future.
 */
export function unstorableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = findUnstorableText(request.variables ?? {}) ?? unstorableInDocument(document);
          if (field === null) return;
          throw new AppError('BAD_USER_INPUT', `${field} ${UNSTORABLE_TEXT}.`, {
            fieldErrors: [{ field, message: `${field} ${UNSTORABLE_TEXT}.`, constraint: 'storableText' }],
            http: { status: 400 },
          });
        },
      };
    },
  };
}

/** What `nulInDocument` found, per document: Apollo hands the same parsed document to every request that sends its text. */
const FOUND_IN_DOCUMENT = new WeakMap<DocumentNode, string | null>();
const unstorableInDocument = (document: DocumentNode): string | null => {
  let found = FOUND_IN_DOCUMENT.get(document);
  if (found === undefined) FOUND_IN_DOCUMENT.set(document, (found = nulInDocument(document)));
  return found;
};

/** The argument path (`input.body`) of the first string literal holding unstorable text. */
const nulInDocument = (document: DocumentNode): string | null => {
  const names: string[] = [];
  let found: string | null = null;
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    [Kind.STRING]: (node) => {
      if (found === null && !isStorableText(node.value)) found = names.join('.') || 'query';
    },
  });
  return found;
};
