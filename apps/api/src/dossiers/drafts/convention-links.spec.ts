import { buildDossierWithCast } from '../../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const LINK = `mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id conventionCode article gapNote } }`;
const COVERAGE = `query($id: ID!) { dossier(id: $id) { coverage { convention { code } links { article gapNote provision { number } } } } }`;

describe('gap analysis', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const article2 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 2')!.id;
    return { cast, article2 };
  }

  it('links a provision to a convention article and shows the coverage per convention', async () => {
    const { cast, article2 } = await setUp();
    const link = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'No mention of federations' } }, cast.facilitator.token);
    expect(link.data?.linkConvention).toMatchObject({ conventionCode: 'C087', article: '2' });
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.observer.token);
    expect(coverage.data?.dossier.coverage).toEqual([
      { convention: { code: 'C087' }, links: [{ article: '2', gapNote: 'No mention of federations', provision: { number: 'Article 2' } }] },
      { convention: { code: 'C098' }, links: [] },
    ]);
  });

  it('keeps no blank gap note, and linking the same article again replaces its note', async () => {
    const { cast, article2 } = await setUp();
    const blank = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: ' 3 ', gapNote: '  \n ' } }, cast.facilitator.token);
    expect(blank.data?.linkConvention).toMatchObject({ article: '3', gapNote: '' });
    const again = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3', gapNote: ' Federations are not covered. ' } }, cast.facilitator.token);
    expect(again.data?.linkConvention).toEqual({ id: blank.data?.linkConvention.id, conventionCode: 'C087', article: '3', gapNote: 'Federations are not covered.' });
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.facilitator.token);
    expect(coverage.data?.dossier.coverage[0].links).toEqual([{ article: '3', gapNote: 'Federations are not covered.', provision: { number: 'Article 2' } }]);
  });

  it('carries the links to the matching provisions of a new version, and keeps the old version’s', async () => {
    const { cast, article2 } = await setUp();
    await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'No mention of federations' } }, cast.facilitator.token);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft-v2.txt');
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.observer.token);
    expect(coverage.data?.dossier.coverage[0].links).toEqual([{ article: '2', gapNote: 'No mention of federations', provision: { number: 'Article 2' } }]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int FROM convention_link l JOIN provision p ON p.id = l.provision_id WHERE p.id = $1`,
      [article2],
    );
    expect(count).toBe(1);
  });

  it('lets only facilitators link', async () => {
    const { cast, article2 } = await setUp();
    const result = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3' } }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown convention', async () => {
    const { cast, article2 } = await setUp();
    const result = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C999', article: '1' } }, cast.facilitator.token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
