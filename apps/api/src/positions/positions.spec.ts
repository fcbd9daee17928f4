import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { positionDocument } from '../collab/document-name';
import { connectCollab, until } from '../../test/collab-client';
import { buildSession } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';
import { positionKeys } from '@tripart/contracts';

const SUBMIT = `mutation($delegationId: ID!, $draftId: ID!) { submitPosition(delegationId: $delegationId, draftId: $draftId) {
  number constituency contentHash content { general provisions { provisionId stance rationale proposedWording } } } }`;
const SUBMISSIONS = `query($id: ID!) { positionSubmissions(dossierId: $id) { number constituency content { general } } }`;

describe('position papers', () => {
  const t = useTestApp();
  const { clients } = t;

  function paragraph(text: string): Y.XmlElement {
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [new Y.XmlText(text)]);
    return element;
  }

  /** The workers co-draft their paper: a general statement, and a stance with rationale and wording on Article 3. */
  async function drafted() {
    const built = await buildSession(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [built.cast.dossierId]);
    const [article3] = await t.dataSource.query(`SELECT id FROM provision WHERE draft_id = $1 AND number = 'Article 3'`, [draft.id]);
    const delegationId = built.cast.workers.lead.delegationId;
    const member = connectCollab(t.url, positionDocument(delegationId, draft.id), built.cast.workers.member.token);
    clients.push(member);
    await member.ready;
    member.doc.transact(() => {
      member.doc.getXmlFragment(positionKeys.general).insert(0, [paragraph('The workers support the reform, with two amendments.')]);
      member.doc.getMap(positionKeys.stances).set(article3.id, 'SUPPORT_WITH_AMENDMENTS');
      member.doc.getXmlFragment(positionKeys.rationale(article3.id)).insert(0, [paragraph('Three years is too long.')]);
      member.doc.getXmlFragment(positionKeys.wording(article3.id)).insert(0, [paragraph('for a period of two years')]);
    });
    await until(() => member.provider.unsyncedChanges === 0);
    return { ...built, draftId: draft.id, delegationId, article3: article3.id as string };
  }

  it('renders the live paper into an immutable submission, submitted by a lead', async () => {
    const { cast, draftId, delegationId, article3 } = await drafted();
    const result = await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    expect(result.data?.submitPosition).toMatchObject({
      number: 1,
      constituency: 'WORKERS',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      content: {
        general: 'The workers support the reform, with two amendments.',
        provisions: [{ provisionId: article3, stance: 'SUPPORT_WITH_AMENDMENTS', rationale: 'Three years is too long.', proposedWording: 'for a period of two years' }],
      },
    });
  });

  it('submits the text as typed, angle brackets included, and hashes that text', async () => {
    const { cast, draftId, delegationId, article3 } = await drafted();
    const typed = 'fewer than <50> workers, or 10 < n and n > 5';
    const lead = connectCollab(t.url, positionDocument(delegationId, draftId), cast.workers.lead.token);
    clients.push(lead);
    await lead.ready;
    const rationale = lead.doc.getXmlFragment(positionKeys.rationale(article3));
    lead.doc.transact(() => {
      rationale.delete(0, rationale.length);
      rationale.insert(0, [paragraph(typed)]);
    });
    await until(() => lead.provider.unsyncedChanges === 0);
    const result = await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    const { content, contentHash } = result.data!.submitPosition;
    expect(content.provisions[0].rationale).toBe(typed);
    // The answer lists the fields in the order the server hashed them: the hash is of what the plenary reads.
    expect(contentHash).toBe(createHash('sha256').update(JSON.stringify(content)).digest('hex'));
  });

  it('shows the other sides nothing of the paper until it is submitted, then only the submission', async () => {
    const { cast, draftId, delegationId } = await drafted();
    const before = await t.gql(SUBMISSIONS, { id: cast.dossierId }, cast.employers.lead.token);
    expect(before.data?.positionSubmissions).toEqual([]);
    await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    const after = await t.gql(SUBMISSIONS, { id: cast.dossierId }, cast.employers.lead.token);
    expect(after.data?.positionSubmissions).toEqual([{ number: 1, constituency: 'WORKERS', content: { general: 'The workers support the reform, with two amendments.' } }]);
  });

  it('lets only a lead of the delegation submit', async () => {
    const { cast, draftId, delegationId } = await drafted();
    expect((await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.member.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const other of [cast.employers.lead, cast.facilitator, cast.observer]) {
      expect((await t.gql(SUBMIT, { delegationId, draftId }, other.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('numbers a later submission, which supersedes the first, and audits both', async () => {
    const { cast, draftId, delegationId } = await drafted();
    await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    const second = await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    expect(second.data?.submitPosition.number).toBe(2);
    const events = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE dossier_id = $1 AND action = 'position.submitted'`, [cast.dossierId]);
    expect(events[0].count).toBe(2);
  });

  it('gives only the latest submission of each side when asked for the latest (the consensus matrix)', async () => {
    const { cast, draftId, delegationId } = await drafted();
    for (let i = 0; i < 3; i += 1) await t.gql(SUBMIT, { delegationId, draftId }, cast.workers.lead.token);
    const latest = await t.gql(`query($id: ID!) { positionSubmissions(dossierId: $id, latest: true) { number constituency } }`, { id: cast.dossierId }, cast.employers.lead.token);
    expect(latest.data?.positionSubmissions).toEqual([{ number: 3, constituency: 'WORKERS' }]);
  });
});
