import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import type { OrganizationKind, PlatformRole } from '@tripart/contracts';
import { Membership } from '../src/people/membership.entity';
import { Organization } from '../src/people/organization.entity';
import { User } from '../src/people/user.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
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
  passwordHash ??= hash(TEST_PASSWORD);
  const { organization, ...fields } = overrides;
  const user = await dataSource.getRepository(User).save({
    email: `person-${unique()}@example.org`,
    displayName: `Person ${unique()}`,
    role: 'MEMBER',
    locale: 'en',
    disabled: false,
    passwordHash: await passwordHash,
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

export async function buildSignedInUser(testApp: TestApp, overrides: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(testApp.dataSource, overrides);
  const tokens = await signInAs(testApp, user);
  return { user, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}
