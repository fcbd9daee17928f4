// bench:room's cast: people invited into the demo organizations of the three sides and seated in the demo
// dossier's delegations, through GraphQL as an administrator and a delegation's lead would; sessions scheduled.
import { graphql } from './graphql.mjs';

const SIDES = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];
const LEADS = { GOVERNMENT: 'gov.lead', EMPLOYERS: 'emp.lead', WORKERS: 'wrk.lead' };
const SEAT_CONCURRENCY = 8;

/**
 * Invites `count` people (round robin over the sides) and seats them; returns their access tokens, the
 * facilitator's and the dossier. A delegation's own lead seats its members (C144 Art. 3); where the API
 * still lets only facilitators seat, the facilitator does.
 */
export async function seatParticipants(url, count, suffix) {
  const { gql, signIn } = graphql(url);
  const [adminToken, facilitatorToken] = await Promise.all(['admin', 'facilitator'].map((who) => signIn(`${who}@tripart.example`)));
  const leadTokens = Object.fromEntries(await Promise.all(SIDES.map(async (side) => [side, await signIn(`${LEADS[side]}@tripart.example`)])));
  const { dossiers } = await gql('{ dossiers { id delegations { id constituency } } }', {}, facilitatorToken);
  const dossier = dossiers.find((x) => x.delegations.length === 3);
  if (!dossier) throw new Error('the demo dossier is missing');
  const { organizations } = await gql('{ organizations { id acronym kind } }', {}, adminToken);
  const orgsOf = Object.fromEntries(SIDES.map((side) => [side, organizations.filter((o) => o.kind === side && ['MLSD', 'VFE', 'NCW', 'VTUC'].includes(o.acronym))]));
  if (SIDES.some((side) => orgsOf[side].length === 0)) throw new Error('the demo organizations are missing');

  const addMember = 'mutation($input:AddDelegationMemberInput!){addDelegationMember(input:$input){id}}';
  const seat = async (n) => {
    const side = SIDES[n % 3];
    const orgs = orgsOf[side];
    const { inviteUser } = await gql(
      'mutation($input:InviteUserInput!){inviteUser(input:$input){token}}',
      { input: { displayName: `Bench Participant ${n}`, email: `bench.participant${n}.${suffix}@tripart.example`, organizationId: orgs[Math.floor(n / 3) % orgs.length].id, role: 'MEMBER' } },
      adminToken,
    );
    const { acceptInvitation } = await gql(
      'mutation($input:AcceptInvitationInput!){acceptInvitation(input:$input){accessToken user{id}}}',
      { input: { token: inviteUser.token, password: `Bench-participant-${suffix}` } },
    );
    const input = { input: { dossierId: dossier.id, constituency: side, userId: acceptInvitation.user.id } };
    await gql(addMember, input, leadTokens[side]).catch(() => gql(addMember, input, facilitatorToken));
    return acceptInvitation.accessToken;
  };
  const tokens = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: SEAT_CONCURRENCY }, async () => {
      while (next < count) {
        const n = next++;
        tokens[n] = await seat(n);
      }
    }),
  );
  return { tokens, facilitatorToken, dossierId: dossier.id };
}

/** A session on the dossier with one free topic; its id and the topic's. */
export async function scheduleSession(url, facilitatorToken, dossierId, title) {
  const { gql } = graphql(url);
  const startsAt = new Date();
  const { scheduleSession: session } = await gql(
    'mutation($input:ScheduleSessionInput!){scheduleSession(input:$input){id agenda{id}}}',
    { input: { dossierId, title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), agenda: [{ title: 'Benchmark topic' }] } },
    facilitatorToken,
  );
  return { sessionId: session.id, agendaItemId: session.agenda[0].id };
}
