/**
 * The mutations that authenticate (check or set a password, issue, rotate or
 * end tokens): at most one of them runs per GraphQL request, so that one
 * request cannot carry a batch of guesses (see auth-operations.plugin.ts).
 * Every public mutation must be listed here (a test compares this list with
 * the access-rules snapshot).
 */
export const AUTH_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'refreshAccessToken', 'signOut', 'acceptInvitation']);
