import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** Trims surrounding white space of a string input. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Lower-cases and trims an email address. */
export const NormalizeEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Rejects control characters (names are shown to people, never executed). */
export const NoControlCharacters = () =>
  // eslint-disable-next-line no-control-regex
  Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters' });
