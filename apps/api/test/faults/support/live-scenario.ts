import { positionDocument } from '../../../src/collab/document-name';
import { buildSession, joinRoom, type RoomClient } from '../../session-factories';
import type { TestApp } from '../../test-app';

/**
 * The scene of the live scenarios: a session started with its first item's
 * review round open, the facilitator's socket on instance A, and the name of
 * the workers' position paper (which the scenarios' editors open).
 */
export async function openLiveRoom(a: TestApp) {
  const { cast, sessionId, agenda } = await buildSession(a);
  const facilitator: RoomClient = await joinRoom(a, cast.facilitator.token, sessionId, []);
  await facilitator.send('session:start', { sessionId });
  await facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'PROVISION_REVIEW', speakingSeconds: 60 });
  const [draft] = await a.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
  const paper = positionDocument(cast.workers.lead.delegationId, draft.id);
  return { cast, sessionId, agenda, facilitator, paper };
}
