import { problemFromBody } from './api-request';
import { problemOf } from '../errors/graphql-error';
import { HttpProblem } from './api-request';

describe('plain-HTTP problems', () => {
  it('reads the code and the field errors of an upload the API refused', () => {
    const body = { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message: 'm', constraint: 'NO_PROVISIONS' }] } }] };
    expect(problemFromBody(body, 400)).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'file', message: 'm', constraint: 'NO_PROVISIONS' }],
    });
  });

  it('calls a 413 without a body a file that is too large', () => {
    expect(problemFromBody(null, 413).fieldErrors[0]?.constraint).toBe('TOO_LARGE');
  });

  it('is understood by the shared error mapping', () => {
    expect(problemOf(new HttpProblem({ code: 'FORBIDDEN', fieldErrors: [] }, 403))?.code).toBe('FORBIDDEN');
  });
});
