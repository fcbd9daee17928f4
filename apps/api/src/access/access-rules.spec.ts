import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';

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
      rules[key] = !rule ? 'MISSING' : rule.kind === 'public' ? 'public' : rule.action;
    }
  }
  return Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
}

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('every resolver and route declares a rule', () => {
    const missing = Object.entries(declaredRules(t)).filter(([, rule]) => rule === 'MISSING');
    expect(missing).toEqual([]);
  });

  it('match the reviewed snapshot', () => {
    const rules = declaredRules(t);
    if (process.env.UPDATE_ACCESS_RULES === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(rules, null, 2)}\n`);
    expect(rules).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });
});
