import { AuditEvent } from '../audit/audit-event.entity';
import { buildSignedInUser } from '../../test/factories';
import { buildRegisterCast, csvOf, uploadRegister } from '../../test/ratification-factories';
import { useTestApp } from '../../test/use-test-app';

const CALENDAR = `query($code: ID!, $year: Int!) { reportingCalendar(countryCode: $code, year: $year) {
  year reports { convention { code } kind windowOpens dueOn } cycle { startYear isDefault } } }`;
const UPDATE = `mutation($input: ReportingCycleInput!) { updateReportingCycle(input: $input) { startYear dueOn isDefault } }`;
const CYCLE = { shortCycleYears: 3, longCycleYears: 6, shortCycleGroups: ['A-F', 'G-N', 'O-Z'], longCycleGroups: ['A-B', 'C-F', 'G-K', 'L-N', 'O-S', 'T-Z'], windowOpens: '06-01' };

/** The reporting calendar, read from a country's register over GraphQL; the cycle set by administrators only. */
describe('the reporting calendar over GraphQL', () => {
  const t = useTestApp();

  it('lists the reports a country owes in a year from its register', async () => {
    const { facilitator, delegate } = await buildRegisterCast(t);
    const table = [['Convention', 'Date', 'Status'], ['C087', '2 Jun 1965', 'In Force'], ['C144', '17 Jan 1991', 'In Force'], ['C155', '5 Mar 2024', 'Not in force']];
    await uploadRegister(t, facilitator.token, 'CM', csvOf(table), false);
    // Cameroon reports with A–F: 2024, 2027…; C155's first report comes in 2026.
    const in2027 = (await t.gql(CALENDAR, { code: 'CM', year: 2027 }, delegate.token)).data!.reportingCalendar;
    expect(in2027.reports).toEqual([
      { convention: { code: 'C087' }, kind: 'REGULAR', windowOpens: '2027-06-01', dueOn: '2027-09-01' },
      { convention: { code: 'C144' }, kind: 'REGULAR', windowOpens: '2027-06-01', dueOn: '2027-09-01' },
    ]);
    expect((await t.gql(CALENDAR, { code: 'CM', year: 2026 }, delegate.token)).data!.reportingCalendar.reports).toEqual([
      { convention: { code: 'C155' }, kind: 'FIRST', windowOpens: '2026-06-01', dueOn: '2026-09-01' },
    ]);
  });

  it('lets an administrator move the cycle, audited, and refuses groups with a gap', async () => {
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const refused = await t.gql(UPDATE, { input: { ...CYCLE, shortCycleGroups: ['A-F', 'H-N', 'O-Z'], startYear: 2024, dueOn: '09-01' } }, admin.token);
    expect(refused.errors![0].message).toContain('without a gap');
    expect((await t.gql(UPDATE, { input: { ...CYCLE, startYear: 2025, dueOn: '10-01' } }, admin.token)).data!.updateReportingCycle).toEqual({ startYear: 2025, dueOn: '10-01', isDefault: false });
    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { action: 'reporting.cycle_updated' } });
    expect(events.at(-1)!.data).toMatchObject({ after: { startYear: 2025 } });
    await t.gql(UPDATE, { input: { ...CYCLE, startYear: 2024, dueOn: '09-01' } }, admin.token);
  });

  it('does not let anyone else set the cycle', async () => {
    const { facilitator } = await buildRegisterCast(t);
    expect((await t.gql(UPDATE, { input: { ...CYCLE, startYear: 2025, dueOn: '09-01' } }, facilitator.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
