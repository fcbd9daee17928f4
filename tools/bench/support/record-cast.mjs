// bench:record's cast and draft: a dossier opened by the demo facilitator, its three delegations seated with the
// demo people and invited ones (realistic names, the demo organizations of each side), the demo observer, and a
// 300-article draft imported as a DOCX — each through GraphQL or the upload route, as the web app does.
import { Document, Packer, Paragraph } from 'docx';
import { graphql } from './graphql.mjs';

export const SIDES = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];
const DEMO = {
  GOVERNMENT: ['gov.lead', 'gov.member'],
  EMPLOYERS: ['emp.lead', 'emp.member'],
  WORKERS: ['wrk.lead', 'wrk.member'],
};
/** Invited delegates per side: [name, organization acronym] (demo organizations). */
const INVITED = {
  GOVERNMENT: [['Rafael Mendoza Ortiz', 'MLSD'], ['Aisha Bello', 'MLSD'], ['Li Wei', 'MLSD']],
  EMPLOYERS: [['Henrik Nilsson', 'VFE'], ['Fatima Zahra El Idrissi', 'VFE'], ['Pierre-Louis Martin', 'VFE']],
  WORKERS: [['Grace Wanjiru Mwangi', 'NCW'], ['Dmitri Volkov', 'VTUC'], ['Ana Lúcia Pereira', 'VTUC']],
};
const HEADINGS = ['Scope', 'Definitions', 'Freedom of association', 'Registration of unions', 'Collective bargaining', 'Extension of agreements',
  'Working time', 'Overtime', 'Annual leave', 'Maternity protection', 'Minimum wage', 'Payment of wages', 'Occupational safety', 'Labour inspection',
  'Dismissal', 'Notice', 'Severance pay', 'Strikes', 'Essential services', 'Dispute resolution'];
const BODIES = [
  'Every worker and every employer shall have the right to establish and, subject only to the rules of the organization concerned, to join organizations of their own choosing without previous authorisation.',
  'The Minister, after consulting the most representative organizations of employers and workers, may by regulation extend the provisions of a collective agreement to a whole sector of activity.',
  'Normal hours of work shall not exceed eight in the day and forty in the week; hours worked beyond them shall be paid at a rate not less than one and a quarter times the regular rate.',
  'The labour inspectorate shall supervise the application of this Code in all workplaces, including those of the public sector, and shall report each year to the National Labour Council.',
  'No worker shall be dismissed for a reason connected with membership of a trade union or participation in union activities outside working hours or, with the consent of the employer, within them.',
];

const docxOf = (articles) => {
  const children = [new Paragraph('Labour Code (Amendment) Bill')];
  for (let i = 1; i <= articles; i += 1) {
    children.push(new Paragraph(`Article ${i} - ${HEADINGS[(i - 1) % HEADINGS.length]}`));
    children.push(new Paragraph(BODIES[i % BODIES.length]));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
};

/**
 * The dossier with its cast: `people[side]` (the lead first, each { token, userId, name }), the facilitator's and
 * the observer's tokens, the draft's articles in order.
 */
export async function seatCast(url, articles, suffix) {
  const { gql, signIn } = graphql(url);
  const [admin, facilitator, observer] = await Promise.all(['admin', 'facilitator', 'observer'].map((who) => signIn(`${who}@tripart.example`)));
  const { createDossier: dossier } = await gql(
    'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id delegations { id constituency } } }',
    { input: { title: 'Labour Code (Amendment) Bill — the record benchmark', countryCode: 'XV', summary: 'Closing the gaps with C087, C098 and C144.', conventionCodes: ['C087', 'C098', 'C144'] } },
    facilitator,
  );
  const { organizations } = await gql('{ organizations { id acronym } }', {}, admin);
  const orgId = (acronym) => organizations.find((o) => o.acronym === acronym).id;
  const me = 'query { me { id displayName } }';
  const addMember = 'mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }';
  const people = {};
  for (const side of SIDES) {
    const [leadEmail, memberEmail] = DEMO[side];
    const seated = [];
    for (const email of [leadEmail, memberEmail]) {
      const token = await signIn(`${email}@tripart.example`);
      seated.push({ token, ...(await gql(me, {}, token)).me });
    }
    for (const [index, [name, acronym]] of INVITED[side].entries()) {
      const { inviteUser } = await gql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { token } }',
        { input: { displayName: name, email: `record.${side.toLowerCase()}${index}.${suffix}@tripart.example`, organizationId: orgId(acronym), role: 'MEMBER' } }, admin);
      const { acceptInvitation } = await gql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id displayName } } }',
        { input: { token: inviteUser.token, password: `Record-bench-${suffix}` } });
      seated.push({ token: acceptInvitation.accessToken, ...acceptInvitation.user });
    }
    // The facilitator seats the side's first lead; the lead seats the rest (C144 Art. 3).
    await gql(addMember, { input: { dossierId: dossier.id, constituency: side, userId: seated[0].id, lead: true } }, facilitator);
    for (const person of seated.slice(1)) await gql(addMember, { input: { dossierId: dossier.id, constituency: side, userId: person.id } }, seated[0].token);
    people[side] = seated.map((person) => ({ ...person, delegationId: dossier.delegations.find((d) => d.constituency === side).id }));
  }
  const observerId = (await gql(me, {}, observer)).me.id;
  await gql('mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }', { input: { dossierId: dossier.id, role: 'OBSERVER', userId: observerId } }, facilitator);

  const form = new FormData();
  form.append('file', new Blob([await docxOf(articles)]), 'labour-code-amendment-bill.docx');
  const upload = await fetch(`${url}/api/dossiers/${dossier.id}/drafts`, { method: 'POST', headers: { authorization: `Bearer ${facilitator}` }, body: form });
  if (!upload.ok) throw new Error(`draft upload: ${upload.status} ${await upload.text()}`);
  const { dossier: read } = await gql('query($id: ID!) { dossier(id: $id) { currentDraft { id provisions { id kind number text } } } }', { id: dossier.id }, facilitator);
  const provisions = read.currentDraft.provisions.filter((p) => p.kind === 'ARTICLE');
  return { dossierId: dossier.id, draftId: read.currentDraft.id, provisionCount: read.currentDraft.provisions.length, articles: provisions, people, facilitator, observer, observerId };
}
