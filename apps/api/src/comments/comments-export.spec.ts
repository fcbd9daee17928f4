import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** CSV and DOCX exports speak the requester's language: the locale of their account. */
describe('comment exports in the requester’s language', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  /** A plenary comment with a reply, in a resolved thread, and a private one of the workers; the reader chooses a language. */
  async function commented(reader: 'workers.lead' | 'facilitator', locale: string) {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const article3 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 3')!.id;
    const thread = await t.gql(ADD, { input: { provisionId: article3, body: 'Too long', visibility: 'PLENARY' } }, cast.employers.lead.token);
    await t.gql(ADD, { input: { provisionId: article3, body: 'Agreed', visibility: 'PLENARY', parentId: thread.data!.addComment.id } }, cast.workers.lead.token);
    await t.gql('mutation($id: ID!) { resolveComment(id: $id) { id } }', { id: thread.data!.addComment.id }, cast.employers.lead.token);
    await t.gql(ADD, { input: { provisionId: article3, body: 'Our own note', visibility: 'DELEGATION' } }, cast.workers.member.token);
    const person = reader === 'facilitator' ? cast.facilitator : cast.workers.lead;
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', [locale, person.user.id]);
    return { cast, token: person.token };
  }

  const download = (dossierId: string, format: 'csv' | 'docx', token: string) =>
    fetch(`${t.url}/api/dossiers/${dossierId}/comments.${format}`, { headers: { authorization: `Bearer ${token}` } });

  const csvLines = async (response: Response) => (await response.text()).replace(/^\uFEFF/, '').split('\r\n');

  it('writes the CSV headers in French for a French account', async () => {
    const { cast, token } = await commented('workers.lead', 'fr');
    const [header] = await csvLines(await download(cast.dossierId, 'csv', token));
    expect(header).toBe('Disposition,Citation,Commentaire,Auteur·e,Organisation,Groupe,Date (UTC),Discussion,Formulation proposée,État,Visibilité');
  });

  it('says visibility, status, side and reply in Spanish for a Spanish account', async () => {
    const { cast, token } = await commented('workers.lead', 'es');
    const lines = await csvLines(await download(cast.dossierId, 'csv', token));
    expect(lines.find((line) => line.includes('Too long'))).toMatch(/,Empleadores,.*,#1,,Resuelto,Plenaria$/);
    expect(lines.find((line) => line.includes('Agreed'))).toMatch(/,Trabajadores,.*,#1 \(respuesta\),,Resuelto,Plenaria$/);
    expect(lines.find((line) => line.includes('Our own note'))).toMatch(/,Abierto,Solo la delegación$/);
  });

  it('writes dates as the account’s language writes them, in UTC', async () => {
    const { cast, token } = await commented('workers.lead', 'fr');
    const [at] = await t.dataSource.query(`SELECT created_at FROM comment WHERE body = 'Too long' AND provision_id IN (SELECT p.id FROM provision p JOIN draft d ON d.id = p.draft_id WHERE d.dossier_id = $1)`, [cast.dossierId]);
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at.created_at);
    const lines = await csvLines(await download(cast.dossierId, 'csv', token));
    expect(lines.find((line) => line.includes('Too long'))).toContain(`"${expected}"`);
    expect(expected).toMatch(/^\d{1,2} \S+ \d{4}/); // "5 mars 2026, 14:07", not an ISO stamp
  });

  it('writes the DOCX in the account’s language, its file name included', async () => {
    const { cast, token } = await commented('facilitator', 'es');
    const response = await download(cast.dossierId, 'docx', token);
    expect(response.headers.get('content-disposition')).toMatch(/-comentarios\.docx"$/);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toMatch(/Comentarios exportados el \d{1,2} de \S+ de \d{4}: 2 comentarios\./);
    expect(text).toContain('Redacción propuesta');
  });

  it('keeps English for an English account', async () => {
    const { cast, token } = await commented('workers.lead', 'en');
    const response = await download(cast.dossierId, 'csv', token);
    const lines = await csvLines(response);
    expect([response.headers.get('content-language'), lines[0].split(',')[0], lines.find((line) => line.includes('Our own note'))?.endsWith(',Open,Delegation only')]).toEqual(['en', 'Provision', true]);
  });
});

describe('provisions named in an export', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it("names a paragraph with its unit's number and heading", async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const paragraph = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.kind === 'PARAGRAPH' && p.number === '2.')!.id;
    await t.gql(ADD, { input: { provisionId: paragraph, body: 'Which sector?', visibility: 'PLENARY' } }, cast.employers.lead.token);
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${cast.facilitator.token}` } });
    const line = (await response.text()).split('\r\n').find((row) => row.includes('Which sector?'));
    expect(line?.split(',')[0]).toBe('Article 1(2) — Scope (v1)');
  });

  it('names a recital by its kind in the account’s language, never “Provision”', async () => {
    const cast = await buildDossierWithCast(t);
    const proposal = readFileSync(resolve(__dirname, '../../test/fixtures/drafts/eu-com-2025-162-proposal.akn.xml'), 'utf8');
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, proposal, 'proposal.xml');
    const recital = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.kind === 'RECITAL')!;
    await t.gql(ADD, { input: { provisionId: recital.id, body: 'On the first recital', visibility: 'PLENARY' } }, cast.workers.lead.token);
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', ['fr', cast.workers.lead.user.id]);
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${cast.workers.lead.token}` } });
    expect((await response.text()).split('\r\n').find((line) => line.includes('On the first recital'))).toMatch(/^"?Considérant 1 \(v1\)/);
  });
});
