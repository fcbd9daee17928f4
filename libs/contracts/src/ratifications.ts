/**
 * A country's ratification of an ILO instrument, as NORMLEX states it:
 * IN_FORCE; NOT_IN_FORCE (ratified, not yet or no longer binding, e.g. awaiting
 * entry into force); DENOUNCED (by the country, or automatically by ratifying
 * a later convention); ABROGATED (by the Conference); NOT_RATIFIED (recorded
 * as such, e.g. after a RATIFICATION dossier concluded against it).
 */
export const RATIFICATION_STATUSES = ['IN_FORCE', 'NOT_IN_FORCE', 'DENOUNCED', 'ABROGATED', 'NOT_RATIFIED'] as const;
export type RatificationStatus = (typeof RATIFICATION_STATUSES)[number];

/** An instrument's code as the reference data holds it: C001–C999 (conventions), P029 (protocols). */
export const INSTRUMENT_CODE = /^[CP]\d{3}$/;

/** Statuses that count as ratified in NORMLEX's summary ("ratified: n, of which in force: m"). */
export const RATIFIED_STATUSES: readonly RatificationStatus[] = ['IN_FORCE', 'NOT_IN_FORCE', 'DENOUNCED', 'ABROGATED'];

/** Statuses under which the country is bound, or about to be: not a gap. */
export const BINDING_STATUSES: readonly RatificationStatus[] = ['IN_FORCE', 'NOT_IN_FORCE'];

export const RATIFICATION_NOTE_MAX = 2_000;
export const RATIFICATION_DECLARATION_MAX = 500;
export const RATIFICATION_DECLARATIONS_MAX = 20;
/** A NORMLEX table has at most a few hundred rows (191 conventions and 6 protocols in 2026). */
export const RATIFICATION_IMPORT_MAX_ROWS = 1_000;
export const RATIFICATION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
