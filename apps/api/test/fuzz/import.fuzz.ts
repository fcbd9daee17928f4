import fc from 'fast-check';
import { parseDraft } from '../../src/dossiers/drafts/import/draft-import';
import { isDraftImportError } from '../../src/dossiers/drafts/import/draft-import-error';
import { buildDossierWithCast } from '../dossier-factories';
import { uploadDraft } from '../draft-factories';
import { startTestApp, type TestApp } from '../test-app';
import { expectHealthy, fuzzParameters, runs, storedSignature } from './fuzz-support';
import { fuzzFile } from './import-arbitraries';

/** Arbitrary files through the importer: each becomes a draft or a DraftImportError (a 400), never anything else. */
describe('the draft importer under arbitrary files', () => {
  it('reads every file into a draft or refuses it with a DraftImportError', async () => {
    const failures = new Map<string, unknown>();
    let cases = 0;
    const property = fc.asyncProperty(fuzzFile, async (file) => {
      cases += 1;
      try {
        await parseDraft({ buffer: file.content, filename: file.filename });
      } catch (error) {
        if (!isDraftImportError(error)) failures.set(String(error).slice(0, 200), { filename: file.filename, base64: file.content.toString('base64').slice(0, 2_000) });
      }
    });
    await fc.assert(property, fuzzParameters(runs(12_000)));
    expect(Object.fromEntries(failures)).toEqual({});
    console.log(`Import fuzz (parser): ${cases} files`);
  });

  describe('through the upload route', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp()));
    afterAll(() => t.close());

    it('answers every upload with 200 or a 400 that imports nothing, and keeps serving', async () => {
      const cast = await buildDossierWithCast(t);
      const failures = new Map<string, unknown>();
      const counts = { cases: 0, refused: 0 };
      const property = fc.asyncProperty(fuzzFile, fc.boolean(), async (file, preview) => {
        const before = await storedSignature(t);
        const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, file.content, file.filename, preview);
        counts.cases += 1;
        const input = { filename: file.filename, preview, base64: file.content.toString('base64').slice(0, 2_000) };
        if (status !== 200 && status !== 400) return void failures.set(`answered ${status}: ${JSON.stringify(body).slice(0, 200)}`, input);
        if (status === 200 && !preview) return;
        if (status === 400) counts.refused += 1;
        if ((await storedSignature(t)) !== before) failures.set(`${preview ? 'a preview' : 'a refused upload'} changed the data`, input);
      });
      await fc.assert(property, fuzzParameters(runs(2_500)));
      expect(Object.fromEntries(failures)).toEqual({});
      await expectHealthy(t);
      console.log(`Import fuzz (route): ${counts.cases} uploads, ${counts.refused} refused, none changed the data`);
    });
  });
});
