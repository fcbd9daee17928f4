/**
 * The regular reporting cycle under article 22 of the ILO Constitution, as
 * settings: fundamental and governance conventions every 3 years, the others
 * every 6, countries grouped by (English) name; reports due between 1 June and
 * 1 September. `startYear` is the year the first group of each cycle reports in.
 */
export interface ReportingCycleSettings {
  shortCycleYears: number;
  longCycleYears: number;
  /** Letter ranges, in the order the groups report: 'A-F' reports in startYear, 'G-N' the year after… */
  shortCycleGroups: string[];
  longCycleGroups: string[];
  startYear: number;
  /** MM-DD */
  windowOpens: string;
  /** MM-DD */
  dueOn: string;
}

export const DEFAULT_REPORTING_CYCLE: ReportingCycleSettings = {
  shortCycleYears: 3,
  longCycleYears: 6,
  shortCycleGroups: ['A-F', 'G-N', 'O-Z'],
  longCycleGroups: ['A-B', 'C-F', 'G-K', 'L-N', 'O-S', 'T-Z'],
  startYear: 2024,
  windowOpens: '06-01',
  dueOn: '09-01',
};

/** FIRST: the detailed report due the year after a convention comes into force; REGULAR: the cycle's simplified report. */
export const REPORT_KINDS = ['FIRST', 'REGULAR'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const LETTER_RANGE = /^([A-Z])-([A-Z])$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Why a cycle's settings cannot be used, or null: the groups of each cycle must cover A–Z in order, one per year of it. */
export function reportingCycleProblem(settings: ReportingCycleSettings): string | null {
  for (const [years, groups] of [
    [settings.shortCycleYears, settings.shortCycleGroups],
    [settings.longCycleYears, settings.longCycleGroups],
  ] as const) {
    if (!Number.isInteger(years) || years < 1 || years > 12) return 'A cycle lasts 1 to 12 years.';
    if (groups.length !== years) return 'A cycle has one group of countries per year.';
    let next = 'A'.charCodeAt(0);
    for (const group of groups) {
      const range = LETTER_RANGE.exec(group);
      if (!range || range[1].charCodeAt(0) !== next || range[2] < range[1]) return 'The groups run from A to Z in order, without a gap (A-F, G-N, O-Z).';
      next = range[2].charCodeAt(0) + 1;
    }
    if (next !== 'Z'.charCodeAt(0) + 1) return 'The groups run from A to Z in order, without a gap (A-F, G-N, O-Z).';
  }
  if (!Number.isInteger(settings.startYear) || settings.startYear < 1990 || settings.startYear > 2100) return 'The start year is between 1990 and 2100.';
  if (!MONTH_DAY.test(settings.windowOpens) || !MONTH_DAY.test(settings.dueOn) || settings.windowOpens > settings.dueOn) return 'The window opens (MM-DD) before the due date (MM-DD).';
  return null;
}

/** The group a country reports with: the first letter of its English name, accents and a leading "The" set aside. */
export function groupIndexOf(countryName: string, groups: readonly string[]): number {
  const letter = countryName.replace(/^the\s+/iu, '').normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  const index = groups.findIndex((group) => {
    const [from, to] = group.split('-');
    return letter >= from && letter <= to;
  });
  return index < 0 ? groups.length - 1 : index;
}
