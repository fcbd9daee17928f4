import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/access/actor';
import type { DossierStanding } from '../../src/access/dossier-policy';
import { Participant } from '../../src/dossiers/participant.entity';
import { buildDossierWithCast, type SignedIn } from '../dossier-factories';
import { buildDraftedDossier } from '../draft-factories';
import { buildOrganization, buildSignedInUser, buildUser } from '../factories';
import type { TestApp } from '../test-app';

/** A person the matrix acts as, with their place in the dossier under test (null token: anonymous). */
export interface Role {
  name: string;
  token: string | null;
  /** Who they are to the API (null: anonymous). */
  actor: Actor | null;
  /** Their standing in the dossier under test, as DossierAccess would give it; null for anonymous. */
  standing: DossierStanding | null;
}

const standing = (person: SignedIn | null, seat: Partial<DossierStanding> & { admin?: boolean } = {}): DossierStanding => ({
  actor: { userId: person?.user.id ?? randomUUID(), email: '', role: seat.admin ? 'ADMIN' : 'MEMBER', locale: 'en', organizationKinds: [] },
  role: seat.role ?? null,
  delegationId: seat.delegationId ?? null,
  isLead: seat.isLead ?? false,
  observersMayComment: false,
});

const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const PROPOSE = `mutation($input: AddDelegationMemberInput!) { proposeDelegationMember(input: $input) { request { id } } }`;
const LINK = `mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id } }`;

/**
 * The world the authorization matrix runs in: dossier A (a draft, a session,
 * comments, a convention link) with its whole cast, an administrator, and
 * dossier B whose cast is seated in B only (to whom everything of A is
 * foreign). Factories make a fresh subject where an allowed call would use
 * it up (a seat removed, a comment deleted, a proposal decided).
 */
export async function buildAuthorizationWorld(t: TestApp) {
  const { cast, provision } = await buildDraftedDossier(t);
  const provisionId = provision('Article 2');
  const { sessionId, agendaItemId } = await buildSessionIn(t, cast, provisionId);
  const minutesId = await minutesOf(t, cast, sessionId);
  const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1 ORDER BY version DESC LIMIT 1', [cast.dossierId]);
  const foreign = await buildDossierWithCast(t);
  const admin = await buildSignedInUser(t, { role: 'ADMIN' });
  const wrk = cast.workers.lead.delegationId;

  const comment = async (visibility: 'PLENARY' | 'DELEGATION') => {
    const result = await t.gql(ADD_COMMENT, { input: { provisionId, body: `A point ${randomUUID()}`, visibility } }, cast.workers.lead.token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.addComment.id as string;
  };
  const workersCandidate = async () => (await buildUser(t.dataSource, { organization: await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' }) })).id;
  const seat = async (fields: Partial<Participant>) =>
    (await t.dataSource.getRepository(Participant).save({ dossierId: cast.dossierId, userId: (await buildUser(t.dataSource)).id, role: 'OBSERVER', delegationId: null, isLead: false, ...fields })).id;

  const roles: Array<Omit<Role, 'actor'>> = [
    { name: 'administrator', token: admin.token, standing: standing(admin, { admin: true }) },
    { name: 'facilitator', token: cast.facilitator.token, standing: standing(cast.facilitator, { role: 'FACILITATOR' }) },
    ...(['government', 'employers', 'workers'] as const).flatMap((side) => [
      { name: `${side} lead`, token: cast[side].lead.token, standing: standing(cast[side].lead, { role: 'DELEGATE', delegationId: cast[side].lead.delegationId, isLead: true }) },
      { name: `${side} member`, token: cast[side].member.token, standing: standing(cast[side].member, { role: 'DELEGATE', delegationId: cast[side].member.delegationId }) },
    ]),
    { name: 'observer', token: cast.observer.token, standing: standing(cast.observer, { role: 'OBSERVER' }) },
    { name: 'no seat', token: cast.outsider.token, standing: standing(cast.outsider) },
    { name: 'anonymous', token: null, standing: null },
  ];
  // Everyone of dossier B, to whom all of A is foreign.
  const foreigners: Role[] = (
    [
      ['facilitator of another dossier', foreign.facilitator],
      ['workers lead of another dossier', foreign.workers.lead],
      ['government member of another dossier', foreign.government.member],
      ['observer of another dossier', foreign.observer],
    ] as const
  ).map(([name, person]) => ({ name, token: person.token, actor: standing(person).actor, standing: null }));

  return {
    roles: roles.map((role): Role => ({ ...role, actor: role.standing?.actor ?? null })),
    foreigners,
    ids: {
      dossierId: cast.dossierId,
      draftId: draft.id as string,
      provisionId,
      sessionId,
      agendaItemId,
      minutesId,
      workersMemberUserId: cast.workers.member.user.id,
      workersDelegationId: wrk,
      governmentDelegationId: cast.government.lead.delegationId,
      /** A workers' submission holding a contribution (a stance) on the provision: what the government responds to. */
      workersSubmission: await workersSubmission(t, cast.dossierId, wrk, draft.id, provisionId, cast.workers.lead.user.id),
      facilitatorUserId: cast.facilitator.user.id,
      plenaryComment: await comment('PLENARY'),
      foreignDossierId: foreign.dossierId,
    },
    read: {
      /** Whether the facilitator has unlocked drafting of the agenda item's joint text (the live-room cases may have). */
      draftingUnlocked: async () =>
        ((await t.dataSource.query('SELECT drafting_unlocked FROM agenda_item WHERE id = $1', [agendaItemId]))[0].drafting_unlocked as boolean) === true,
      /** Whether the agenda item's outcome is recorded (its joint text then frozen). */
      outcomeRecorded: async () => (await t.dataSource.query('SELECT 1 FROM outcome WHERE agenda_item_id = $1', [agendaItemId])).length > 0,
    },
    make: {
      /** A plenary comment by the workers' lead. */
      plenaryComment: () => comment('PLENARY'),
      /** A person of a workers' organization of the dossier's country, not taking part. */
      workersCandidate,
      /** A pending proposal (by the facilitator) for the workers' delegation. */
      workersProposal: async () => {
        const result = await t.gql(PROPOSE, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: await workersCandidate(), lead: false } }, cast.facilitator.token);
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        return result.data.proposeDelegationMember.request.id as string;
      },
      /** A seat: an observer's, or a member of the workers' delegation. */
      observerSeat: () => seat({ role: 'OBSERVER' }),
      workersSeat: () => seat({ role: 'DELEGATE', delegationId: wrk }),
      /** A convention link on the provision. */
      link: async () => {
        const result = await t.gql(LINK, { input: { provisionId, conventionCode: 'C087', article: String(Math.floor(Math.random() * 1e6)), gapNote: '' } }, cast.facilitator.token);
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        return result.data.linkConvention.id as string;
      },
    },
  };
}

export type AuthorizationWorld = Awaited<ReturnType<typeof buildAuthorizationWorld>>;

async function buildSessionIn(t: TestApp, cast: Awaited<ReturnType<typeof buildDossierWithCast>>, provisionId: string) {
  const result = await t.gql(
    `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agenda { id } } }`,
    { input: { dossierId: cast.dossierId, title: 'Matrix session', startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), agenda: [{ provisionId }] } },
    cast.facilitator.token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { sessionId: result.data.scheduleSession.id as string, agendaItemId: result.data.scheduleSession.agenda[0].id as string };
}

/** Minutes of the session, written as generation would (the session stays open for the live-room cases). */
async function minutesOf(t: TestApp, cast: Awaited<ReturnType<typeof buildDossierWithCast>>, sessionId: string): Promise<string> {
  const [minutes] = await t.dataSource.query(`INSERT INTO minutes (dossier_id, session_id, kind, created_by_id) VALUES ($1, $2, 'MINUTES', $3) RETURNING id`, [cast.dossierId, sessionId, cast.facilitator.user.id]);
  const content = { kind: 'MINUTES', session: { id: sessionId, title: 'Matrix session', startsAt: new Date().toISOString(), endsAt: new Date().toISOString(), place: null, meetingUrl: null, chairs: [] }, attendance: [], items: [], opening: '', closing: '' };
  await t.dataSource.query('INSERT INTO minutes_revision (minutes_id, number, content, created_by_id) VALUES ($1, 1, $2, $3)', [minutes.id, content, cast.facilitator.user.id]);
  return minutes.id as string;
}

async function workersSubmission(t: TestApp, dossierId: string, delegationId: string, draftId: string, provisionId: string, leadId: string): Promise<string> {
  const content = { general: '', provisions: [{ provisionId, stance: 'OPPOSE', rationale: '', proposedWording: '' }] };
  const [row] = await t.dataSource.query(
    `INSERT INTO position_submission (dossier_id, delegation_id, constituency, draft_id, number, submitted_by_id, submitted_at, content_hash, content)
     VALUES ($1, $2, 'WORKERS', $3, 1, $4, now(), repeat('0', 64), $5) RETURNING id`,
    [dossierId, delegationId, draftId, leadId, JSON.stringify(content)],
  );
  return row.id as string;
}
