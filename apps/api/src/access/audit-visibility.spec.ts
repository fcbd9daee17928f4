import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AUDIT_AUDIENCES } from '../audit/audit-audience';
import { AuditLogRepository } from '../audit/audit-log.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from './actor';
import { canSeeAuditEvent } from './audit-visibility';
import type { DossierStanding } from './dossier-policy';

/**
 * Which events of the activity log a person sees exists twice — in memory and
 * as the log's SQL — and both must agree: random people × random events
 * (every audience, any delegation), on the real database.
 */
describe('activity log visibility, in memory and in SQL', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('agree on random people and random events', async () => {
    const delegations = [randomUUID(), randomUUID(), randomUUID()];
    const event = fc.record({ audience: fc.constantFrom(...AUDIT_AUDIENCES), delegationId: fc.option(fc.constantFrom(...delegations), { nil: null }) });
    const standing = fc.record({
      admin: fc.boolean(),
      role: fc.constantFrom('DELEGATE' as const, 'FACILITATOR' as const, 'OBSERVER' as const, null),
      delegationId: fc.option(fc.constantFrom(...delegations), { nil: null }),
      isLead: fc.boolean(),
    });
    const audit = t.app.get(AuditService);
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 10 }), fc.array(standing, { minLength: 1, maxLength: 6 }), async (events, people) => {
        const dossierId = randomUUID();
        const saved = await t.dataSource.transaction(async (manager) => {
          const recorded = [];
          for (const e of events) recorded.push(await audit.record(manager, { actorId: null, action: 'test.recorded', dossierId, ...e }));
          return recorded;
        });
        for (const person of people) {
          const actor: Actor = { userId: randomUUID(), email: '', role: person.admin ? 'ADMIN' : 'MEMBER', locale: 'en', organizationKinds: [] };
          const seen: DossierStanding = { actor, role: person.role, delegationId: person.role === 'DELEGATE' ? person.delegationId : null, isLead: person.isLead, observersMayComment: false };
          const bySql = (await t.app.get(AuditLogRepository).page(seen, dossierId, 100, null)).map((row) => row.seq).sort();
          const inMemory = saved.filter((e) => canSeeAuditEvent(seen, e)).map((e) => e.seq).sort();
          expect(bySql).toEqual(inMemory);
        }
      }),
      { numRuns: 60 },
    );
  });
});
