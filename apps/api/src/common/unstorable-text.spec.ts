import type { Socket } from 'socket.io-client';
import { buildDraftedDossier, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { deflatedZip } from '../dossiers/drafts/import/zip.fixture';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildOrganization, buildSignedInUser } from '../../test/factories';

const NUL = '\u0000';
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** Text that cannot be stored (U+0000, unpaired surrogates): every transport refuses it as bad input, naming the field. */
describe('unstorable text in input', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await settle(100);
    await t.close();
  });

  const commentCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM comment'))[0].n as number;

  it('refuses one in a GraphQL variable as BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const { cast, provision } = await buildDraftedDossier(t);
    const before = await commentCount();
    const result = await t.gql(ADD, { input: { provisionId: provision('Article 1'), body: `a${NUL}b`, visibility: 'PLENARY' } }, cast.workers.member.token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'input.body' })] });
    expect(await commentCount()).toBe(before);
  });

  it('refuses an unpaired surrogate in a GraphQL variable as BAD_USER_INPUT (found by fuzzing: isEmail threw on it, an internal error)', async () => {
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const organization = await buildOrganization(t.dataSource);
    const invite = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { __typename } }';
    const result = await t.gql(invite, { input: { displayName: 'Someone', email: '\uD800', organizationId: organization.id, role: 'MEMBER' } }, admin.token);
    expect([result.status, result.errors?.[0].extensions.code, result.errors?.[0].extensions.fieldErrors?.[0].field]).toEqual([400, 'BAD_USER_INPUT', 'input.email']);
  });

  it('refuses one in a string written in the GraphQL document as BAD_USER_INPUT naming the field', async () => {
    const { cast, provision } = await buildDraftedDossier(t);
    const literal = `mutation { addComment(input: { provisionId: "${provision('Article 1')}", body: "a\\u0000b", visibility: PLENARY }) { id } }`;
    const result = await t.gql(literal, {}, cast.workers.member.token);
    expect([result.status, result.errors?.[0].extensions.fieldErrors?.[0].field]).toEqual([400, 'input.body']);
  });

  it('refuses one in a socket payload with a BAD_USER_INPUT ack naming the field', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const facilitator = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await facilitator.send('session:start', { sessionId });
    await facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'CAUCUS_BREAK', caucusMinutes: 10 });
    const lead = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    const reply = await lead.send('caucus:say', { sessionId, body: `We hold${NUL}` });
    expect(reply).toEqual({ ok: false, error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('body') } });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM caucus_message WHERE session_id = $1', [sessionId]))[0].n).toBe(0);
  });

  it('refuses one in an uploaded file’s encoded name (filename*) as BAD_USER_INPUT on the file field, and imports nothing', async () => {
    const { cast } = await buildDraftedDossier(t);
    const boundary = 'tripart-boundary';
    const part = [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename*=UTF-8''draft%00.txt`, 'Content-Type: text/plain', '', SAMPLE_DRAFT, `--${boundary}--`, ''].join('\r\n');
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/drafts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cast.facilitator.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: part,
    });
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(response.status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'file' })] });
    expect((await t.dataSource.query('SELECT max(version)::int AS v FROM draft WHERE dossier_id = $1', [cast.dossierId]))[0].v).toBe(1);
  });

  it('imports a Word draft with a NUL character in its text, without it (found by fuzzing: the import was an internal error)', async () => {
    const { cast } = await buildDraftedDossier(t);
    const document = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>Article 7</w:t></w:r></w:p><w:p><w:r><w:t>Wages${NUL} are paid monthly.</w:t></w:r></w:p></w:body></w:document>`;
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, deflatedZip([{ name: 'word/document.xml', content: Buffer.from(document) }]), 'draft.docx');
    expect(status).toBe(200);
    const [{ text }] = await t.dataSource.query("SELECT text FROM provision WHERE draft_id = $1 AND kind = 'ARTICLE'", [body.draft.id]);
    expect(text).toBe('Wages are paid monthly.');
  });
});
