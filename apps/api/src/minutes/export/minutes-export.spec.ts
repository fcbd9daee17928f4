import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { readDraft } from '../../../test/draft-factories';
import { buildClosedSession, DECIDE, generateMinutes, SAVE, SEND } from '../../../test/minutes-factories';
import { useTestApp } from '../../../test/use-test-app';
import { validateAkn } from '../../../test/akn-schema';

const PRIVATE_NOTE = 'Our fallback: accept eighteen months';

/** Minutes exported over HTTP, as seated people download them: real minutes from a session held over sockets. */
describe('exporting minutes', () => {
  const t = useTestApp();
  let world: Awaited<ReturnType<typeof sealedAfterChanges>>;

  /** Minutes whose revision 1 a side sent back and whose revision 2 all four approved; the workers kept a private note. */
  async function sealedAfterChanges() {
    const session = await buildClosedSession(t, t.sockets);
    const { cast, sessionId } = session;
    await t.dataSource.query('UPDATE app_user SET display_name = $1 WHERE id = $2', ['فاطمة الزهراء', cast.workers.lead.user.id]);
    await t.dataSource.query('UPDATE app_user SET display_name = $1 WHERE id = $2', ['Łukasz Żółć-Nguyễn', cast.employers.member.user.id]);
    const provisionId = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions[0].id;
    const note = await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { provisionId, body: PRIVATE_NOTE, visibility: 'DELEGATION' } }, cast.workers.member.token);
    expect(note.errors).toBeUndefined();
    const minutesId = await generateMinutes(t, cast.facilitator.token, sessionId);
    await t.gql(SAVE, { minutesId, narrative: { opening: 'The chair opened the session at ten.' } }, cast.facilitator.token);
    await t.gql(SEND, { minutesId }, cast.facilitator.token);
    await t.gql(DECIDE, { minutesId, revision: 1, decision: 'CHANGES_REQUESTED', comment: 'Say that we asked for two years.' }, cast.workers.lead.token);
    await t.gql(SAVE, { minutesId, narrative: { closing: 'The workers asked for two years.' } }, cast.facilitator.token);
    await t.gql(SEND, { minutesId }, cast.facilitator.token);
    for (const token of [cast.government.lead.token, cast.employers.lead.token, cast.workers.lead.token, cast.facilitator.token]) {
      const decided = await t.gql(DECIDE, { minutesId, revision: 2, decision: 'APPROVED' }, token);
      expect(decided.errors).toBeUndefined();
    }
    const [sealed] = await t.dataSource.query('SELECT seal_hash FROM minutes WHERE id = $1', [minutesId]);
    return { ...session, minutesId, sealHash: sealed.seal_hash as string };
  }

  beforeAll(async () => {
    world = await sealedAfterChanges();
  });

  const download = (query: string, token: string, minutesId = world.minutesId) =>
    fetch(`${t.url}/api/minutes/${minutesId}/export?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const exportedEvents = async () => (await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'minutes.exported' AND subject_id = $1 ORDER BY seq`, [world.minutesId])).map((row: { data: unknown }) => row.data);

  it('give the sealed revision as Akoma Ntoso valid against the OASIS schema, stating the seal', async () => {
    const response = await download('format=akn', world.cast.observer.token);
    const xml = await response.text();
    expect(response.headers.get('x-minutes-seal')).toBe(world.sealHash);
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain(`sealHash="${world.sealHash}"`);
    expect(xml).toContain('<debateSection name="agendaItem" eId="dbsect_1">');
    expect(xml).toContain('<opinion by="#workers" type="agreeing">Two years</opinion>');
  });

  it('give a revision asked for by number, its approvals as they stood', async () => {
    const xml = await (await download('format=akn&revision=1', world.cast.facilitator.token)).text();
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toMatch(/<step date="[^"]+" by="#person_\d+" as="#workersLead" refersTo="#workers" outcome="#changesRequested"\/>/);
    expect(xml).not.toContain('sealHash=');
  });

  it('print the sealed minutes as PDF/A with the names in Latin, extended Latin and Arabic, and the seal’s hash', async () => {
    const response = await download('format=pdf', world.cast.employers.lead.token);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.normalize('NFKC');
    expect(text).toContain('Łukasz Żółć-Nguyễn');
    expect(text).toContain(world.cast.government.lead.user.displayName);
    expect([...'فاطمةالزهراء'].filter((letter) => !text.includes(letter))).toEqual([]); // see minutes-print.spec: dots come back apart
    expect(text).toContain(world.sealHash);
  });

  it('write the Word document and its file name in the requester’s language', async () => {
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', ['es', world.cast.workers.member.user.id]);
    const response = await download('format=docx', world.cast.workers.member.token);
    expect(response.headers.get('content-disposition')).toMatch(/-acta-r2\.docx"/);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toContain('Acta — First session');
    expect(text).toContain('Orden del día');
    expect(text).toContain(`SHA-256 del texto sellado: ${world.sealHash}`);
  });

  it('hold no delegation’s private comment, in any format', async () => {
    for (const format of ['akn', 'docx', 'pdf']) {
      const body = Buffer.from(await (await download(`format=${format}`, world.cast.workers.lead.token)).arrayBuffer());
      const text = format === 'docx' ? (await mammoth.extractRawText({ buffer: body })).value : format === 'pdf' ? (await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text : body.toString('utf8');
      expect(text).toContain('The workers asked for two years.');
      expect(text).not.toContain(PRIVATE_NOTE);
    }
  });

  it('record a copy of a revision that was never sealed, and none of the sealed one', async () => {
    const before = (await exportedEvents()).length;
    await download('format=pdf', world.cast.observer.token);
    expect(await exportedEvents()).toHaveLength(before);
    await download('format=docx&revision=1', world.cast.observer.token);
    expect((await exportedEvents()).slice(before)).toEqual([expect.objectContaining({ format: 'docx', revision: 1, state: 'SEALED' })]);
  });

  it('tell an outsider the minutes do not exist, and a wrong format or revision what to ask', async () => {
    expect((await download('format=pdf', world.cast.outsider.token)).status).toBe(404);
    const wrongFormat = await download('format=odt', world.cast.observer.token);
    expect([wrongFormat.status, ((await wrongFormat.json()) as { errors: Array<{ message: string }> }).errors[0].message]).toEqual([400, 'Ask for format=pdf, docx or akn.']);
    expect((await download('format=pdf&revision=zero', world.cast.observer.token)).status).toBe(400);
    expect((await download('format=pdf&revision=9', world.cast.observer.token)).status).toBe(404);
  });
});
