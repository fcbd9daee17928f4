import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildSignedInUser } from '../../test/factories';

describe('compiled execution', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const field = (type: string, name: string) => (t.app.get(GraphQLSchemaHost).schema.getType(type) as GraphQLObjectType).getFields()[name];

  it('keeps the resolvers of resolved fields', () => {
    expect(field('Provision', 'comments').resolve).toBeInstanceOf(Function);
    expect(field('Dossier', 'currentDraft').resolve).toBeInstanceOf(Function);
  });

  it('answers the same operation the same way each time it runs', async () => {
    const { token, user } = await buildSignedInUser(t);
    const first = await t.gql('query Me { me { id displayName } }', {}, token);
    const second = await t.gql('query Me { me { id displayName } }', {}, token);
    expect(first.data).toEqual({ me: { id: user.id, displayName: user.displayName } });
    expect(second.data).toEqual(first.data);
  });

  it('gives a failure inside a resolver a code and a path, and no stack trace', async () => {
    const { token } = await buildSignedInUser(t);
    await t.dataSource.query('ALTER TABLE convention RENAME TO convention_away');
    try {
      const result = await t.gql('{ conventions { code } }', {}, token);
      expect(result.errors).toEqual([
        expect.objectContaining({ message: expect.not.stringContaining('convention_away'), path: ['conventions'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
    } finally {
      await t.dataSource.query('ALTER TABLE convention_away RENAME TO convention');
    }
  });

  it('answers an id that cannot be one as not found', async () => {
    const { token } = await buildSignedInUser(t);
    const result = await t.gql('query($id: ID!) { dossier(id: $id) { id } }', { id: '-'.repeat(36) }, token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('reports a wrong variable as bad input', async () => {
    const { token } = await buildSignedInUser(t);
    const result = await t.gql('query($id: ID!) { dossier(id: $id) { id } }', { id: { not: 'an id' } }, token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
