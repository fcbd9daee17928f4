import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../test/test-app';

const SCHEMA_FILE = join(__dirname, '../schema.gql');
const HEADER = '# The GraphQL schema of the Tripart API: generated, committed, compared by schema.spec.ts.\n# Regenerate with `npm run schema:update`.\n\n';

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('matches the schema the code serves', () => {
    const served = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
