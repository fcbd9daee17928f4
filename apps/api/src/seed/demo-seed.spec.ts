import { SIGN_IN } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { DemoSeedService } from './demo-seed.service';

describe('demo data', () => {
  let t: TestApp;
  let seeded: boolean;
  beforeAll(async () => {
    t = await startTestApp();
    seeded = await t.app.get(DemoSeedService).seedIfEmpty();
  });
  afterAll(() => t.close());

  it('seeds an empty database once, and every demo person can sign in', async () => {
    expect(seeded).toBe(true);
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(false);
    for (const person of DEMO_USERS) {
      const result = await t.gql(SIGN_IN, { email: person.email, password: DEMO_PASSWORD });
      expect(result.data?.signIn.user.email).toBe(person.email);
    }
  });

  it('opens a demo consultation with its draft and comments, the workers’ caucus note private', async () => {
    const signIn = async (email: string) => (await t.gql(SIGN_IN, { email, password: DEMO_PASSWORD })).data!.signIn.accessToken;
    const query = '{ dossiers { title parity { government employers workers } currentDraft { provisions { kind commentCount } } } }';
    const asWorker = (await t.gql(query, {}, await signIn('wrk.lead@tripart.example'))).data!.dossiers;
    const asEmployer = (await t.gql(query, {}, await signIn('emp.lead@tripart.example'))).data!.dossiers;
    const comments = (dossiers: any[]) => dossiers[0].currentDraft.provisions.reduce((sum: number, p: { commentCount: number }) => sum + p.commentCount, 0);
    expect(asWorker[0]).toMatchObject({ title: 'Labour Code (Amendment) Bill 2026', parity: { government: 2, employers: 2, workers: 2 } });
    expect(asWorker[0].currentDraft.provisions.filter((p: { kind: string }) => p.kind === 'ARTICLE')).toHaveLength(9);
    expect(comments(asWorker)).toBe(3);
    expect(comments(asEmployer)).toBe(2);
  });
});
