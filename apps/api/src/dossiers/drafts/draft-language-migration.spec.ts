import { DraftLanguageTags1796241000000 } from '../../database/migrations/1796241000000-DraftLanguageTags';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { buildDraftedDossier } from '../../../test/draft-factories';

/** Drafts imported from Akoma Ntoso before the importer wrote BCP 47 kept the file's ISO 639-2 code. */
describe('the DraftLanguageTags migration', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const draftWithLanguage = async (language: string | null): Promise<string> => {
    const { cast: { dossierId } } = await buildDraftedDossier(t);
    await t.dataSource.query('UPDATE draft SET language = $2 WHERE dossier_id = $1', [dossierId, language]);
    const [{ id }] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [dossierId]);
    return id;
  };

  const migrate = async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await new DraftLanguageTags1796241000000().up(runner);
    } finally {
      await runner.release();
    }
  };

  const languageOf = async (id: string) => (await t.dataSource.query('SELECT language FROM draft WHERE id = $1', [id]))[0].language;

  it('gives the two-letter tag for ISO 639-2 codes, bibliographic ones too', async () => {
    const ids = await Promise.all(['eng', 'fra', 'ger', 'spa'].map(draftWithLanguage));
    await migrate();
    expect(await Promise.all(ids.map(languageOf))).toEqual(['en', 'fr', 'de', 'es']);
  });

  it('leaves a tag that is already BCP 47, and a draft without a language, as they are', async () => {
    const ids = await Promise.all(['en', 'en-GB', null].map(draftWithLanguage));
    await migrate();
    expect(await Promise.all(ids.map(languageOf))).toEqual(['en', 'en-GB', null]);
  });

  it('takes away a value that is no language tag (the text then reads in the page’s language)', async () => {
    const id = await draftWithLanguage('not a tag');
    await migrate();
    expect(await languageOf(id)).toBeNull();
  });
});
