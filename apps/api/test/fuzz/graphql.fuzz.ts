import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSession } from '../session-factories';
import { buildSignedInUser } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { rootOperations } from './graphql-arbitraries';
import { expectHealthy, fuzzParameters, runs, storedSignature } from './fuzz-support';

/**
 * Every query and mutation of the schema with arbitrary variables, sent as the
 * web app sends them by people of every role: no answer ≥ 500, no
 * INTERNAL_SERVER_ERROR, and a rejected mutation leaves the data as it was.
 */
describe('GraphQL under arbitrary variables', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers every operation below 500, and a rejected mutation changes nothing', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const draft = await t.dataSource.query('SELECT d.id, p.id AS provision FROM draft d JOIN provision p ON p.draft_id = d.id WHERE d.dossier_id = $1 LIMIT 1', [cast.dossierId]);
    const participants: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM participant WHERE dossier_id = $1', [cast.dossierId]);
    const ids = [cast.dossierId, sessionId, agenda[0].id, draft[0].id, draft[0].provision, cast.workers.lead.delegationId, cast.outsider.user.id, participants[0].id, 'not-a-uuid'];
    const tokens = [cast.facilitator.token, cast.workers.lead.token, cast.observer.token, admin.token, cast.outsider.token, undefined];
    const operations = rootOperations(t.app.get(GraphQLSchemaHost).schema, ids);
    const counts = { cases: 0, rejected: 0, unchanged: 0 };
    // Every distinct failure, with one input that shows it (the run goes on, so one run lists them all).
    const failures = new Map<string, unknown>();
    const fail = (key: string, input: unknown) => void (failures.has(key) || failures.set(key, input));

    const property = fc.asyncProperty(
      fc.constantFrom(...operations.keys()).chain((index) => fc.tuple(fc.constant(index), operations[index].variables, fc.constantFrom(...tokens.keys()))),
      async ([index, variables, tokenIndex]) => {
        const operation = operations[index];
        const token = tokens[tokenIndex];
        const input = { operation: operation.name, variables, actor: tokenIndex };
        const before = operation.mutation ? await storedSignature(t) : '';
        const result = await t.gql(operation.query, variables, token);
        counts.cases += 1;
        if (result.status >= 500) fail(`${operation.name} answered ${result.status}`, input);
        const internal = result.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (internal) fail(`${operation.name}: INTERNAL_SERVER_ERROR at ${(internal as { path?: string[] }).path?.join('.')}`, input);
        if (operation.mutation && result.errors?.length && !result.data?.[operation.name]) {
          counts.rejected += 1;
          const after = await storedSignature(t);
          if (after !== before) fail(`${operation.name} was refused (${result.errors[0].extensions.code}) yet changed ${diff(before, after)}`, input);
          else counts.unchanged += 1;
        }
      },
    );
    await fc.assert(property, fuzzParameters(runs(8_000)));
    await expectHealthy(t);
    expect(Object.fromEntries(failures)).toEqual({});
    console.log(`GraphQL fuzz: ${counts.cases} cases over ${operations.length} operations, ${counts.rejected} rejected mutations, ${counts.unchanged} left the data unchanged`);
  });
});

const diff = (before: string, after: string): string => {
  const was = new Set(before.split(','));
  return after.split(',').filter((entry) => !was.has(entry)).join(', ');
};
