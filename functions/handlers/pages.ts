import type { Deps } from '../app/deps.js';
import { OpenIdSignIn } from '../adapters/openIdSignIn.js';
import { logger } from '../shared/logger.js';
import { webApp } from '../web/webApp.js';
import { cameThroughEdge, EDGE_REFUSAL } from '../shared/edge.js';
import { bodyText } from './http.js';
import { BODY_TOO_LARGE, isTooLarge, LONG_LIST_TOO_LARGE } from './jsonBody.js';
import { MAX_BODY_BYTES, maxBodyBytesFor } from '../shared/requestLimits.js';
import { isMultipart } from '../web/multipart.js';

/** The parts of an API Gateway HTTP API (payload 2.0) request the pages read. */
export interface PageRequest {
  rawPath: string;
  rawQueryString?: string;
  body?: string | null;
  isBase64Encoded?: boolean;
  cookies?: string[];
  headers?: Record<string, string | undefined>;
  requestContext: { http: { method: string } };
}

export interface PageResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

const text = (statusCode: number, body: string): PageResponse => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

/**
 * The pages behind API Gateway. No API Gateway authorizer stands in front of them: the session is
 * checked here, on every page but signing in and out and a calendar link (functions/web/webApp.ts).
 * The Frontend assets are not served here: CloudFront serves them from S3, running none of our code.
 */
export function pagesOverHttp(deps: Deps) {
  const { issuer, clientId, logoutUrl } = deps.config.signIn;
  const app = issuer
    ? webApp(deps, new OpenIdSignIn({ issuer, clientId, ...(logoutUrl ? { logoutUrl } : {}) }), {
        signOutOrigin: new URL(logoutUrl ?? issuer).origin,
      })
    : undefined;
  return async (request: PageRequest): Promise<PageResponse> => {
    if (!cameThroughEdge(request.headers, deps.config.edgeSecret)) return text(403, EDGE_REFUSAL);
    const method = request.requestContext.http.method;
    if (!app) return text(503, 'Sign-in is not configured (DIPP_OIDC_ISSUER).');
    // The same limit as the API's, before anything is read: a form is never this big (the
    // long-list's upload may be 2 MB).
    const limit = maxBodyBytesFor(request.rawPath);
    if (method === 'POST' && isTooLarge(request.body ?? '', request.isBase64Encoded === true, limit)) {
      return text(413, limit === MAX_BODY_BYTES ? BODY_TOO_LARGE : LONG_LIST_TOO_LARGE);
    }
    const contentType = request.headers?.['content-type'];
    const multipart = method === 'POST' && isMultipart(contentType);
    try {
      const page = await app({
        method,
        path: request.rawPath,
        query: new URLSearchParams(request.rawQueryString ?? ''),
        body: method === 'POST' && !multipart ? bodyText(request) : '',
        // A form with a file: its bytes as sent (API Gateway base64-encodes a binary body).
        ...(multipart && request.body
          ? { bytes: Buffer.from(request.body, request.isBase64Encoded ? 'base64' : 'utf8'), contentType }
          : {}),
        // API Gateway's payload 2.0 gives the cookies apart from the headers.
        cookieHeader: (request.cookies ?? []).join('; ') || request.headers?.cookie,
        ...(request.headers?.origin ? { origin: request.headers.origin } : {}),
        ...(request.headers?.['sec-fetch-site'] ? { fetchSite: request.headers['sec-fetch-site'] } : {}),
      });
      return {
        statusCode: page.status,
        headers: page.headers,
        body: page.body,
        ...(page.cookies?.length ? { cookies: page.cookies } : {}),
      };
    } catch (error) {
      logger.error('page failed', { path: request.rawPath, error: error instanceof Error ? error.name : 'unknown' });
      return text(500, 'Sorry, there is a problem with the service. The details are in the log.');
    }
  };
}
