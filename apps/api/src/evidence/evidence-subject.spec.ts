import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { C144_SUBJECT_WORDING } from '@tripart/contracts';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { useTestApp } from '../../test/use-test-app';

const PACK = `query($id: ID!) { evidencePack(dossierId: $id) { c144Subject { at event subject } } }`;
const SET = `mutation($id: ID!, $subject: C144Subject) { setDossierC144Subject(dossierId: $id, subject: $subject) { id } }`;

/** The evidence pack states the Article 5(1) item the dossier concerns, traced to the act that said it. */
describe('the evidence pack’s Article 5(1) subject', () => {
  const t = useTestApp();
  const packOf = async (dossierId: string, token: string) => (await t.gql(PACK, { id: dossierId }, token)).data!.evidencePack;
  const eventOf = async (dossierId: string, action: string): Promise<string> =>
    (await t.dataSource.query('SELECT chain_seq::text AS seq FROM audit_event WHERE chain = $1 AND action = $2 ORDER BY chain_seq DESC LIMIT 1', [dossierId, action]))[0].seq;

  it('is the one said on opening the dossier, traced to its opening', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'COMPETENT_AUTHORITY' });
    const pack = await packOf(cast.dossierId, cast.observer.token);
    expect(pack.c144Subject).toEqual({ at: expect.any(String), event: await eventOf(cast.dossierId, 'dossier.created'), subject: 'COMPETENT_AUTHORITY' });
  });

  it('follows a change, traced to the change; none once the facilitator says none', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'COMPETENT_AUTHORITY' });
    await t.gql(SET, { id: cast.dossierId, subject: 'DENUNCIATION' }, cast.facilitator.token);
    expect((await packOf(cast.dossierId, cast.workers.lead.token)).c144Subject).toMatchObject({ event: await eventOf(cast.dossierId, 'dossier.c144_subject_set'), subject: 'DENUNCIATION' });
    await t.gql(SET, { id: cast.dossierId, subject: null }, cast.facilitator.token);
    expect((await packOf(cast.dossierId, cast.workers.lead.token)).c144Subject).toBeNull();
  });

  it('is quoted in the Convention’s words, with its event, in the PDF and the Word document of the requester’s language', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'UNRATIFIED_INSTRUMENTS' });
    const event = await eventOf(cast.dossierId, 'dossier.created');
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', ['fr', cast.employers.lead.user.id]);
    const download = async (format: string) =>
      Buffer.from(await (await fetch(`${t.url}/api/dossiers/${cast.dossierId}/evidence?format=${format}`, { headers: { authorization: `Bearer ${cast.employers.lead.token}` } })).arrayBuffer());
    const docx = (await mammoth.extractRawText({ buffer: await download('docx') })).value;
    expect(docx).toContain(`C144, article 5, paragraphe 1 c) : ${C144_SUBJECT_WORDING.fr.UNRATIFIED_INSTRUMENTS} (événement #${event})`);
    const pdf = (await extractText(await getDocumentProxy(new Uint8Array(await download('pdf'))), { mergePages: true })).text.normalize('NFKC').replace(/\s+/g, ' ');
    expect(pdf).toContain('Objet au titre de la C144, article 5, paragraphe 1');
    expect(pdf).toContain(`${C144_SUBJECT_WORDING.fr.UNRATIFIED_INSTRUMENTS} (événement #${event})`);
  });

  it('says none is stated for a dossier that concerns none of them', async () => {
    const cast = await buildDossierWithCast(t);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await (await fetch(`${t.url}/api/dossiers/${cast.dossierId}/evidence?format=docx`, { headers: { authorization: `Bearer ${cast.observer.token}` } })).arrayBuffer()) })).value;
    expect(docx).toContain('None stated (not one of the matters of Article 5(1))');
  });
});
