import { commentInput, dossierInput, inputProblems, LIMITS } from '@tripart/contracts';
import type { z } from 'zod';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * The web's forms check their values with the shapes in libs/contracts; the API checks its
 * inputs with its own DTOs. Both read LIMITS and the same patterns: here they must give the same
 * verdict, field by field, at and past every limit.
 */
describe('input shapes: the web’s forms and the API agree', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof buildDossierWithCast>>;
  let provisionId: string;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    provisionId = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 3')!.id;
  });
  afterAll(() => t.close());

  /** The top-level fields the API refused (`quote.exact` is the form's `quote`); none when it took the input. */
  const refusedByApi = async (mutation: string, input: Record<string, unknown>, token: string) => {
    const [error] = (await t.gql(mutation, { input }, token)).errors ?? [];
    if (!error) return [];
    if (!error.extensions.fieldErrors?.length) return [`refused as a whole: ${error.extensions.code}`];
    return [...new Set(error.extensions.fieldErrors.map((fieldError) => fieldError.field.split('.')[0]))].sort();
  };
  const refusedByForm = (schema: z.ZodObject<z.ZodRawShape>, input: Record<string, unknown>) => Object.keys(inputProblems(schema, input)).sort();

  const dossier = (change: Record<string, unknown>) => ({ title: 'Labour code reform', summary: '', countryCode: 'FR', conventionCodes: ['C087'], ...change });
  const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }';

  it.each([
    ['a title one short of the minimum', { title: 'x'.repeat(LIMITS.dossierTitleMin - 1) }],
    ['a title at the minimum, blanks around it', { title: `  ${'x'.repeat(LIMITS.dossierTitleMin)}  ` }],
    ['a title at the maximum', { title: 'x'.repeat(LIMITS.dossierTitleMax) }],
    ['a title past the maximum', { title: 'x'.repeat(LIMITS.dossierTitleMax + 1) }],
    ['a summary past the maximum', { summary: 'x'.repeat(LIMITS.dossierSummaryMax + 1) }],
    ['a country code in lower case', { countryCode: 'fr' }],
    ['a convention code of another shape', { conventionCodes: ['X87'] }],
    ['more conventions than a dossier may name', { conventionCodes: Array.from({ length: LIMITS.dossierConventionsMax + 1 }, () => 'C087') }],
  ])('a new dossier with %s', async (_case, change) => {
    const input = dossier(change);
    expect(await refusedByApi(CREATE, input, cast.facilitator.token)).toEqual(refusedByForm(dossierInput, input));
  });

  const comment = (change: Record<string, unknown>) => ({ body: 'A comment', ...change });
  const ADD = 'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }';

  it.each([
    ['a body at the maximum', { body: 'x'.repeat(LIMITS.commentBodyMax) }],
    ['a body past the maximum', { body: 'x'.repeat(LIMITS.commentBodyMax + 1) }],
    ['an empty body', { body: '' }],
    ['a suggested wording past the maximum', { suggestedText: 'x'.repeat(LIMITS.commentBodyMax + 1) }],
    ['a quote past the maximum', { quote: { exact: 'x'.repeat(LIMITS.quoteExactMax + 1), prefix: '', suffix: '' } }],
    ['a quote’s context past the maximum', { quote: { exact: 'three years', prefix: 'x'.repeat(LIMITS.quoteContextMax + 1), suffix: '' } }],
  ])('a comment with %s', async (_case, change) => {
    const input = comment(change);
    expect(await refusedByApi(ADD, { provisionId, ...input }, cast.workers.member.token)).toEqual(refusedByForm(commentInput, input));
  });
});
