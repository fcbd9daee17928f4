import { ERROR_CODES, type ErrorCode } from '@tripart/contracts';
import type { FieldError, ProblemDetails } from '../errors/graphql-error';

/** A failed plain-HTTP call (upload, download), in the same terms as a GraphQL error. */
export class HttpProblem extends Error {
  constructor(readonly problem: ProblemDetails, readonly status: number) {
    super(problem.code);
    this.name = 'HttpProblem';
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** `{ errors: [{ message, extensions: { code, fieldErrors } }] }` → ProblemDetails. */
export function problemFromBody(body: unknown, status: number): ProblemDetails {
  const first = (body as { errors?: Array<{ extensions?: Record<string, unknown> }> } | null)?.errors?.[0];
  const code = first?.extensions?.['code'];
  const rawFields = first?.extensions?.['fieldErrors'];
  const fieldErrors = Array.isArray(rawFields)
    ? rawFields.filter((item): item is FieldError => !!item && typeof (item as FieldError).field === 'string')
    : [];
  if (isErrorCode(code)) return { code, fieldErrors };
  if (status === 413) return { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message: '', constraint: 'TOO_LARGE' }] };
  if (status === 401) return { code: 'UNAUTHENTICATED', fieldErrors: [] };
  if (status === 403) return { code: 'FORBIDDEN', fieldErrors: [] };
  if (status === 404) return { code: 'NOT_FOUND', fieldErrors: [] };
  return { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', fieldErrors };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POST a file as multipart (`file`) with the bearer token, reporting upload
 * progress (0–1); resolves with the JSON answer, rejects with an HttpProblem.
 */
export function uploadFile<T>(url: string, file: File, token: string | null, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new HttpProblem(problemFromBody(body, request.status), request.status));
    };
    request.onerror = () => reject(new HttpProblem({ code: 'NETWORK', fieldErrors: [] }, 0));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** GET a file with the bearer token and hand it to the browser to save. */
export async function downloadFile(url: string, token: string | null, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HttpProblem({ code: 'NETWORK', fieldErrors: [] }, 0);
  }
  if (!response.ok) {
    const body = parseJson(await response.text().catch(() => ''));
    throw new HttpProblem(problemFromBody(body, response.status), response.status);
  }
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
