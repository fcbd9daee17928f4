import { Organization } from './organization.entity';
import { buildOrganization, buildSignedInUser, buildUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name acronym kind constituency country { code name(locale: "es") } memberCount }
}`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { name kind constituency } }`;

describe('organizations', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminToken = (await buildSignedInUser(t, { role: 'ADMIN' })).token;
  });
  afterAll(() => t.close());

  it('lets an admin create one, with its side and country', async () => {
    const input = { name: 'Unión General de Trabajadores', acronym: 'UGT', kind: 'WORKERS', countryCode: 'ES' };
    const result = await t.gql(CREATE, { input }, adminToken);
    expect(result.data?.createOrganization).toMatchObject({
      name: 'Unión General de Trabajadores',
      constituency: 'WORKERS',
      country: { code: 'ES', name: 'España' },
      memberCount: 0,
    });
  });

  it('stores Arabic, CJK and text that looks like SQL or HTML verbatim', async () => {
    const names = ['وزارة العمل', '日本労働組合総連合会', "Robert'); DROP TABLE organization;--", '<script>alert(1)</script>'];
    for (const name of names) {
      const result = await t.gql(CREATE, { input: { name, kind: 'GOVERNMENT', countryCode: 'JP' } }, adminToken);
      expect(result.data?.createOrganization.name).toBe(name);
    }
    expect(await t.dataSource.getRepository(Organization).countBy({ name: names[2] })).toBe(1);
  });

  it('refuses an unknown country with NOT_FOUND and creates nothing', async () => {
    const before = await t.dataSource.getRepository(Organization).count();
    const result = await t.gql(CREATE, { input: { name: 'Nowhere Union', kind: 'WORKERS', countryCode: 'QQ' } }, adminToken);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await t.dataSource.getRepository(Organization).count()).toBe(before);
  });

  it('refuses a name that is too long, naming the field', async () => {
    const result = await t.gql(CREATE, { input: { name: 'x'.repeat(201), kind: 'WORKERS', countryCode: 'FR' } }, adminToken);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'name' })] });
  });

  it('refuses an unknown kind', async () => {
    const result = await t.gql(CREATE, { input: { name: 'Odd', kind: 'CHURCH', countryCode: 'FR' } }, adminToken);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets an admin edit one', async () => {
    const organization = await buildOrganization(t.dataSource, { kind: 'PARTNER' });
    const result = await t.gql(UPDATE, { id: organization.id, input: { name: 'Renamed Federation', kind: 'EMPLOYERS' } }, adminToken);
    expect(result.data?.updateOrganization).toEqual({ name: 'Renamed Federation', kind: 'EMPLOYERS', constituency: 'EMPLOYERS' });
  });

  it('answers NOT_FOUND for an id that cannot be one (found by fuzzing: it was an internal error)', async () => {
    const result = await t.gql(UPDATE, { id: "'; DROP TABLE comment; --", input: { name: 'Renamed' } }, adminToken);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'Ghost' } }, adminToken);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('forbids members from creating or editing', async () => {
    const { token } = await buildSignedInUser(t);
    const organization = await buildOrganization(t.dataSource, { name: 'Untouched' });
    const create = await t.gql(CREATE, { input: { name: 'Mine', kind: 'WORKERS', countryCode: 'FR' } }, token);
    const update = await t.gql(UPDATE, { id: organization.id, input: { name: 'Hacked' } }, token);
    expect([create.errors?.[0].extensions.code, update.errors?.[0].extensions.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await t.dataSource.getRepository(Organization).findOneByOrFail({ id: organization.id })).name).toBe('Untouched');
  });

  it('counts members without one query per organization', async () => {
    const organization = await buildOrganization(t.dataSource);
    await buildUser(t.dataSource, { organization });
    await buildUser(t.dataSource, { organization });
    const result = await t.gql('{ organizations { id memberCount } }', {}, adminToken);
    expect(result.data?.organizations.find((o: { id: string }) => o.id === organization.id).memberCount).toBe(2);
  });
});
