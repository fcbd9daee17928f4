import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { startTestApp, type TestApp } from '../../test/test-app';
import { READ_MODEL_FIELDS, READ_MODEL_TYPES, resolversTaken } from './read-model-fields';

/** What a resolver gives for a parent (the error it throws, if it throws). */
function resolved(resolve: (parent: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown, parent: object): unknown {
  try {
    return resolve(parent, {}, {}, {} as GraphQLResolveInfo);
  } catch (error) {
    return error;
  }
}

/**
 * The read-model types' fields are left to the executor's default property
 * read. That is right only while each resolver taken off read the property
 * of the same name and nothing else — on the installed @nestjs/graphql, not
 * by its source: a field given a resolver of its own (`@ResolveField`), a
 * default value, middleware or another name fails here.
 */
describe('the read-model types', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('leave every field to the default property read', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const name of READ_MODEL_TYPES) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(type.getFields())) expect(`${name}.${field.name}: ${field.resolve ? 'a resolver' : 'the default'}`).toBe(`${name}.${field.name}: the default`);
    }
  });

  it('leave the listed column fields of the other types read raw to the default property read', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const [name, fields] of Object.entries(READ_MODEL_FIELDS)) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of fields) expect(`${name}.${field}: ${type.getFields()[field]?.resolve ? 'a resolver' : 'the default'}`).toBe(`${name}.${field}: the default`);
    }
  });

  it('took off only resolvers that read the property of the same name', () => {
    const taken = resolversTaken();
    expect(taken.size).toBeGreaterThan(20);
    for (const [key, resolve] of taken) {
      const value = {};
      const property = key.split('.')[1];
      const found = { reads: resolved(resolve, { [property]: value }) === value, withoutIt: resolved(resolve, {}) };
      expect({ key, ...found }).toEqual({ key, reads: true, withoutIt: undefined });
    }
  });
});
