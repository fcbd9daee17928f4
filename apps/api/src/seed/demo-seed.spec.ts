import { SIGN_IN } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { DemoSeedService } from './demo-seed.service';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('seeds an empty database once, and every demo person can sign in', async () => {
    const seed = t.app.get(DemoSeedService);
    expect(await seed.seedIfEmpty()).toBe(true);
    expect(await seed.seedIfEmpty()).toBe(false);
    for (const person of DEMO_USERS) {
      const result = await t.gql(SIGN_IN, { email: person.email, password: DEMO_PASSWORD });
      expect(result.data?.signIn.user.email).toBe(person.email);
    }
  });
});
