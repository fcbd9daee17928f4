import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { DECIDE, generateMinutes, holdSession, SEND } from '../../../test/minutes-factories';
import { buildContributedDossier, draftPosition } from '../../../test/response-factories';
import { scheduleSessionOn } from '../../../test/session-factories';
import { buildSignedInUser } from '../../../test/factories';
import { useTestApp } from '../../../test/use-test-app';

const PACK = `query($id: ID!) { evidencePack(dossierId: $id) {
  upToEvent openedEvent
  invitations { event person } drafts { event version } sessions { event closedEvent title }
  submissions { event } outcomes { event item } responses { event provision } sealedMinutes { event sealHash }
} }`;
const RESPOND = `mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id } }`;
const ADD_PARTICIPANT = `mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const PRIVATE_COMMENT = 'Our private tactic: concede on Article 2.';
const UNSUBMITTED = 'Fallback we have not shown anyone: eighteen months.';

type Pack = {
  upToEvent: string;
  openedEvent: string;
  invitations: Array<{ event: string; person: string }>;
  drafts: Array<{ event: string }>;
  sessions: Array<{ event: string; closedEvent: string; title: string }>;
  submissions: Array<{ event: string }>;
  outcomes: Array<{ event: string; item: string }>;
  responses: Array<{ event: string; provision: string }>;
  sealedMinutes: Array<{ event: string; sealHash: string }>;
};

/** The PDF's text, each run of white space (a cell's line break) as one space. */
const pdfText = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.normalize('NFKC').replace(/\s+/g, ' ');
const docxText = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value;

/** The C144 evidence pack downloaded as PDF/A and Word: read back as a person's tools read them. */
describe('exporting the evidence pack', () => {
  const t = useTestApp();
  let world: Awaited<ReturnType<typeof consulted>>;

  /** A dossier consulted end to end; the workers keep a private comment and a position text they never submitted. */
  async function consulted() {
    const built = await buildContributedDossier(t);
    const { cast, provision, draftId } = built;
    await t.gql(RESPOND, { input: { dossierId: cast.dossierId, submissionId: built.workersSubmission, provisionId: provision('Article 3'), verdict: 'ACCEPTED', reasons: 'Two years it is.', record: true } }, cast.government.lead.token);
    const observer = await buildSignedInUser(t);
    await t.dataSource.query('UPDATE app_user SET display_name = $1 WHERE id = $2', ['Łukasz Żółć-Nguyễn', observer.user.id]);
    await t.gql(ADD_PARTICIPANT, { input: { dossierId: cast.dossierId, role: 'OBSERVER', userId: observer.user.id } }, cast.facilitator.token);
    await t.gql(ADD_COMMENT, { input: { provisionId: provision('Article 1'), body: PRIVATE_COMMENT, visibility: 'DELEGATION' } }, cast.workers.lead.token);
    await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 2'), rationale: UNSUBMITTED }]);
    const scheduled = await scheduleSessionOn(t, cast);
    await holdSession(t, t.sockets, scheduled);
    const minutesId = await generateMinutes(t, cast.facilitator.token, scheduled.sessionId);
    await t.gql(SEND, { minutesId }, cast.facilitator.token);
    for (const who of [cast.government.lead, cast.employers.lead, cast.workers.lead, cast.facilitator]) await t.gql(DECIDE, { minutesId, revision: 1, decision: 'APPROVED' }, who.token);
    return built;
  }

  beforeAll(async () => {
    world = await consulted();
  });

  const download = (format: string, token: string, dossierId = world.cast.dossierId) =>
    fetch(`${t.url}/api/dossiers/${dossierId}/evidence?format=${format}`, { headers: { authorization: `Bearer ${token}` } });
  const packAs = async (token: string): Promise<Pack> => (await t.gql(PACK, { id: world.cast.dossierId }, token)).data!.evidencePack;
  const speaking = (locale: string, userId: string) => t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', [locale, userId]);
  /** Every fact's event, as the Record tab shows it ("#12"). */
  const eventsOf = (pack: Pack) => [
    pack.openedEvent,
    ...[pack.invitations, pack.drafts, pack.submissions, pack.outcomes, pack.responses, pack.sealedMinutes].flat().map((fact) => fact.event),
    ...pack.sessions.flatMap((session) => [session.event, session.closedEvent]),
  ];

  it('prints the pack as PDF/A-2b, every fact with its audit event, in English', async () => {
    const response = await download('pdf', world.cast.observer.token);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdf.toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    const text = await pdfText(pdf);
    const pack = await packAs(world.cast.observer.token);
    expect(text).toContain('C144 evidence pack');
    expect(text).toContain('Sessions held');
    for (const event of eventsOf(pack)) expect(text).toContain(`#${event}`);
    expect(pack.invitations.map((row) => row.person)).toEqual(['Łukasz Żółć-Nguyễn']);
    for (const fact of [...pack.invitations.map((row) => row.person), ...pack.outcomes.map((row) => row.item), 'First session', 'Accepted']) expect(text).toContain(fact);
    expect(text.replace(/\s/g, '')).toContain(pack.sealedMinutes[0].sealHash); // a narrow cell breaks it
  });

  it('writes the Word document, its headings and its file name in French, every fact with its audit event', async () => {
    await speaking('fr', world.cast.employers.member.user.id);
    const response = await download('docx', world.cast.employers.member.token);
    expect(response.headers.get('content-disposition')).toMatch(/-dossier-de-preuve-C144\.docx"/);
    expect(response.headers.get('content-language')).toBe('fr');
    const text = await docxText(Buffer.from(await response.arrayBuffer()));
    const pack = await packAs(world.cast.employers.member.token);
    expect(text).toContain('Dossier de preuve C144');
    expect(text).toContain('Séances tenues');
    expect(text).toContain('Réponses du gouvernement');
    expect(text).toContain('Acceptée');
    for (const event of eventsOf(pack)) expect(text).toContain(`#${event}`);
    expect(text).toContain(pack.sealedMinutes[0].sealHash);
  });

  it('names the file and heads the PDF in Spanish for a Spanish speaker', async () => {
    await speaking('es', world.cast.government.member.user.id);
    const response = await download('pdf', world.cast.government.member.token);
    expect(response.headers.get('content-disposition')).toMatch(/-expediente-de-prueba-C144\.pdf"/);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Expediente de prueba C144');
    expect(text).toContain('Sesiones celebradas');
  });

  it('records the copy in the dossier’s chain for everyone seated, naming the last event it states', async () => {
    const response = await download('docx', world.cast.facilitator.token);
    const upTo = response.headers.get('x-evidence-up-to-event');
    const [event] = await t.dataSource.query(`SELECT chain_seq::text, audience, actor_id, data FROM audit_event WHERE chain = $1 AND action = 'evidence.exported' ORDER BY chain_seq DESC LIMIT 1`, [world.cast.dossierId]);
    expect(event).toMatchObject({ audience: 'DOSSIER', actor_id: world.cast.facilitator.user.id, data: { format: 'docx', upToEvent: upTo } });
    expect(Number(event.chain_seq)).toBe(Number(upTo) + 1);
  });

  it('holds no delegation’s private comment and no unsubmitted position text, in either format, even for that delegation', async () => {
    for (const format of ['pdf', 'docx']) {
      const body = Buffer.from(await (await download(format, world.cast.workers.lead.token)).arrayBuffer());
      const text = format === 'pdf' ? await pdfText(body) : await docxText(body);
      expect(text).toContain('Representatives seated');
      expect(text).not.toContain(PRIVATE_COMMENT);
      expect(text).not.toContain(UNSUBMITTED);
      expect(text).not.toContain('Two years it is.'); // the pack states the verdict, not its reasons
    }
  });

  it('tells an outsider the dossier does not exist, and a wrong format what to ask', async () => {
    expect((await download('pdf', world.cast.outsider.token)).status).toBe(404);
    const wrong = await download('odt', world.cast.observer.token);
    expect([wrong.status, ((await wrong.json()) as { errors: Array<{ message: string }> }).errors[0].message]).toEqual([400, 'Ask for format=pdf or docx.']);
  });
});
