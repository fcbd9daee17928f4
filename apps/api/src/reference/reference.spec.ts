import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('reference data over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('names countries in the signed-in person’s language', async () => {
    const { token } = await buildSignedInUser(t, { locale: 'es' });
    const result = await t.gql('{ countries { code name } }', {}, token);
    expect(result.data?.countries.find((c: { code: string }) => c.code === 'DE').name).toBe('Alemania');
  });

  it('names countries in the language asked for', async () => {
    const { token } = await buildSignedInUser(t);
    const result = await t.gql('{ countries { code name(locale: "fr") } }', {}, token);
    expect(result.data?.countries.find((c: { code: string }) => c.code === 'DE').name).toBe('Allemagne');
  });

  it('lists conventions with year, category and principle', async () => {
    const { token } = await buildSignedInUser(t);
    const result = await t.gql('{ conventions { code title(locale: "es") year category principle fundamentalSince } }', {}, token);
    expect(result.data?.conventions).toContainEqual(
      expect.objectContaining({ code: 'C144', year: 1976, category: 'GOVERNANCE', title: expect.stringMatching(/^Convenio sobre la consulta tripartita/) }),
    );
  });

  it('is not public', async () => {
    expect((await t.gql('{ conventions { code } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
