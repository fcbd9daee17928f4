import * as Y from 'yjs';
import { jointDocument } from '../src/collab/document-name';
import { connectCollab, until } from './collab-client';
import { draftPosition } from './response-factories';
import { buildSession, joinRoom, type RoomClient } from './session-factories';
import type { SuiteApp } from './use-test-app';

/** Words no export may hold: a delegation's private comment, its unsubmitted paper, a joint text no outcome froze. */
export const PRIVATE_WORDS = { comment: 'Our fallback: accept eighteen months', paper: 'Unsubmitted: we could live with four years', joint: 'Unfrozen joint words still being drafted' };
export const AGREED_WORDS = 'This Act applies to every worker, in the public and private sectors alike.\nSpecial laws may add to it, never take from it.';

async function ok(client: RoomClient, event: string, payload: Record<string, unknown>) {
  const reply = await client.send(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply)}`);
}

/** Types into an item's joint text as the facilitator's editor does. */
async function writeJoint(t: SuiteApp, token: string, sessionId: string, agendaItemId: string, words: string) {
  const editor = connectCollab(t.url, jointDocument(sessionId, agendaItemId), token);
  t.clients.push(editor);
  await editor.ready;
  const fragment = editor.doc.getXmlFragment('default');
  editor.doc.transact(() => {
    fragment.delete(0, fragment.length);
    for (const line of words.split('\n')) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      fragment.push([paragraph]);
    }
  });
  await until(() => editor.provider.unsyncedChanges === 0);
}

/**
 * A live session on the sample draft's three articles: Article 1's joint text
 * agreed with the workers' reservation (AGREED_WORDS; `reservation`, else "Two years"), Article 2 without
 * consensus, Article 3's joint text still being drafted. The workers keep a
 * private comment and an unsubmitted paper; the employers submitted a stance
 * on Article 2.
 */
export async function buildAgreedDossier(t: SuiteApp, options: { reservation?: string } = {}) {
  const built = await buildSession(t);
  const { cast, sessionId, agenda } = built;
  const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
  const articles: Array<{ id: string; number: string }> = await t.dataSource.query(`SELECT id, number FROM provision WHERE draft_id = $1 AND kind = 'ARTICLE' ORDER BY position`, [draft.id]);
  const comment = await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { provisionId: articles[0].id, body: PRIVATE_WORDS.comment, visibility: 'DELEGATION' } }, cast.workers.member.token);
  if (comment.errors) throw new Error(JSON.stringify(comment.errors));
  await draftPosition(t, cast, 'workers', draft.id, [{ provisionId: articles[1].id, stance: 'OPPOSE', rationale: PRIVATE_WORDS.paper }]);
  const employers = await draftPosition(t, cast, 'employers', draft.id, [{ provisionId: articles[1].id, stance: 'OPPOSE', rationale: 'Too costly for small firms.' }]);
  const employersSubmission = await employers.submit();

  const chair = await joinRoom(t, cast.facilitator.token, sessionId, t.sockets);
  await ok(chair, 'session:start', { sessionId });
  await writeJoint(t, cast.facilitator.token, sessionId, agenda[0].id, AGREED_WORDS);
  await ok(chair, 'outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS_WITH_RESERVATIONS', note: 'Agreed as amended', reservations: { WORKERS: options.reservation ?? 'Two years' } });
  await ok(chair, 'outcome:record', { sessionId, agendaItemId: agenda[1].id, outcome: 'NO_CONSENSUS', note: 'The employers oppose' });
  await writeJoint(t, cast.facilitator.token, sessionId, agenda[2].id, PRIVATE_WORDS.joint);
  return { ...built, draftId: draft.id as string, articles, chair, employersSubmission };
}
