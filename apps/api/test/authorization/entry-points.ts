import { canDecideForDelegation, canInDossier, canSeeDelegationRequests, delegationSeating, mayChangeLead, type CollabDocumentScope, type DossierAction, type DossierStanding } from '../../src/access/dossier-policy';
import { jointDocument, positionDocument } from '../../src/collab/document-name';
import type { DocumentName } from '../../src/collab/document-name';
import { DOSSIER_WATCH_RULE } from '../../src/dossiers/dossier-watch.handlers';
import { LIVE_ROOM_RULES } from '../../src/sessions/live-room-rules';
import { commentPermissions } from '../../src/access/comment-permissions';
import type { LiveRoomEvent } from '../../src/sessions/live-room-rules';
import type { AuthorizationWorld } from './world';

/** One call of an entry point: GraphQL (query and variables) or HTTP (method and path). */
export type Call = { graphql: string; variables: Record<string, unknown> } | { http: 'GET' | 'POST'; path: string; body?: FormData };

export interface EntryPointCase {
  /** The call, with fresh subjects where an allowed call uses them up. */
  call(world: AuthorizationWorld): Promise<Call> | Call;
  /**
   * For an entry point refined by a subject rule: the rule applied to the
   * subject of `call` (the dossier action is checked besides).
   */
  subject?: (standing: DossierStanding, world: AuthorizationWorld) => boolean;
  /** A denial says NOT_FOUND (the subject is a delegation's own) rather than FORBIDDEN, for those the rule names. */
  hiddenFrom?: (standing: DossierStanding, world: AuthorizationWorld) => boolean;
}

const gql = (graphql: string, variables: Record<string, unknown>): Call => ({ graphql, variables });
const plenaryComment = { visibility: 'PLENARY' as const, parentId: null, deletedAt: null };
/** The permissions on a plenary comment by the workers' lead, for this reader. */
const onWorkersComment = (standing: DossierStanding, world: AuthorizationWorld) =>
  commentPermissions(standing, { ...plenaryComment, authorId: world.roles.find((role) => role.name === 'workers lead')!.standing!.actor.userId, delegationId: world.ids.workersDelegationId });
const notOfWorkers = (standing: DossierStanding, world: AuthorizationWorld) => standing.delegationId !== world.ids.workersDelegationId;

/**
 * How to call every entry point of a dossier (`in dossier: …` in the access
 * snapshot), keyed as the snapshot keys them. The matrix fails for an entry
 * point of the snapshot that has no case here: a new one must be added.
 */
export const ENTRY_POINTS: Record<string, EntryPointCase> = {
  'Query.dossier': { call: (w) => gql(`query($id: ID!) { dossier(id: $id) { id } }`, { id: w.ids.dossierId }) },
  'Mutation.updateDossier': { call: (w) => gql(`mutation($id: ID!) { updateDossier(id: $id, input: { observersMayComment: false }) { id } }`, { id: w.ids.dossierId }) },
  'Mutation.setDossierC144Subject': { call: (w) => gql(`mutation($id: ID!) { setDossierC144Subject(dossierId: $id, subject: DENUNCIATION) { id } }`, { id: w.ids.dossierId }) },
  'Query.draft': { call: (w) => gql(`query($id: ID!) { draft(id: $id) { id } }`, { id: w.ids.draftId }) },
  'Query.dossierStatusHistory': { call: (w) => gql(`query($id: ID!) { dossierStatusHistory(dossierId: $id) { at } }`, { id: w.ids.dossierId }) },
  'Query.dossierActivity': { call: (w) => gql(`query($id: ID!) { dossierActivity(dossierId: $id) { hasMore } }`, { id: w.ids.dossierId }) },
  'Query.provisions': { call: (w) => gql(`query($ids: [ID!]!) { provisions(ids: $ids) { id } }`, { ids: [w.ids.provisionId] }) },
  'Query.consultationSession': { call: (w) => gql(`query($id: ID!) { consultationSession(id: $id) { id } }`, { id: w.ids.sessionId }) },
  'Query.positionSubmissions': { call: (w) => gql(`query($id: ID!) { positionSubmissions(dossierId: $id) { id } }`, { id: w.ids.dossierId }) },
  'Query.dossierCandidates': {
    call: (w) => gql(`query($id: ID!) { dossierCandidates(dossierId: $id) { id } }`, { id: w.ids.dossierId }),
    subject: (s) => canInDossier(s, 'dossier.manage') || (s.role === 'DELEGATE' && s.isLead),
  },
  'Mutation.scheduleSession': {
    call: (w) =>
      gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: { dossierId: w.ids.dossierId, title: 'Another session', startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), agenda: [{ title: 'A topic' }] },
      }),
  },
  'Mutation.addParticipant': {
    call: async (w) => gql(`mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { dossierId: w.ids.dossierId, userId: await w.make.workersCandidate(), role: 'OBSERVER' } }),
  },
  'Mutation.removeParticipant': { call: async (w) => gql(`mutation($id: ID!) { removeParticipant(participantId: $id) }`, { id: await w.make.observerSeat() }) },
  'Mutation.setDelegationLead': {
    call: async (w) => gql(`mutation($id: ID!) { setDelegationLead(participantId: $id, lead: true) { id } }`, { id: await w.make.workersSeat() }),
    subject: (s, w) => mayChangeLead(s, { id: w.ids.workersDelegationId, hasLead: true }, true),
  },
  'Mutation.addDelegationMember': {
    call: async (w) =>
      gql(`mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`, { input: { dossierId: w.ids.dossierId, constituency: 'WORKERS', userId: await w.make.workersCandidate() } }),
    // Anyone else the seating rule lets bring people in is told to propose instead (CONFLICT): past authorization.
    subject: (s, w) => delegationSeating(s, { id: w.ids.workersDelegationId, hasMembers: true }) !== null,
  },
  'Mutation.proposeDelegationMember': {
    call: async (w) =>
      gql(`mutation($input: AddDelegationMemberInput!) { proposeDelegationMember(input: $input) { request { id } participant { id } } }`, {
        input: { dossierId: w.ids.dossierId, constituency: 'WORKERS', userId: await w.make.workersCandidate() },
      }),
    subject: (s, w) => delegationSeating(s, { id: w.ids.workersDelegationId, hasMembers: true }) !== null,
  },
  'Mutation.confirmDelegationRequest': {
    call: async (w) => gql(`mutation($id: ID!) { confirmDelegationRequest(requestId: $id) { id } }`, { id: await w.make.workersProposal() }),
    subject: (s, w) => canDecideForDelegation(s, w.ids.workersDelegationId),
    hiddenFrom: (s, w) => !canSeeDelegationRequests(s, w.ids.workersDelegationId),
  },
  'Mutation.declineDelegationRequest': {
    call: async (w) => gql(`mutation($id: ID!) { declineDelegationRequest(requestId: $id) }`, { id: await w.make.workersProposal() }),
    // Its delegation's leads decline it; whoever proposed it (the facilitator, here) withdraws it.
    subject: (s, w) => canDecideForDelegation(s, w.ids.workersDelegationId) || s.actor.userId === w.ids.facilitatorUserId,
    hiddenFrom: (s, w) => !canSeeDelegationRequests(s, w.ids.workersDelegationId),
  },
  'Mutation.linkConvention': {
    call: (w) =>
      gql(`mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id } }`, { input: { provisionId: w.ids.provisionId, conventionCode: 'C098', article: String(Math.floor(Math.random() * 1e6)), gapNote: '' } }),
  },
  'Mutation.unlinkConvention': { call: async (w) => gql(`mutation($id: ID!) { unlinkConvention(id: $id) }`, { id: await w.make.link() }) },
  'Mutation.markConventionLinkReviewed': { call: async (w) => gql(`mutation($id: ID!) { markConventionLinkReviewed(id: $id) { id } }`, { id: await w.make.link() }) },
  'HTTP POST /api/dossiers/:id/drafts': {
    call: (w) => {
      const body = new FormData();
      body.append('file', new Blob(['Draft law\n\nArticle 1 — Scope\nThis law applies to every worker.\n']), 'draft.txt');
      return { http: 'POST', path: `/api/dossiers/${w.ids.dossierId}/drafts?preview=true`, body };
    },
  },
  'HTTP GET /api/dossiers/:id/comments.csv': { call: (w) => ({ http: 'GET', path: `/api/dossiers/${w.ids.dossierId}/comments.csv` }) },
  'HTTP GET /api/dossiers/:id/comments.docx': { call: (w) => ({ http: 'GET', path: `/api/dossiers/${w.ids.dossierId}/comments.docx` }) },
  'Mutation.addComment': {
    call: (w) => gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { provisionId: w.ids.provisionId, body: 'A plenary point', visibility: 'PLENARY' } }),
    subject: (s) => canInDossier(s, 'comment.plenary.write'),
  },
  'Mutation.editComment': {
    call: (w) => gql(`mutation($id: ID!) { editComment(id: $id, input: { body: "Edited" }) { id } }`, { id: w.ids.plenaryComment }),
    subject: (s, w) => onWorkersComment(s, w).canEdit,
  },
  'Mutation.deleteComment': {
    call: async (w) => gql(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: await w.make.plenaryComment() }),
    subject: (s, w) => onWorkersComment(s, w).canDelete,
  },
  'Mutation.resolveComment': {
    call: (w) => gql(`mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }`, { id: w.ids.plenaryComment }),
    subject: (s, w) => onWorkersComment(s, w).canResolve,
  },
  'Query.evidencePack': { call: (w) => gql(`query($id: ID!) { evidencePack(dossierId: $id) { upToEvent } }`, { id: w.ids.dossierId }) },
  'Query.sessionMinutes': { call: (w) => gql(`query($id: ID!) { sessionMinutes(sessionId: $id) { id } }`, { id: w.ids.sessionId }) },
  'Mutation.generateMinutes': { call: (w) => gql(`mutation($id: ID!) { generateMinutes(sessionId: $id) { id } }`, { id: w.ids.sessionId }) },
  'Mutation.saveMinutesNarrative': { call: (w) => gql(`mutation($id: ID!) { saveMinutesNarrative(minutesId: $id, narrative: { closing: "Closed at noon." }) { id } }`, { id: w.ids.minutesId }) },
  'Mutation.sendMinutes': { call: (w) => gql(`mutation($id: ID!) { sendMinutes(minutesId: $id) { id } }`, { id: w.ids.minutesId }) },
  'Mutation.decideOnMinutes': { call: (w) => gql(`mutation($id: ID!) { decideOnMinutes(minutesId: $id, revision: 1, decision: APPROVED) { id } }`, { id: w.ids.minutesId }) },
  'HTTP GET /api/minutes/:minutesId/export': { call: (w) => ({ http: 'GET', path: `/api/minutes/${w.ids.minutesId}/export?format=akn` }) },
  'HTTP GET /api/dossiers/:dossierId/evidence': { call: (w) => ({ http: 'GET', path: `/api/dossiers/${w.ids.dossierId}/evidence?format=docx` }) },
  'HTTP GET /api/dossiers/:dossierId/agreed-text': { call: (w) => ({ http: 'GET', path: `/api/dossiers/${w.ids.dossierId}/agreed-text?format=akn` }) },
  'HTTP GET /api/dossiers/:dossierId/matrix': { call: (w) => ({ http: 'GET', path: `/api/dossiers/${w.ids.dossierId}/matrix?format=docx` }) },
  'Mutation.addMinutesAddendum': { call: (w) => gql(`mutation($id: ID!) { addMinutesAddendum(minutesId: $id, text: "A correction.") { id } }`, { id: w.ids.minutesId }) },
  'Query.contributionResponses': { call: (w) => gql(`query($id: ID!) { contributionResponses(dossierId: $id) { total } }`, { id: w.ids.dossierId }) },
  'Mutation.respondToContribution': {
    call: (w) =>
      gql(`mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id } }`, {
        input: { dossierId: w.ids.dossierId, submissionId: w.ids.workersSubmission, provisionId: w.ids.provisionId, verdict: 'ACCEPTED', reasons: 'Taken up.', record: false },
      }),
    subject: (s, w) => s.delegationId === w.ids.governmentDelegationId,
  },
  'Mutation.submitPosition': {
    call: (w) => gql(`mutation($d: ID!, $draft: ID!) { submitPosition(delegationId: $d, draftId: $draft) { id } }`, { d: w.ids.workersDelegationId, draft: w.ids.draftId }),
    subject: (s, w) => s.delegationId === w.ids.workersDelegationId,
    hiddenFrom: notOfWorkers,
  },
};

/** The lists across my dossiers (`dossier.read, each of mine`): what must never show anything of a dossier one is not in. */
export const ACROSS_MY_DOSSIERS: Record<string, string> = {
  'Query.dossiers': `{ dossiers { id } }`,
  'Query.myMentions': `{ myMentions { commentId dossierId } }`,
  'Query.upcomingSessions': `{ upcomingSessions { id dossierId } }`,
};

/**
 * A valid payload for every live-room event (a new event does not compile
 * without one), sent as every role in the matrix: what the policy decides is
 * checked before anything of the session's state (a refusal because the
 * session is not live counts as allowed).
 */
const LIVE_ROOM_EVENTS: Record<LiveRoomEvent, (world: AuthorizationWorld) => Record<string, unknown>> = {
  'session:join': (w) => ({ sessionId: w.ids.sessionId }),
  'session:leave': (w) => ({ sessionId: w.ids.sessionId }),
  'hand:raise': (w) => ({ sessionId: w.ids.sessionId, kind: 'NORMAL', clientId: `matrix-${Math.random().toString(36).slice(2)}` }),
  'hand:lower': (w) => ({ sessionId: w.ids.sessionId }),
  'caucus:say': (w) => ({ sessionId: w.ids.sessionId, body: 'Between us.' }),
  'stance:declare': (w) => ({ sessionId: w.ids.sessionId, stance: 'AGREE' }),
  'session:start': (w) => ({ sessionId: w.ids.sessionId }),
  'round:open': (w) => ({ sessionId: w.ids.sessionId, agendaItemId: w.ids.agendaItemId, kind: 'PROVISION_REVIEW' }),
  'floor:give': (w) => ({ sessionId: w.ids.sessionId }),
  'floor:take': (w) => ({ sessionId: w.ids.sessionId }),
  'queue:reorder': (w) => ({ sessionId: w.ids.sessionId, handIds: [] }),
  'queue:mode': (w) => ({ sessionId: w.ids.sessionId, mode: 'FIFO' }),
  'attendance:mark': (w) => ({ sessionId: w.ids.sessionId, userId: w.ids.workersMemberUserId, present: true }),
  'outcome:record': (w) => ({ sessionId: w.ids.sessionId, agendaItemId: w.ids.agendaItemId, outcome: 'NO_CONSENSUS' }),
  'drafting:set': (w) => ({ sessionId: w.ids.sessionId, agendaItemId: w.ids.agendaItemId, unlocked: true }),
  'joint:start': (w) => ({ sessionId: w.ids.sessionId, agendaItemId: w.ids.agendaItemId, from: 'PROVISION' }),
  'item:reopen': (w) => ({ sessionId: w.ids.sessionId, agendaItemId: w.ids.agendaItemId, reason: 'The text needs another look.' }),
  'round:close': (w) => ({ sessionId: w.ids.sessionId }),
  'session:adjourn': (w) => ({ sessionId: w.ids.sessionId }),
  'session:close': (w) => ({ sessionId: w.ids.sessionId }),
};

type Payload = (world: AuthorizationWorld) => Record<string, unknown>;

/** Every socket event of a dossier: the action its handler asks (read from the handlers' own tables) and a payload. */
export const SOCKET_CASES: Record<string, { action: DossierAction; payload: Payload }> = {
  ...Object.fromEntries((Object.keys(LIVE_ROOM_EVENTS) as LiveRoomEvent[]).map((event) => [event, { action: LIVE_ROOM_RULES[event], payload: LIVE_ROOM_EVENTS[event] }])),
  'dossier:watch': { action: DOSSIER_WATCH_RULE, payload: (w) => ({ dossierId: w.ids.dossierId }) },
};

/** Every kind of co-drafted document: one of dossier A's, and what it is to the policy. */
export const YJS_CASES: Record<DocumentName['kind'], (world: AuthorizationWorld) => Promise<{ name: string; scope: CollabDocumentScope }>> = {
  position: async (w) => ({ name: positionDocument(w.ids.workersDelegationId, w.ids.draftId), scope: { kind: 'position', delegationId: w.ids.workersDelegationId } }),
  joint: async (w) => ({ name: jointDocument(w.ids.sessionId, w.ids.agendaItemId), scope: { kind: 'joint', draftingUnlocked: await w.read.draftingUnlocked(), outcomeRecorded: await w.read.outcomeRecorded() } }),
};
