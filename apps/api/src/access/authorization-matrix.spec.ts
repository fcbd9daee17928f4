import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { ACROSS_MY_DOSSIERS, ENTRY_POINTS, SOCKET_CASES, YJS_CASES, type Call } from '../../test/authorization/entry-points';
import { buildAuthorizationWorld, type AuthorizationWorld, type Role } from '../../test/authorization/world';
import { startTestApp, type TestApp } from '../../test/test-app';
import { CollabAccess } from '../collab/collab-access.service';
import { canInDossier, collabAccess, type DossierAction, type DossierStanding } from './dossier-policy';

const SNAPSHOT: Record<string, string> = JSON.parse(readFileSync(join(__dirname, 'access-rules.snapshot.json'), 'utf8'));
const isTransport = (key: string) => key.startsWith('socket ') || key.startsWith('Yjs ');
const IN_DOSSIER = Object.entries(SNAPSHOT).filter(([key, rule]) => rule.startsWith('in dossier: ') && !isTransport(key));
const MINE = Object.entries(SNAPSHOT).filter(([, rule]) => rule === 'dossier.read, each of mine');
/** Past authorization: done, or refused for the state of things (a session not live, a seat to propose instead). */
const PAST_AUTHORIZATION = new Set([undefined, 'CONFLICT']);
/** The call's answer as the matrix compares it: a refusal of the input itself says the case is wrong, and shows. */
const classify = (code: string | undefined) => (PAST_AUTHORIZATION.has(code) ? 'allowed' : code!);
const HTTP_DENIALS: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/** The dossier action of a snapshot rule (`in dossier: session.run + rule`). */
const actionOf = (rule: string) => rule.slice('in dossier: '.length).split(' + ')[0] as DossierAction;

/** What a call answered, as far as authorization goes: allowed, or the denial's code. */
async function outcome(t: TestApp, call: Call, token: string | null): Promise<string> {
  if ('graphql' in call) {
    return classify((await t.gql(call.graphql, call.variables, token ?? undefined)).errors?.[0]?.extensions.code as string | undefined);
  }
  const response = await fetch(`${t.url}${call.path}`, { method: call.http, body: call.body, headers: token ? { authorization: `Bearer ${token}` } : {} });
  await response.arrayBuffer();
  return response.ok ? 'allowed' : (HTTP_DENIALS[response.status] ?? `HTTP ${response.status}`);
}

/** What the policy says the role gets for `action`, refined by a subject rule: generated, never written out. */
function expectedFor(standing: DossierStanding | null, action: DossierAction, subject?: () => boolean, hidden?: () => boolean): string {
  if (!standing) return 'UNAUTHENTICATED';
  if (!canInDossier(standing, 'dossier.read')) return 'NOT_FOUND';
  if (canInDossier(standing, action) && (subject?.() ?? true)) return 'allowed';
  return hidden?.() ? 'NOT_FOUND' : 'FORBIDDEN';
}

function expected(world: AuthorizationWorld, key: string, rule: string, role: Role): string {
  const { subject, hiddenFrom } = ENTRY_POINTS[key];
  const standing = role.standing;
  return expectedFor(standing, actionOf(rule), subject && (() => subject(standing!, world)), hiddenFrom && (() => hiddenFrom(standing!, world)));
}

/** A socket signed in as the role (null: the handshake refused it, as for anyone anonymous). */
async function socketOf(t: TestApp, role: Role, sockets: Socket[]): Promise<Socket | null> {
  if (!role.token) return null;
  const socket = io(t.url, { auth: { token: role.token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
  return socket;
}

async function socketOutcome(socket: Socket | null, event: string, payload: Record<string, unknown>): Promise<string> {
  if (!socket) return 'UNAUTHENTICATED';
  const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as { ok: boolean; error?: { code: string } };
  return classify(ack.error?.code);
}

/**
 * Every entry point of a dossier (from the reviewed access snapshot), called
 * as every role — administrator, facilitator, each side's lead and member,
 * observer, someone with no seat, anonymous — answers as the policy says for
 * the action it declares; and as anyone of another dossier, NOT_FOUND.
 */
describe('the authorization matrix', () => {
  let t: TestApp;
  let world: AuthorizationWorld;
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildAuthorizationWorld(t);
  });
  afterAll(() => t.close());

  it('has a case for every entry point of a dossier in the snapshot', () => {
    expect([...IN_DOSSIER, ...MINE].map(([key]) => key).filter((key) => !ENTRY_POINTS[key] && !ACROSS_MY_DOSSIERS[key])).toEqual([]);
    const transports = Object.entries(SNAPSHOT).filter(([key, rule]) => isTransport(key) && rule.includes('dossier'));
    expect(transports.map(([key]) => key).filter((key) => !SOCKET_CASES[key.slice('socket '.length)] && !(key.slice('Yjs '.length) in YJS_CASES))).toEqual([]);
  });

  it.each(IN_DOSSIER)('%s (%s) answers every role as the policy says', async (key, rule) => {
    const answers: string[] = [];
    const policy: string[] = [];
    for (const role of world.roles) {
      answers.push(`${role.name}: ${await outcome(t, await ENTRY_POINTS[key].call(world), role.token)}`);
      policy.push(`${role.name}: ${expected(world, key, rule, role)}`);
    }
    expect(answers).toEqual(policy);
  });

  it.each(IN_DOSSIER)('%s says NOT_FOUND to everyone of another dossier', async (key) => {
    for (const role of world.foreigners) expect(`${role.name}: ${await outcome(t, await ENTRY_POINTS[key].call(world), role.token)}`).toBe(`${role.name}: NOT_FOUND`);
  });

  describe('live-room events', () => {
    const sockets: Socket[] = [];
    const of = new Map<string, Socket | null>();
    beforeAll(async () => {
      for (const role of [...world.roles, ...world.foreigners]) of.set(role.name, await socketOf(t, role, sockets));
    });
    afterAll(() => sockets.forEach((socket) => socket.disconnect()));

    // In the order a session runs, so that the allowed ones do what they would (started, a round opened, …, closed).
    it.each(Object.keys(SOCKET_CASES))('%s answers every role as the policy says, and NOT_FOUND to another dossier', async (event) => {
      const { action, payload } = SOCKET_CASES[event];
      const answers: string[] = [];
      const policy: string[] = [];
      for (const role of world.roles) {
        answers.push(`${role.name}: ${await socketOutcome(of.get(role.name)!, event, payload(world))}`);
        policy.push(`${role.name}: ${expectedFor(role.standing, action)}`);
      }
      for (const role of world.foreigners) {
        answers.push(`${role.name}: ${await socketOutcome(of.get(role.name)!, event, payload(world))}`);
        policy.push(`${role.name}: NOT_FOUND`);
      }
      expect(answers).toEqual(policy);
    });
  });

  it.each(Object.keys(YJS_CASES) as Array<keyof typeof YJS_CASES>)('a %s document opens to whom the policy says, read-only or to write, and to no one of another dossier', async (kind) => {
    const { name, scope } = await YJS_CASES[kind](world);
    const collab = t.app.get(CollabAccess);
    const answers: string[] = [];
    const policy: string[] = [];
    for (const role of [...world.roles, ...world.foreigners].filter((role) => role.actor)) {
      const grant = await collab.grant(role.actor!, name);
      answers.push(`${role.name}: ${grant ? (grant.canWrite ? 'write' : 'read') : 'refused'}`);
      const access = role.standing && canInDossier(role.standing, 'dossier.read') ? collabAccess(role.standing, scope) : null;
      policy.push(`${role.name}: ${access ? (access.canWrite ? 'write' : 'read') : 'refused'}`);
    }
    expect(answers).toEqual(policy);
  });

  it.each(MINE)('%s shows nothing of a dossier one is not in', async (key) => {
    for (const role of world.foreigners) {
      const result = await t.gql(ACROSS_MY_DOSSIERS[key], {}, role.token!);
      expect(result.errors).toBeUndefined();
      const shown = JSON.stringify(result.data);
      expect([shown.includes(world.ids.dossierId), shown.includes(world.ids.sessionId)]).toEqual([false, false]);
    }
  });
});
