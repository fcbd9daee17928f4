import type { Response } from 'express';

/** The printed formats and their media types. */
export const PRINT_FILE_TYPES = {
  pdf: { type: 'application/pdf', extension: 'pdf' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
} as const;

/**
 * `Content-Disposition: attachment` for a file name in any script: an ASCII
 * fallback for old clients, and the name itself in UTF-8 (RFC 6266 / 5987).
 */
export function attachment(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7E]/g, '').replace(/["\\]/g, '').replace(/\s+/g, ' ') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a file to download: its type, its language and its name. */
export function sendDownload(response: Response, file: { name: string; type: string; locale: string; body: Buffer | string; headers?: Record<string, string> }): void {
  response.setHeader('Content-Type', file.type);
  response.setHeader('Content-Language', file.locale);
  response.setHeader('Content-Disposition', attachment(file.name));
  for (const [name, value] of Object.entries(file.headers ?? {})) response.setHeader(name, value);
  response.send(file.body);
}
