import { DEFAULT_REPORTING_CYCLE, groupIndexOf, reportingCycleProblem } from '@tripart/contracts';
import { reportsDue, type RegisteredInstrument } from './reporting-calendar';

const inForce = (code: string, category: RegisteredInstrument['category'], ratifiedOn = '1990-01-01'): RegisteredInstrument => ({ code, category, status: 'IN_FORCE', ratifiedOn });
const codes = (country: string, year: number, instruments: RegisteredInstrument[]) => reportsDue(country, year, instruments, DEFAULT_REPORTING_CYCLE).map((due) => `${due.code} ${due.kind}`);

describe('the reporting calendar', () => {
  const register = [inForce('C087', 'FUNDAMENTAL'), inForce('C144', 'GOVERNANCE'), inForce('C001', 'TECHNICAL')];

  it('asks fundamental and governance conventions every 3 years, in the year of the country’s group', () => {
    // Chile (A–F) reports in 2024, 2027…; Ghana (G–N) in 2025, 2028…; Uruguay (O–Z) in 2026, 2029…
    expect([2024, 2025, 2026, 2027].map((year) => codes('Chile', year, register.slice(0, 2)).length)).toEqual([2, 0, 0, 2]);
    expect([2024, 2025, 2026, 2028].map((year) => codes('Ghana', year, register.slice(0, 2)).length)).toEqual([0, 2, 0, 2]);
    expect(codes('Uruguay', 2026, register.slice(0, 2))).toEqual(['C087 REGULAR', 'C144 REGULAR']);
  });

  it('asks the other conventions every 6 years, in the year of the country’s group', () => {
    // 6-year groups A–B, C–F, G–K, L–N, O–S, T–Z from 2024: Kenya (G–K) in 2026 and 2032.
    expect([2026, 2027, 2032].map((year) => codes('Kenya', year, [register[2]]))).toEqual([['C001 REGULAR'], [], ['C001 REGULAR']]);
  });

  it('asks a detailed first report the year after the convention comes into force, and nothing before', () => {
    const recent = [inForce('C190', 'TECHNICAL', '2024-03-05')];
    expect(codes('Kenya', 2025, recent)).toEqual([]);
    expect(reportsDue('Kenya', 2026, recent, DEFAULT_REPORTING_CYCLE)).toEqual([{ code: 'C190', kind: 'FIRST', windowOpens: '2026-06-01', dueOn: '2026-09-01' }]);
  });

  it('asks nothing on a denounced or abrogated convention', () => {
    expect(codes('Chile', 2024, [{ ...register[0], status: 'DENOUNCED' }, { ...register[1], status: 'ABROGATED' }])).toEqual([]);
  });

  it('groups a country by its English name, accents and "The" set aside', () => {
    expect(groupIndexOf('Éthiopie', ['A-F', 'G-N', 'O-Z'])).toBe(0);
    expect(groupIndexOf('The Gambia', ['A-F', 'G-N', 'O-Z'])).toBe(1);
  });

  it('follows settings other than the defaults', () => {
    const settings = { ...DEFAULT_REPORTING_CYCLE, startYear: 2025, dueOn: '10-15' };
    expect(reportsDue('Chile', 2025, [register[0]], settings)).toEqual([{ code: 'C087', kind: 'REGULAR', windowOpens: '2025-06-01', dueOn: '2025-10-15' }]);
  });

  it.each([
    [{ shortCycleGroups: ['A-F', 'H-N', 'O-Z'] }, 'without a gap'],
    [{ longCycleGroups: ['A-Z'] }, 'one group of countries per year'],
    [{ dueOn: '13-01' }, 'before the due date'],
  ])('refuses settings that cannot make a calendar (%o)', (change, message) => {
    expect(reportingCycleProblem({ ...DEFAULT_REPORTING_CYCLE, ...change })).toContain(message);
  });
});
