import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { AGREED_WORDS, buildAgreedDossier, PRIVATE_WORDS } from '../../test/record-factories';
import { useTestApp } from '../../test/use-test-app';

const RESERVATION = 'فترة انتقالية لمدة سنتين';
const RESPOND = `mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id status } }`;

/** The consensus matrix printed over HTTP, as seated people download it: outcomes recorded over sockets, a submission, a draft response. */
describe('exporting the consensus matrix', () => {
  const t = useTestApp();
  let world: Awaited<ReturnType<typeof buildAgreedDossier>>;

  beforeAll(async () => {
    world = await buildAgreedDossier(t, { reservation: RESERVATION });
    // The government drafts an answer to the employers' contribution: its own, until a lead records it.
    const input = { dossierId: world.cast.dossierId, submissionId: world.employersSubmission, provisionId: world.articles[1].id, verdict: 'NOT_ACCEPTED', reasons: 'Draft reasons', record: false };
    const drafted = await t.gql(RESPOND, { input }, world.cast.government.member.token);
    expect(drafted.data?.respondToContribution.status).toBe('DRAFT');
  });

  const download = (token: string, query: string) => fetch(`${t.url}/api/dossiers/${world.cast.dossierId}/matrix?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const docxText = async (response: Response) => (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;
  const pdfText = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.normalize('NFKC').replace(/\s+/g, ' ');
  const exported = async () => (await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'matrix.exported' AND dossier_id = $1 ORDER BY seq`, [world.cast.dossierId])).map((row: { data: unknown }) => row.data);

  it('gives a Word table with a row per article, each side’s position and where the sides stand in words', async () => {
    const response = await download(world.cast.observer.token, 'format=docx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await docxText(response);
    for (const header of ['Article', 'Government', 'Employers', 'Workers', 'Outcome', 'Government response']) expect(text).toContain(`\n${header}\n`);
    expect(text).toContain('Article 1 — Scope');
    expect(text).toContain('Disagreement — Consensus with reservations — Agreed as amended');
    expect(text).toContain('Disagreement — No consensus — The employers oppose');
    expect(text).toContain('Oppose (submission 1)');
    expect(text).toContain('Not yet settled — No outcome yet');
    expect(text).toContain('0 of 1 contributions answered');
  });

  it('gives the texts the outcomes froze after the table, under their article', async () => {
    const text = await docxText(await download(world.cast.observer.token, 'format=docx'));
    const [line1, line2] = AGREED_WORDS.split('\n');
    expect(text).toContain(`Agreed texts\n\nArticle 1 — Scope\n\n${line1}\n\n${line2}`);
  });

  it('prints PDF/A with French headings and the Arabic reservation', async () => {
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', ['fr', world.cast.employers.lead.user.id]);
    const response = await download(world.cast.employers.lead.token, 'format=pdf');
    expect(response.headers.get('content-disposition')).toMatch(/-matrice-du-consensus\.pdf"/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    const text = await pdfText(pdf);
    for (const words of ['Matrice du consensus', 'Réponse du gouvernement', 'Désaccord', 'Pas encore tranché', 'Opposition (soumission 1)']) expect(text).toContain(words);
    expect([...RESERVATION.replace(/\s/g, '')].filter((letter) => !text.includes(letter))).toEqual([]); // see minutes-print.spec: letters come back apart
  });

  it('keeps the rows the table’s filters keep', async () => {
    const unanswered = await docxText(await download(world.cast.workers.member.token, 'format=docx&unanswered=true'));
    expect([unanswered.includes('Article 2 — Freedom of association'), unanswered.includes('Article 1 — Scope'), unanswered.includes('Article 3')]).toEqual([true, false, false]);
    expect(unanswered).toContain('1 row — only where a contribution has no response yet');
    const divided = await docxText(await download(world.cast.workers.member.token, 'format=docx&disagreement=true'));
    expect([divided.includes('Article 1 — Scope'), divided.includes('Article 2'), divided.includes('Article 3 —')]).toEqual([true, true, false]);
  });

  it('holds nothing private: no delegation’s comment or paper, no joint text in drafting, no draft response', async () => {
    for (const format of ['docx', 'pdf']) {
      const response = await download(world.cast.government.member.token, `format=${format}`);
      const text = format === 'docx' ? await docxText(response) : await pdfText(Buffer.from(await response.arrayBuffer()));
      for (const words of Object.values(PRIVATE_WORDS)) expect(text).not.toContain(words);
      expect(text).not.toContain('Not accepted');
      expect(text).toContain('Employers: No response yet');
    }
  });

  it('records each copy before it is sent, with its filter', async () => {
    const before = (await exported()).length;
    await download(world.cast.facilitator.token, 'format=pdf&disagreement=true');
    expect((await exported()).slice(before)).toEqual([{ format: 'pdf', filter: { disagreement: true, unanswered: false }, rows: 2, draftVersion: 1 }]);
  });

  it('tells an outsider the dossier does not exist, and a wrong format or filter what to ask', async () => {
    expect((await download(world.cast.outsider.token, 'format=pdf')).status).toBe(404);
    const wrong = await download(world.cast.observer.token, 'format=csv');
    expect([wrong.status, ((await wrong.json()) as { errors: Array<{ message: string }> }).errors[0].message]).toEqual([400, 'Ask for format=pdf or docx.']);
    expect((await download(world.cast.observer.token, 'format=pdf&unanswered=yes')).status).toBe(400);
  });
});
