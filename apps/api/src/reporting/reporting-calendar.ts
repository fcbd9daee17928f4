import { groupIndexOf, type ConventionCategory, type RatificationStatus, type ReportKind, type ReportingCycleSettings } from '@tripart/contracts';

export interface RegisteredInstrument {
  code: string;
  category: ConventionCategory;
  status: RatificationStatus;
  ratifiedOn: string | null;
}

export interface ReportDue {
  code: string;
  kind: ReportKind;
  /** YYYY-MM-DD */
  windowOpens: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

/**
 * The year a convention's first (detailed) report is due: it comes into force
 * for the country twelve months after its ratification is registered, and the
 * first report is asked for the year after that.
 */
export const firstReportYear = (ratifiedOn: string): number => Number(ratifiedOn.slice(0, 4)) + 2;

const inCycle = (year: number, settings: ReportingCycleSettings, cycleYears: number, groupIndex: number): boolean =>
  (((year - settings.startYear) % cycleYears) + cycleYears) % cycleYears === groupIndex;

/** The reports a country owes in a year on the conventions it ratified, by the cycle's settings. */
export function reportsDue(countryName: string, year: number, instruments: readonly RegisteredInstrument[], settings: ReportingCycleSettings): ReportDue[] {
  const short = groupIndexOf(countryName, settings.shortCycleGroups);
  const long = groupIndexOf(countryName, settings.longCycleGroups);
  const dates = { windowOpens: `${year}-${settings.windowOpens}`, dueOn: `${year}-${settings.dueOn}` };
  const due: ReportDue[] = [];
  for (const instrument of instruments) {
    if (!instrument.ratifiedOn || (instrument.status !== 'IN_FORCE' && instrument.status !== 'NOT_IN_FORCE')) continue;
    const first = firstReportYear(instrument.ratifiedOn);
    if (year === first) {
      due.push({ code: instrument.code, kind: 'FIRST', ...dates });
      continue;
    }
    if (year < first || instrument.status !== 'IN_FORCE') continue;
    const regular = instrument.category === 'TECHNICAL' ? inCycle(year, settings, settings.longCycleYears, long) : inCycle(year, settings, settings.shortCycleYears, short);
    if (regular) due.push({ code: instrument.code, kind: 'REGULAR', ...dates });
  }
  return due.sort((a, b) => a.code.localeCompare(b.code));
}
