import { describe, expect, it } from 'vitest';
import { EDGE_HEADER } from '../../functions/shared/edge.js';
import { pagesOverHttp } from '../../functions/handlers/pages.js';
import { MAX_LONG_LIST_BYTES } from '../../functions/shared/requestLimits.js';
import { memoryDeps } from '../support/memoryDeps.js';

/**
 * The pages' body limit behind API Gateway: 64 KB for every form, 2 MB for the long-list upload
 * alone (its multipart body arrives base64-encoded), checked before the body is decoded.
 */
const SECRET = 'a-secret-only-cloudfront-and-the-functions-hold-0123456789';
const deps = memoryDeps({ env: { DIPP_EDGE_SECRET: SECRET, DIPP_OIDC_ISSUER: 'https://issuer.example' } });
const pages = pagesOverHttp(deps);

const post = (path: string, bytes: number) =>
  pages({
    rawPath: path,
    body: Buffer.alloc(bytes, 'a').toString('base64'),
    isBase64Encoded: true,
    headers: { [EDGE_HEADER]: SECRET, 'content-type': 'multipart/form-data; boundary=x' },
    requestContext: { http: { method: 'POST' } },
  });

describe('the pages’ body limits', () => {
  it('lets a long-list upload past 64 KB (to the session check), and refuses it past 2 MB', async () => {
    const within = await post('/inspections/north-east-2027-03-01/sample/long-list', 200 * 1024);
    expect(within.statusCode).toBe(401);
    const over = await post('/inspections/north-east-2027-03-01/sample/long-list', MAX_LONG_LIST_BYTES + 1);
    expect(over.statusCode).toBe(413);
    expect(over.body).toContain('2 MB');
  });

  it('keeps 64 KB on every other form', async () => {
    const other = await post('/inspections/north-east-2027-03-01/sample/team', 200 * 1024);
    expect(other.statusCode).toBe(413);
    expect(other.body).toContain('64 KB');
  });
});
