import type { Principal } from '../domain/access.js';
import type { Language } from '../domain/planner.js';
import type { UploadedFile } from './multipart.js';

/** A page request and answer, whatever serves them (API Gateway and Lambda, or the local server). */

export interface WebRequest {
  method: string;
  /** The path, e.g. `/inspections/wales-2027-03-15`. */
  path: string;
  query: URLSearchParams;
  /** A POSTed form. */
  form: URLSearchParams;
  /** The files a `multipart/form-data` form sent, by field (the long-list upload's). */
  files?: Record<string, UploadedFile>;
  principal: Principal;
  /** The session's synchronizer token, for the forms the page renders. */
  csrfToken?: string;
  /** The language the person chose for the pages (functions/web/i18n/language.ts); English unless given. */
  lang?: Language;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** `Set-Cookie` values (several may be set at once). */
  cookies?: string[];
}

/** Sent with every page (and, locally, every API answer). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  // GOV.UK's template sets `js-enabled` with one inline script, allowed by its hash; nothing else runs.
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

export const html = (status: number, body: string): WebResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

/** A file to save (a CSV download), never cached. */
export const attachment = (file: { contentType: string; filename: string; body: string }): WebResponse => ({
  status: 200,
  headers: {
    ...SECURITY_HEADERS,
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'no-store',
  },
  body: file.body,
});

export const redirect = (location: string): WebResponse => ({
  status: 303,
  headers: { location, 'cache-control': 'no-store' },
  body: '',
});

/** A page may post its forms to `origin` as well as to this site (the CSP's form-action). */
export function allowFormsTo(response: WebResponse, origin: string | undefined): WebResponse {
  const csp = response.headers['content-security-policy'];
  if (!csp || !origin) return response;
  return {
    ...response,
    headers: {
      ...response.headers,
      'content-security-policy': csp.replace("form-action 'self'", `form-action 'self' ${origin}`),
    },
  };
}
