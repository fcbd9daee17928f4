// bench:record's positions and responses, as the web app makes them: each delegation's paper co-drafted in its
// Yjs document (a stance per article, a rationale or wording on some) and submitted by its lead again and again as
// the paper grows; then the government's lead records responses to part of the social partners' contributions.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { graphql } from './graphql.mjs';
import { SIDES } from './record-cast.mjs';

const STANCES = ['SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'RESERVE', 'SUPPORT'];
const RATIONALES = [
  'The article closes the gap the CEACR noted with Article 2 of C087.',
  'Small and medium enterprises need a transition period to adapt their payroll systems.',
  'The public sector must be covered: C098 Article 6 excludes only public servants engaged in the administration of the State.',
  'The threshold should be set after consulting the National Labour Council.',
];
const VERDICTS = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];

function paragraph(text) {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function openPaper(url, name, token) {
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket, maxAttempts: 5 });
  const doc = new Y.Doc();
  let provider;
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not synced within 30 s`)), 30_000);
    provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token,
      onSynced: () => { clearTimeout(timer); resolve(); },
      onAuthenticationFailed: ({ reason }) => { clearTimeout(timer); reject(new Error(`${name}: refused (${reason})`)); } });
  });
  provider.attach();
  const synced = async () => { while (provider.unsyncedChanges > 0) await new Promise((r) => setTimeout(r, 20)); };
  return { doc, ready, synced, close: () => { provider.destroy(); socket.destroy(); } };
}

/**
 * `submissions` in all, a third per side: the k-th submission of a side covers the first k/n of the articles
 * (a stance on nine in ten of them; a rationale on every third, a wording on every seventh). Returns the count.
 */
export async function submitPositions(url, cast, submissions) {
  const { gql } = graphql(url);
  const perSide = Math.round(submissions / SIDES.length);
  let made = 0;
  for (const [sideIndex, side] of SIDES.entries()) {
    const [lead, member] = cast.people[side];
    const paper = openPaper(url, `position:${lead.delegationId}:${cast.draftId}`, member.token);
    await paper.ready;
    const stances = paper.doc.getMap('stances');
    for (let k = 1; k <= perSide; k += 1) {
      const upTo = Math.round((k * cast.articles.length) / perSide);
      const from = Math.round(((k - 1) * cast.articles.length) / perSide);
      paper.doc.transact(() => {
        for (let i = from; i < upTo; i += 1) {
          if (i % 10 === 9) continue;
          const id = cast.articles[i].id;
          stances.set(id, STANCES[(i + sideIndex * 2) % STANCES.length]);
          if (i % 3 === sideIndex) paper.doc.getXmlFragment(`rationale:${id}`).insert(0, [paragraph(RATIONALES[i % RATIONALES.length])]);
          if (i % 7 === sideIndex) paper.doc.getXmlFragment(`wording:${id}`).insert(0, [paragraph(`${cast.articles[i].text.split(';')[0]}, after consulting the social partners.`)]);
        }
      });
      await paper.synced();
      await gql('mutation($d: ID!, $r: ID!) { submitPosition(delegationId: $d, draftId: $r) { id } }', { d: lead.delegationId, r: cast.draftId }, lead.token);
      made += 1;
    }
    paper.close();
  }
  return made;
}

/** The government's lead records a response to every `every`-th contribution of the social partners; returns { recorded, total }. */
export async function recordResponses(url, cast, every) {
  const { gql } = graphql(url);
  const lead = cast.people.GOVERNMENT[0];
  const { contributionResponses } = await gql('query($id: ID!) { contributionResponses(dossierId: $id) { total contributions { key provisionId } } }', { id: cast.dossierId }, lead.token);
  let recorded = 0;
  for (const [index, contribution] of contributionResponses.contributions.entries()) {
    if (index % every !== 0) continue;
    const submissionId = contribution.key.split(':')[0];
    await gql('mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id } }', {
      input: { dossierId: cast.dossierId, submissionId, provisionId: contribution.provisionId, verdict: VERDICTS[recorded % 3], record: true,
        reasons: recorded % 3 === 2 ? 'The Government maintains the text: the matter is left to collective bargaining.' : 'The Government takes the proposal into the next draft.' },
    }, lead.token);
    recorded += 1;
  }
  return { recorded, total: contributionResponses.total };
}
