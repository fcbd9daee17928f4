import type { RatificationStatus } from '@tripart/contracts';
import type { RatificationFields } from './ratifications.repository';
import type { RecordRatificationInput } from './ratification.types';

/** An entry typed in by hand, in the register's fields. */
export const toFields = (countryCode: string, input: RecordRatificationInput, userId: string): RatificationFields => ({
  countryCode,
  conventionCode: input.conventionCode,
  status: input.status,
  ratifiedOn: input.status === 'NOT_RATIFIED' ? null : input.ratifiedOn ?? null,
  denouncedOn: input.status === 'DENOUNCED' ? input.denouncedOn ?? null : null,
  denouncedBy: input.status === 'DENOUNCED' ? input.denouncedBy ?? null : null,
  automaticDenunciation: input.status === 'DENOUNCED' && input.automaticDenunciation,
  abrogation: input.status === 'ABROGATED' ? input.abrogation || null : null,
  declarations: input.declarations.map((item) => item.trim()).filter(Boolean),
  note: input.note || null,
  updatedById: userId,
  dossierId: input.dossierId ?? null,
});

/** Why an entry contradicts itself, if it does (the same rules as an imported row). */
export function entryProblem(fields: RatificationFields): { field: string; reason: string; message: string } | null {
  const ratified: readonly RatificationStatus[] = ['IN_FORCE', 'NOT_IN_FORCE', 'DENOUNCED', 'ABROGATED'];
  if (ratified.includes(fields.status) && !fields.ratifiedOn) return { field: 'ratifiedOn', reason: 'MISSING_DATE', message: 'A ratified instrument needs its ratification date.' };
  if (!validDate(fields.ratifiedOn) || !validDate(fields.denouncedOn)) return { field: 'ratifiedOn', reason: 'BAD_DATE', message: 'That date does not exist.' };
  if (fields.denouncedOn && fields.ratifiedOn && fields.denouncedOn < fields.ratifiedOn) {
    return { field: 'denouncedOn', reason: 'DENOUNCED_BEFORE_RATIFIED', message: 'An instrument is denounced after it was ratified.' };
  }
  if (fields.denouncedBy === fields.conventionCode) return { field: 'denouncedBy', reason: 'CONTRADICTION', message: 'An instrument is not denounced by itself.' };
  return null;
}

const validDate = (iso: string | null): boolean => {
  if (iso === null) return true;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) && date.getUTCFullYear() >= 1919;
};

/** Whether an imported row would leave the stored entry as it is. */
export const sameEntry = (stored: RatificationFields, incoming: RatificationFields): boolean =>
  stored.status === incoming.status &&
  stored.ratifiedOn === incoming.ratifiedOn &&
  stored.denouncedOn === incoming.denouncedOn &&
  stored.denouncedBy === incoming.denouncedBy &&
  stored.automaticDenunciation === incoming.automaticDenunciation &&
  stored.abrogation === incoming.abrogation &&
  (incoming.note === undefined || (stored.note ?? null) === (incoming.note ?? null)) &&
  JSON.stringify(stored.declarations) === JSON.stringify(incoming.declarations);
