import fc from 'fast-check';
import { buildDraftedDossier } from '../../test/draft-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Comment } from '../comments/comment.entity';
import type { Actor } from './actor';
import { canSeeComment, visibleTo } from './comment-visibility';
import { canInDossier, type DossierStanding } from './dossier-policy';

/**
 * The privacy rule exists twice — in memory and as SQL — and both must give
 * the same answer: random people (every role, any delegation, administrators)
 * × random comments (either visibility, any delegation), on the real database.
 */
describe('comment visibility, in memory and in SQL', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('agree on random people and random comments', async () => {
    const { cast, provisions } = await buildDraftedDossier(t);
    const delegations = [cast.government.lead.delegationId, cast.employers.lead.delegationId, cast.workers.lead.delegationId];
    const authorId = cast.workers.lead.user.id;
    const comment = fc.record({
      visibility: fc.constantFrom('DELEGATION' as const, 'PLENARY' as const),
      delegationId: fc.option(fc.constantFrom(...delegations), { nil: null }),
      provision: fc.constantFrom(...provisions.map((p) => p.id)),
    });
    const standing = fc.record({
      admin: fc.boolean(),
      role: fc.constantFrom('DELEGATE' as const, 'FACILITATOR' as const, 'OBSERVER' as const, null),
      delegationId: fc.option(fc.constantFrom(...delegations), { nil: null }),
      isLead: fc.boolean(),
      observersMayComment: fc.boolean(),
    });

    await fc.assert(
      fc.asyncProperty(fc.array(comment, { minLength: 1, maxLength: 12 }), fc.array(standing, { minLength: 1, maxLength: 6 }), async (comments, people) => {
        const repository = t.dataSource.getRepository(Comment);
        await repository.delete({ dossierId: cast.dossierId });
        const saved = await repository.save(
          comments.map((c) => ({ dossierId: cast.dossierId, provisionId: c.provision, authorId, delegationId: c.delegationId, visibility: c.visibility, body: 'x' })),
        );
        for (const person of people) {
          const actor: Actor = { userId: authorId, email: '', role: person.admin ? 'ADMIN' : 'MEMBER', locale: 'en', organizationKinds: [] };
          const seen: DossierStanding = { actor, role: person.role, delegationId: person.role === 'DELEGATE' ? person.delegationId : null, isLead: person.isLead, observersMayComment: person.observersMayComment };
          if (!canInDossier(seen, 'dossier.read')) continue; // the SQL filters the comments of a dossier one may read
          const query = repository.createQueryBuilder('c').select('c.id', 'id').where('c.dossier_id = :dossierId', { dossierId: cast.dossierId });
          const bySql = new Set((await visibleTo(query, 'c', seen).getRawMany<{ id: string }>()).map((row) => row.id));
          const inMemory = new Set(saved.filter((c) => canSeeComment(seen, c)).map((c) => c.id));
          expect([...bySql].sort()).toEqual([...inMemory].sort());
        }
      }),
      { numRuns: 150 },
    );
  });
});
