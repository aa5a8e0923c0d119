import { describe, expect, it } from 'vitest';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { apiOverHttp, type HttpRequest } from '../../functions/handlers/http.js';
import { notifiedAlert } from '../app/arrange.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';

/** The evidence file routes (issue 18): an upload form, taking the upload in, and a download by redirect. */

const region = regionUser('north-east');
const PDF = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

async function notified() {
  const { deps, alert } = await notifiedAlert();
  const api = apiOverHttp(deps);
  const call = (principal: Principal, request: Omit<HttpRequest, 'requestContext' | 'body'> & { body?: unknown }) =>
    api({
      ...request,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } },
    });
  return { deps, alert, call };
}

describe('the evidence file routes', () => {
  it('gives a signed form, takes the upload in, and answers a download with 303 to a one-minute link', async () => {
    const { deps, alert, call } = await notified();
    const path = { alertId: alert.id };

    const offered = await call(region, { routeKey: 'POST /api/alerts/{alertId}/uploads', pathParameters: path });
    const { form, maxBytes } = (JSON.parse(offered.body) as { value: { form: never; maxBytes: number } }).value;
    const key = deps.evidenceUploads.receive(form, { name: 'plan.pdf', bytes: PDF });
    const taken = await call(region, {
      routeKey: 'POST /api/alerts/{alertId}/files',
      pathParameters: path,
      body: { key },
    });
    const fileKey = (JSON.parse(taken.body) as { value: { evidenceFiles: { key: string }[] } }).value.evidenceFiles[0]
      ?.key;
    const download = await call(SIGNED_IN.lead, {
      routeKey: 'GET /api/alerts/{alertId}/files/{fileId}',
      pathParameters: { ...path, fileId: fileKey?.split('/').pop() },
    });

    expect(offered.statusCode, offered.body).toBe(200);
    expect(maxBytes).toBe(10 * 1024 * 1024);
    expect((form as { fields: Record<string, string> }).fields.success_action_redirect).toBe(
      `http://localhost:3000/alerts/${encodeURIComponent(alert.id)}/files/uploaded`,
    );
    expect(taken.statusCode, taken.body).toBe(200);
    expect(download.statusCode).toBe(303);
    expect(download.headers.location).toContain('X-Amz-Expires=60');
    expect(download.headers['cache-control']).toBe('no-store');
  });

  it('answers problems in the API’s way: 400 naming the field for a refused file, 403 for another region', async () => {
    const { deps, alert, call } = await notified();
    const path = { alertId: alert.id };
    const offered = await call(region, { routeKey: 'POST /api/alerts/{alertId}/uploads', pathParameters: path });
    const { form } = (JSON.parse(offered.body) as { value: { form: never } }).value;
    const key = deps.evidenceUploads.receive(form, { name: 'plan.pdf', bytes: Uint8Array.from([1, 2, 3]) });

    const refused = await call(region, {
      routeKey: 'POST /api/alerts/{alertId}/files',
      pathParameters: path,
      body: { key },
    });
    const elsewhere = await call(regionUser('wales'), {
      routeKey: 'POST /api/alerts/{alertId}/uploads',
      pathParameters: path,
    });

    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ field: 'file' }] });
    expect(elsewhere.statusCode).toBe(403);
    expect(await deps.evidence.list('uploads/')).toEqual([]);
  });
});
