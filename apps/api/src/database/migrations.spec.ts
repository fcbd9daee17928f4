import { startTestApp, type TestApp } from '../../test/test-app';
import { pendingSchemaChanges } from './schema-drift';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('agree with the entities: nothing left to generate', async () => {
    expect((await pendingSchemaChanges(t.dataSource)).up).toEqual([]);
  });

  it('ship every ISO 3166-1 country, named in en, fr and es', async () => {
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM country');
    expect(count).toBeGreaterThanOrEqual(249);
    const [civ] = await t.dataSource.query(`SELECT name_en, name_fr, name_es FROM country WHERE code = 'CI'`);
    expect(civ.name_fr).toMatch(/Côte/);
  });

  it('ship the fundamental and governance instruments, C155 and C187 fundamental since 2022', async () => {
    const rows: Array<{ code: string; category: string; fundamental_since: number | null }> = await t.dataSource.query(
      'SELECT code, category, fundamental_since FROM convention ORDER BY code',
    );
    expect(rows.filter((row) => row.category === 'FUNDAMENTAL').map((row) => row.code)).toEqual([
      'C029', 'C087', 'C098', 'C100', 'C105', 'C111', 'C138', 'C155', 'C182', 'C187', 'P029',
    ]);
    expect(rows.filter((row) => row.category === 'GOVERNANCE').map((row) => row.code)).toEqual(['C081', 'C122', 'C129', 'C144']);
    expect(rows.filter((row) => row.fundamental_since === 2022).map((row) => row.code)).toEqual(['C155', 'C187']);
  });
});
