import { readFile } from 'node:fs/promises';
import type { Deps } from '../app/deps.js';
import { principalFromClaims } from '../domain/access.js';
import { logger } from '../shared/logger.js';
import { assetFile } from '../web/assets.js';
import { webPages } from '../web/pages.js';
import { bodyText } from './http.js';

/** The parts of an API Gateway HTTP API (payload 2.0) request the pages read. */
export interface PageRequest {
  rawPath: string;
  rawQueryString?: string;
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext: {
    http: { method: string };
    authorizer?: { jwt?: { claims?: Record<string, unknown> } };
  };
}

export interface PageResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

const text = (statusCode: number, body: string): PageResponse => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

/**
 * The pages behind API Gateway: the person the JWT authorizer verified, the path, the query and a
 * POSTed form. The Frontend assets are public (they hold nothing of ours) and served from the bundle.
 */
export function pagesOverHttp(deps: Deps) {
  const pages = webPages(deps);
  return async (request: PageRequest): Promise<PageResponse> => {
    const method = request.requestContext.http.method;
    const asset = method === 'GET' ? assetFile(request.rawPath) : undefined;
    if (asset) {
      const content = await readFile(asset.path).catch(() => undefined);
      if (!content) return text(404, 'Not found');
      return {
        statusCode: 200,
        headers: { 'content-type': asset.contentType, 'cache-control': 'public, max-age=86400' },
        body: content.toString('base64'),
        isBase64Encoded: true,
      };
    }
    const who = principalFromClaims(request.requestContext.authorizer?.jwt?.claims);
    if (!who.ok) return text(401, `Sign in first: ${who.message}`);
    const body = bodyText(request);
    try {
      const page = await pages({
        method,
        path: request.rawPath,
        query: new URLSearchParams(request.rawQueryString ?? ''),
        form: new URLSearchParams(method === 'POST' ? body : ''),
        principal: who.principal,
      });
      if (!page) return text(404, `No page at ${request.rawPath}`);
      return { statusCode: page.status, headers: page.headers, body: page.body };
    } catch (error) {
      logger.error('page failed', { path: request.rawPath, error: error instanceof Error ? error.name : 'unknown' });
      return text(500, 'Sorry, there is a problem with the service. The details are in the log.');
    }
  };
}
