import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { problemOf } from './graphql-error';

describe('problemOf', () => {
  it('keeps the code and the field errors of a rejected input', () => {
    const error = new ApolloError({
      graphQLErrors: [
        new GraphQLError('email must be an email', {
          extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', message: 'x', constraint: 'isEmail' }] },
        }),
      ],
    });
    expect(problemOf(error)).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'email', message: 'x', constraint: 'isEmail' }],
    });
  });

  it('calls an unreachable server a network problem', () => {
    expect(problemOf(new ApolloError({ networkError: new TypeError('Failed to fetch') }))?.code).toBe('NETWORK');
  });

  it('never passes an unknown code through to the screen', () => {
    const error = new ApolloError({ graphQLErrors: [new GraphQLError('boom', { extensions: { code: 'WHATEVER' } })] });
    expect(problemOf(error)?.code).toBe('UNKNOWN');
  });

  it('reads the code a 503 answer carries in its body', () => {
    const networkError = Object.assign(new Error('Received status code 503'), {
      statusCode: 503,
      result: { errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } }] },
    });
    expect(problemOf(new ApolloError({ networkError }))).toEqual({ code: 'SERVICE_UNAVAILABLE', fieldErrors: [], retryAfterSeconds: 2 });
  });

  it('keeps the reason the server names, and leaves out one it does not know', () => {
    const named = (reason: string) => new ApolloError({ graphQLErrors: [new GraphQLError('no', { extensions: { code: 'BAD_USER_INPUT', reason } })] });
    expect([problemOf(named('INVITATION_EXPIRED'))?.reason, problemOf(named('SOMETHING_NEW'))?.reason]).toEqual(['INVITATION_EXPIRED', undefined]);
  });

  it('keeps how long a lock lasts', () => {
    const error = new ApolloError({ graphQLErrors: [new GraphQLError('locked', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 840 } })] });
    expect(problemOf(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 840 });
  });
});
