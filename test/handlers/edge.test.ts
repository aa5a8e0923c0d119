import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../functions/domain/access.js';
import { EDGE_HEADER } from '../../functions/shared/edge.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { pagesOverHttp } from '../../functions/handlers/pages.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';

/**
 * Finding 8 of issue 17: in AWS the pages and the API are reached through CloudFront and its web
 * ACL (the rate limit per address). A request sent to the HTTP API's own address goes around
 * both, so the functions refuse any request without CloudFront's secret header, before any work.
 */
const SECRET = 'a-secret-only-cloudfront-and-the-functions-hold-0123456789';
const deps = memoryDeps({ env: { DIPP_EDGE_SECRET: SECRET, DIPP_OIDC_ISSUER: 'https://issuer.example' } });

const apiRequest = (headers: Record<string, string | undefined>) => ({
  routeKey: 'GET /api/inspections',
  headers,
  requestContext: { authorizer: { jwt: { claims: claimsOf(SIGNED_IN.isa) } } },
});
const pageRequest = (headers: Record<string, string | undefined>) => ({
  rawPath: '/sign-in',
  headers,
  requestContext: { http: { method: 'GET' } },
});

describe('a request that did not come through CloudFront', () => {
  const api = apiOverHttp(deps);
  const pages = pagesOverHttp(deps);

  it('is refused by the API, even with a valid token, without or with a wrong secret', async () => {
    for (const headers of [{}, { [EDGE_HEADER]: 'guess' }, { [EDGE_HEADER]: `${SECRET}x` }]) {
      const response = await api(apiRequest(headers));
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain("Use the service's own address");
      expect(response.body).not.toContain(SECRET);
    }
  });

  it('is refused by the pages, the sign-in page included', async () => {
    for (const headers of [{}, { [EDGE_HEADER]: SECRET.slice(0, -1) }]) {
      const response = await pages(pageRequest(headers));
      expect(response.statusCode).toBe(403);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.cookies).toBeUndefined();
    }
  });

  it('is answered as usual when CloudFront forwarded it', async () => {
    const response = await api(apiRequest({ [EDGE_HEADER]: SECRET }));
    expect(response.statusCode).toBe(200);
  });

  it('is not checked where no secret is configured (the local server, which listens on 127.0.0.1 only)', async () => {
    const local = apiOverHttp(memoryDeps());
    expect((await local(apiRequest({}))).statusCode).toBe(200);
  });
});
