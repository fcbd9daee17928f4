import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAkn } from '../../test/akn-schema';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { uploadDraft } from '../../test/draft-factories';
import { useTestApp } from '../../test/use-test-app';

const FIXTURE = join(__dirname, '../../test/fixtures/drafts/za-constitution-1996-s1-12.akn.xml');

/** A draft imported from Akoma Ntoso keeps its own eIds in the agreed text. */
describe('the agreed text of an Akoma Ntoso draft', () => {
  const t = useTestApp();

  it('gives the sections and subsections their eIds from the source, valid against the OASIS schema', async () => {
    const cast = await buildDossierWithCast(t);
    const uploaded = await uploadDraft(t, cast.facilitator.token, cast.dossierId, readFileSync(FIXTURE), 'constitution.akn.xml');
    expect(uploaded.status).toBe(200);
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/agreed-text?format=akn`, { headers: { authorization: `Bearer ${cast.observer.token}` } });
    const xml = await response.text();
    expect((await validateAkn(xml)).errors).toEqual([]);
    const eIds = new Set([...xml.matchAll(/<(?:chapter|section|subsection|paragraph) eId="([^"]+)"/g)].map((match) => match[1]));
    expect([...eIds].filter((eId) => ['chp_1', 'chp_1__sec_1', 'chp_1__sec_3', 'chp_1__sec_3__subsec_1', 'chp_1__sec_6__subsec_5'].includes(eId))).toHaveLength(5);
    expect(xml).toContain('0 of ');
  });
});
