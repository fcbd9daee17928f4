import * as Y from 'yjs';
import { positionKeys } from '@tripart/contracts';
import { positionDocument } from '../src/collab/document-name';
import { connectCollab, until } from './collab-client';
import { buildDraftedDossier } from './draft-factories';
import type { SuiteApp } from './use-test-app';

export interface PositionOnProvision {
  provisionId: string;
  stance?: string;
  rationale?: string;
  wording?: string;
}

const SUBMIT = `mutation($delegationId: ID!, $draftId: ID!) { submitPosition(delegationId: $delegationId, draftId: $draftId) { id } }`;

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

type Cast = Awaited<ReturnType<typeof buildDraftedDossier>>['cast'];
type Side = 'government' | 'employers' | 'workers';

/** A delegation's member co-drafts its paper (through its Yjs document, as in the web app); `submit` has its lead submit it. */
export async function draftPosition(t: SuiteApp, cast: Cast, side: Side, draftId: string, positions: PositionOnProvision[]) {
  const delegationId = cast[side].lead.delegationId;
  const member = connectCollab(t.url, positionDocument(delegationId, draftId), cast[side].member.token);
  t.clients.push(member);
  await member.ready;
  member.doc.transact(() => {
    for (const { provisionId, stance, rationale, wording } of positions) {
      if (stance) member.doc.getMap(positionKeys.stances).set(provisionId, stance);
      if (rationale) member.doc.getXmlFragment(positionKeys.rationale(provisionId)).insert(0, [paragraph(rationale)]);
      if (wording) member.doc.getXmlFragment(positionKeys.wording(provisionId)).insert(0, [paragraph(wording)]);
    }
  });
  await until(() => member.provider.unsyncedChanges === 0);
  return {
    delegationId,
    submit: async (): Promise<string> => {
      const result = await t.gql(SUBMIT, { delegationId, draftId }, cast[side].lead.token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.submitPosition.id;
    },
  };
}

/**
 * A drafted dossier in consultation where the workers submitted a stance with its rationale on Article 1
 * and a wording on Article 3, the employers a stance on Article 2, and the government its own paper.
 */
export async function buildContributedDossier(t: SuiteApp) {
  const built = await buildDraftedDossier(t);
  const { cast, provision } = built;
  const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
  const workers = await draftPosition(t, cast, 'workers', draft.id, [
    { provisionId: provision('Article 1'), stance: 'OPPOSE', rationale: 'The public sector must be covered.' },
    { provisionId: provision('Article 3'), wording: 'for a period of two years' },
  ]);
  const workersSubmission = await workers.submit();
  const employersSubmission = await (await draftPosition(t, cast, 'employers', draft.id, [{ provisionId: provision('Article 2'), stance: 'SUPPORT' }])).submit();
  await (await draftPosition(t, cast, 'government', draft.id, [{ provisionId: provision('Article 2'), stance: 'SUPPORT', rationale: 'Our own proposal.' }])).submit();
  return { ...built, draftId: draft.id as string, workersSubmission, employersSubmission };
}
