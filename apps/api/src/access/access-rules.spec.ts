import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { clientEvents, type ClientEventName } from '@tripart/contracts';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { DocumentName } from '../collab/document-name';
import { DOSSIER_WATCH_RULE } from '../dossiers/dossier-watch.handlers';
import { LIVE_ROOM_RULES } from '../sessions/live-room-rules';
import { ACCESS_RULE, describeRule, type AccessRule } from './access-rule.decorator';

const SNAPSHOT = join(__dirname, 'access-rules.snapshot.json');
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Every GraphQL root field and HTTP route, with the access rule it declares (or MISSING). */
function declaredRules(t: TestApp): Record<string, string> {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const rules: Record<string, string> = {};
  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      const path = Reflect.getMetadata('path', handler) as string | undefined;
      const httpMethod = Reflect.getMetadata('method', handler) as number | undefined;
      let key: string | undefined;
      if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
        key = `${type}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`;
      } else if (path !== undefined && httpMethod !== undefined && wrapper.isNotMetatype === false) {
        const prefix = (Reflect.getMetadata('path', prototype.constructor) as string | undefined) ?? '';
        const route = [prefix, path].map((part) => part.replace(/^\/|\/$/g, '')).filter(Boolean).join('/');
        key = `HTTP ${['GET', 'POST', 'PUT', 'DELETE', 'PATCH'][httpMethod] ?? httpMethod} /${route}`;
      }
      if (!key) continue;
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, prototype.constructor]);
      rules[key] = describeRule(rule);
    }
  }
  return Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every socket event (contracts' clientEvents) with the rule its handler asks (or MISSING). */
function socketRules(): Record<string, string> {
  const declared: Partial<Record<ClientEventName, string>> = {
    ...Object.fromEntries(Object.entries(LIVE_ROOM_RULES).map(([event, action]) => [event, `in the session's dossier: ${action}`])),
    'dossier:watch': `in dossier: ${DOSSIER_WATCH_RULE}`,
    // A socket is signed in at the handshake; these touch nothing of a dossier.
    'dossier:unwatch': 'realtime.connect',
    'presence:ping': 'realtime.connect',
  };
  return Object.fromEntries((Object.keys(clientEvents) as ClientEventName[]).map((event) => [`socket ${event}`, declared[event] ?? 'MISSING']));
}

/** Every kind of co-drafted document, with the rule CollabAccess asks (a new kind does not compile here without one). */
const YJS_RULES: Record<DocumentName['kind'], string> = {
  position: 'in dossier: dossier.read + collabAccess (its delegation reads and writes)',
  joint: 'in dossier: dossier.read + collabAccess (session.join reads; session.run, or session.speak while drafting is unlocked, writes; nobody once its outcome is recorded)',
};

function allRules(t: TestApp): Record<string, string> {
  const yjs = Object.fromEntries(Object.entries(YJS_RULES).map(([kind, rule]) => [`Yjs ${kind}`, rule]));
  return Object.fromEntries(Object.entries({ ...declaredRules(t), ...socketRules(), ...yjs }).sort(([a], [b]) => a.localeCompare(b)));
}

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('every resolver, route and socket event declares a rule', () => {
    const missing = Object.entries(allRules(t)).filter(([, rule]) => rule === 'MISSING');
    expect(missing).toEqual([]);
  });

  it('match the reviewed snapshot', () => {
    const rules = allRules(t);
    if (process.env.UPDATE_ACCESS_RULES === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(rules, null, 2)}\n`);
    expect(rules).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });
});
