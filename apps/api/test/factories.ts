import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { OrganizationKind, PlatformRole } from '@tripart/contracts';
import { TokenService } from '../src/auth/token.service';
import { Membership } from '../src/people/membership.entity';
import { Organization } from '../src/people/organization.entity';
import { User } from '../src/people/user.entity';
import type { TestApp } from './test-app';
import { TEST_PASSWORD, testPasswordHash } from './test-password';

export { TEST_PASSWORD };
const unique = () => randomBytes(4).toString('hex');

export function buildOrganization(
  dataSource: DataSource,
  overrides: Partial<Pick<Organization, 'name' | 'acronym' | 'countryCode'>> & { kind?: OrganizationKind } = {},
): Promise<Organization> {
  return dataSource.getRepository(Organization).save({
    name: `Organization ${unique()}`,
    acronym: null,
    kind: 'WORKERS',
    countryCode: 'FR',
    ...overrides,
  });
}

export async function buildUser(
  dataSource: DataSource,
  overrides: { email?: string; displayName?: string; role?: PlatformRole; disabled?: boolean; organization?: Organization; locale?: string } = {},
): Promise<User> {
  const { organization, ...fields } = overrides;
  const user = await dataSource.getRepository(User).save({
    email: `person-${unique()}@example.org`,
    displayName: `Person ${unique()}`,
    role: 'MEMBER',
    locale: 'en',
    disabled: false,
    passwordHash: await testPasswordHash(),
    ...fields,
  });
  if (organization) await dataSource.getRepository(Membership).save({ userId: user.id, organizationId: organization.id });
  return user;
}

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt user { id email } }
}`;

/** Signs a user in through GraphQL, as the web app does. */
export async function signInAs(testApp: TestApp, user: User): Promise<{ accessToken: string; refreshToken: string }> {
  const result = await testApp.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
  if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn;
}

/**
 * A sign-in's tokens, issued by the app's own TokenService as `signIn` issues them once the password
 * is checked: the same claims, secret and refresh-token family, so the real guards accept them.
 */
export async function mintTokens(testApp: TestApp, user: User): Promise<{ accessToken: string; refreshToken: string }> {
  const { accessToken, refreshToken } = await testApp.app.get(TokenService).issue(user);
  return { accessToken, refreshToken };
}

/** A user with a sign-in: minted tokens, or `{ through: 'sign-in' }` where signing in is what the test is about. */
export async function buildSignedInUser(
  testApp: TestApp,
  overrides: Parameters<typeof buildUser>[1] = {},
  { through = 'tokens' }: { through?: 'tokens' | 'sign-in' } = {},
) {
  const user = await buildUser(testApp.dataSource, overrides);
  const tokens = through === 'sign-in' ? await signInAs(testApp, user) : await mintTokens(testApp, user);
  return { user, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}
