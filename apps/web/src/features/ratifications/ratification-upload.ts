import type { RatificationImportResult } from '@tripart/contracts';
import { uploadFile } from '../../shared/http/api-request';

export const ACCEPTED_REGISTER_FILES = '.csv,.tsv,.txt,.xlsx';

const url = (countryCode: string, preview: boolean) => `/api/countries/${encodeURIComponent(countryCode)}/ratifications/import${preview ? '?preview=true' : ''}`;

/** What importing the table would do to the country's register: nothing is stored. */
export const previewRegister = (countryCode: string, file: File, token: string | null, onProgress?: (f: number) => void) =>
  uploadFile<RatificationImportResult>(url(countryCode, true), file, token, onProgress);

/** Every row stored, or none (a table with a wrong row is refused with its rows). */
export const importRegister = (countryCode: string, file: File, token: string | null, onProgress?: (f: number) => void) =>
  uploadFile<RatificationImportResult>(url(countryCode, false), file, token, onProgress);

/** An ISO date (YYYY-MM-DD) in the reader's language, the same day wherever the reader is. */
export const formatIsoDate = (iso: string | null, locale: string): string =>
  iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`)) : '';
