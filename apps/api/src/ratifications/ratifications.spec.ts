import { AuditEvent } from '../audit/audit-event.entity';
import { bombEntry, zipOf } from '../dossiers/drafts/import/zip.fixture';
import { buildRegisterCast, csvOf, NORMLEX_TABLE, openDossier, RECORD, REGISTER, uploadRegister, xlsxOf } from '../../test/ratification-factories';
import { useTestApp } from '../../test/use-test-app';

/** A country's ratification register: NORMLEX tables in, the summary and the gap out, every change audited. */
describe('the ratification register', () => {
  const t = useTestApp();
  const register = async (token: string, code: string) => (await t.gql(REGISTER, { code }, token)).data!.ratificationRegister;

  it('previews a NORMLEX table without storing anything', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    const { status, body } = await uploadRegister(t, facilitator.token, 'GH', csvOf(NORMLEX_TABLE), true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: false, problems: [], ignoredLines: [3, 7, 9], kept: 0 });
    expect(body.rows.map((row: { code: string; change: string; newInstrument: boolean }) => [row.code, row.change, row.newInstrument])).toEqual([
      ['C029', 'NEW', false], ['C087', 'NEW', false], ['C138', 'NEW', false], ['C144', 'NEW', false], ['C005', 'NEW', true], ['C004', 'NEW', true], ['C031', 'NEW', true],
    ]);
    expect((await register(delegate.token, 'GH')).entries).toEqual([]);
  });

  it('imports every row, adds the technical instruments it names, and states NORMLEX’s summary and the gap', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    expect((await uploadRegister(t, facilitator.token, 'KE', csvOf(NORMLEX_TABLE), false)).body).toMatchObject({ imported: true });
    const read = await register(delegate.token, 'KE');
    expect(read.canEdit).toBe(false);
    expect(read.summary).toEqual({
      fundamental: { bound: 3, of: 10 }, governance: { bound: 1, of: 4 }, technical: { bound: 0, of: null },
      conventionsRatified: 7, protocolsRatified: 0, inForce: 4, notInForce: 0, denounced: 2, abrogated: 1,
    });
    expect(read.gap.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['C098', 'C100', 'C105', 'C111', 'C155', 'C182', 'C187', 'C081', 'C122', 'C129']));
    expect(read.gap).toHaveLength(10);
    expect(read.entries.find((e: { convention: { code: string } }) => e.convention.code === 'C005')).toMatchObject({
      convention: { category: 'TECHNICAL' }, status: 'DENOUNCED', ratifiedOn: '1921-07-14', denouncedOn: '2003-06-06', denouncedBy: 'C138', automaticDenunciation: true,
    });
    expect(read.entries.find((e: { convention: { code: string } }) => e.convention.code === 'C138')).toMatchObject({ declarations: ['Minimum age specified: 15 years'], note: null });
  });

  it('reads a workbook as it reads a CSV table, dates stored as day numbers included', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    const rows = [['Convention', 'Date', 'Status', 'Note'], ['C087', 23895, 'In Force', ''], ['C004 - Night Work (Women) Convention, 1919 (No. 4)', '14 Jul 1921', 'Not in force', 'Denounced on 26 Jul 1961']];
    expect((await uploadRegister(t, facilitator.token, 'SN', xlsxOf(rows), false, 'normlex.xlsx')).body).toMatchObject({ imported: true });
    expect((await register(delegate.token, 'SN')).entries.map((e: { convention: { code: string }; ratifiedOn: string }) => [e.convention.code, e.ratifiedOn])).toEqual([
      ['C004', '1921-07-14'], ['C087', '1965-06-02'],
    ]);
  });

  it('stores nothing of a table with one bad row, and names the row and why', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    const table = [...NORMLEX_TABLE, ['C100 - Equal Remuneration Convention, 1951 (No. 100)', '31 Feb 1960', 'In Force', '']];
    const { status, body } = await uploadRegister(t, facilitator.token, 'CL', csvOf(table), false);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ reason: 'RATIFICATION_TABLE_REFUSED', fieldErrors: [{ field: 'line 13', reason: 'BAD_DATE', message: '31 Feb 1960', params: { line: 13 } }] });
    expect((await register(delegate.token, 'CL')).entries).toEqual([]);
  });

  it('says which rows name an instrument it does not know without a title to add it under', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const { body } = await uploadRegister(t, facilitator.token, 'PE', csvOf([['Convention', 'Date', 'Status'], ['C177', '1 Jan 2000', 'In Force']]), true);
    expect(body.problems).toEqual([{ line: 2, reason: 'UNKNOWN_INSTRUMENT', value: 'C177' }]);
  });

  it('imports the same table twice as no change, and audits each import with the file’s hash', async () => {
    const { facilitator } = await buildRegisterCast(t);
    await uploadRegister(t, facilitator.token, 'TN', csvOf(NORMLEX_TABLE), false);
    const again = await uploadRegister(t, facilitator.token, 'TN', csvOf(NORMLEX_TABLE, ';'), true);
    expect(again.body.rows.every((row: { change: string }) => row.change === 'UNCHANGED')).toBe(true);
    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { action: 'ratifications.imported' } });
    expect(events.find((event) => event.data.countryCode === 'TN')?.data).toMatchObject({ added: 7, changed: 0, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses an import by anyone who does not keep registers', async () => {
    const { delegate } = await buildRegisterCast(t);
    const { status, body } = await uploadRegister(t, delegate.token, 'GH', csvOf(NORMLEX_TABLE), false);
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a file that is no table, clearly', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const { status, body } = await uploadRegister(t, facilitator.token, 'GH', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]), true, 'x.bin');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.fieldErrors[0]).toMatchObject({ field: 'file', reason: 'UNSUPPORTED' });
  });

  it('keeps a note written by hand when the same table is imported again', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    await uploadRegister(t, facilitator.token, 'BJ', csvOf(NORMLEX_TABLE), false);
    const input = { countryCode: 'BJ', conventionCode: 'C029', status: 'IN_FORCE', ratifiedOn: '1957-06-20', declarations: [], note: 'Checked against the instrument.' };
    await t.gql(RECORD, { input }, facilitator.token);
    expect((await uploadRegister(t, facilitator.token, 'BJ', csvOf(NORMLEX_TABLE), true)).body.rows[0]).toMatchObject({ code: 'C029', change: 'UNCHANGED' });
    await uploadRegister(t, facilitator.token, 'BJ', csvOf(NORMLEX_TABLE), false);
    expect((await register(delegate.token, 'BJ')).entries.find((e: { convention: { code: string } }) => e.convention.code === 'C029').note).toBe('Checked against the instrument.');
  });

  it('refuses a workbook that would inflate to a gigabyte, without inflating it', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const bomb = zipOf([bombEntry('xl/worksheets/sheet1.xml', 1024 ** 3)]);
    const before = process.memoryUsage.rss();
    const { status, body } = await uploadRegister(t, facilitator.token, 'GH', bomb, true, 'normlex.xlsx');
    expect([status, body.errors[0].extensions.fieldErrors[0].reason]).toEqual([400, 'TOO_LARGE']);
    expect((process.memoryUsage.rss() - before) / 1024 / 1024).toBeLessThan(200);
  });

  it('records one entry by hand, audited, and refuses one that contradicts itself', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const input = { countryCode: 'UY', conventionCode: 'C155', status: 'IN_FORCE', ratifiedOn: '2009-03-05', declarations: [] };
    expect((await t.gql(RECORD, { input }, facilitator.token)).data!.recordRatification).toMatchObject({ status: 'IN_FORCE', ratifiedOn: '2009-03-05' });
    const refused = await t.gql(RECORD, { input: { ...input, status: 'DENOUNCED', denouncedOn: '2001-01-01' } }, facilitator.token);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ reason: 'DENOUNCED_BEFORE_RATIFIED' })] });
    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { action: 'ratification.recorded' } });
    expect(events.filter((event) => event.data.countryCode === 'UY')).toHaveLength(1);
  });

  it('lets a delegate read a register and not change it', async () => {
    const { delegate } = await buildRegisterCast(t);
    const refused = await t.gql(RECORD, { input: { countryCode: 'UY', conventionCode: 'C087', status: 'IN_FORCE', ratifiedOn: '1989-03-18', declarations: [] } }, delegate.token);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('links a ratification to the RATIFICATION dossier that consulted the three sides on it', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const dossierId = await openDossier(t, facilitator.token, 'RATIFICATION', 'NA');
    const input = { countryCode: 'NA', conventionCode: 'C155', status: 'IN_FORCE', ratifiedOn: '2024-06-01', declarations: [], dossierId };
    expect((await t.gql(RECORD.replace('declarations }', 'declarations dossierId }'), { input }, facilitator.token)).data!.recordRatification).toMatchObject({ dossierId });
  });

  it('refuses a link to a dossier that is not a ratification in that country', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const reform = await openDossier(t, facilitator.token, 'LAW_REFORM', 'NA');
    const input = { countryCode: 'NA', conventionCode: 'C187', status: 'IN_FORCE', ratifiedOn: '2024-06-01', declarations: [], dossierId: reform };
    expect((await t.gql(RECORD, { input }, facilitator.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'dossierId' })] });
  });

  it('answers a link to a dossier the facilitator does not manage as not found', async () => {
    const { facilitator } = await buildRegisterCast(t);
    const other = await buildRegisterCast(t);
    const theirs = await openDossier(t, other.facilitator.token, 'RATIFICATION', 'NA');
    const input = { countryCode: 'NA', conventionCode: 'C187', status: 'IN_FORCE', ratifiedOn: '2024-06-01', declarations: [], dossierId: theirs };
    expect((await t.gql(RECORD, { input }, facilitator.token)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
