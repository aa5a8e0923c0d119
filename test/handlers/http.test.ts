import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Deps } from '../../functions/app/deps.js';
import { ChangedMeanwhileError, ForbiddenError, NotFoundError, RequestError } from '../../functions/app/errors.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import type { ApiRoute } from '../../functions/handlers/api.js';
import { apiOverHttp, type HttpRequest } from '../../functions/handlers/http.js';
import { logger } from '../../functions/shared/logger.js';

logger.setLogLevel('SILENT');

const admin: Principal = { role: 'administrator', name: 'Ada Admin', email: 'ada@justice.gov.uk' };
const signedIn = { authorizer: { jwt: { claims: claimsOf(admin) } } };

/** Routes that answer with what they were given, or refuse as told. */
const routes: ApiRoute[] = [
  {
    name: 'echo',
    method: 'POST',
    path: '/api/echo/{alertId}',
    reads: false,
    describe: 'echo',
    handle: async (_deps, principal, input) => ({ json: { input, who: principal.name } }),
  },
  {
    name: 'refuse',
    method: 'GET',
    path: '/api/refuse/{kind}',
    reads: true,
    describe: 'refuse',
    handle: async (_deps, _principal, input) => {
      const errors = [{ field: 'alertId', value: 'x', message: 'must be the alert’s reference' }];
      // The same message every time: only the type of the refusal may decide the status.
      if (input.kind === 'missing') throw new NotFoundError('refused', errors);
      if (input.kind === 'forbidden') throw new ForbiddenError('refused', errors);
      if (input.kind === 'changed') throw new ChangedMeanwhileError('refused', errors);
      throw new RequestError('refused', errors);
    },
  },
  {
    name: 'lies',
    method: 'GET',
    path: '/api/lies',
    reads: true,
    describe: 'answers with what its schema forbids',
    response: z.object({ count: z.number() }),
    handle: async () => ({ json: { count: 'many' } }),
  },
];
const api = apiOverHttp({} as Deps, routes);
const echo = (request: Omit<HttpRequest, 'routeKey'>) =>
  api({ routeKey: 'POST /api/echo/{alertId}', requestContext: signedIn, ...request });

describe('the HTTP API adapter', () => {
  it('gives the route the path parameters, query string and JSON body as one input; the path wins', async () => {
    const response = await echo({
      body: JSON.stringify({ by: 'Lee Inspector', alertId: 'from-the-body' }),
      pathParameters: { alertId: 'north-east-2027-03-01-a1' },
      queryStringParameters: { open: 'true' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      value: { input: { open: 'true', by: 'Lee Inspector', alertId: 'north-east-2027-03-01-a1' }, who: 'Ada Admin' },
    });
  });

  it('reads a base64 body', async () => {
    const response = await echo({ body: Buffer.from('{"a":1}').toString('base64'), isBase64Encoded: true });

    expect(JSON.parse(response.body).value.input).toEqual({ a: 1 });
  });

  it('refuses a body that is not a JSON object with 400 and says why', async () => {
    for (const body of ['{not json', '[1,2]', '"text"']) {
      const response = await echo({ body });
      expect(response.statusCode, body).toBe(400);
      expect(JSON.parse(response.body).message, body).toMatch(/not JSON|must be a JSON object/);
    }
  });

  it('answers 401 without a sign-in it can use, before the route runs', async () => {
    const none = await api({ routeKey: 'POST /api/echo/{alertId}' });
    const noGroup = await api({
      routeKey: 'POST /api/echo/{alertId}',
      requestContext: { authorizer: { jwt: { claims: { email: 'a@b.gov.uk', 'cognito:groups': '[visitors]' } } } },
    });
    const regionWithoutRegion = await api({
      routeKey: 'POST /api/echo/{alertId}',
      requestContext: {
        authorizer: {
          jwt: { claims: { email: 'a@b.gov.uk', email_verified: 'true', name: 'A', 'cognito:groups': '[regions]' } },
        },
      },
    });

    expect([none.statusCode, noGroup.statusCode, regionWithoutRegion.statusCode]).toEqual([401, 401, 401]);
    expect(JSON.parse(noGroup.body).message).toMatch(/no DIPP group among: visitors/);
  });

  it('reads API Gateway’s "[a b]" form of cognito:groups', async () => {
    const response = await api({
      routeKey: 'POST /api/echo/{alertId}',
      requestContext: {
        authorizer: {
          jwt: {
            claims: {
              email: 'h@justice.gov.uk',
              name: 'Hana',
              'cognito:groups': '[lead-inspectors heads-of-programme]',
              email_verified: 'true',
            },
          },
        },
      },
    });

    expect(JSON.parse(response.body).value.who).toBe('Hana');
  });

  it('answers by the type of refusal, never its wording: 400 with the fields at fault, 403, 404, 409', async () => {
    const refuse = (kind: string) =>
      api({ routeKey: 'GET /api/refuse/{kind}', requestContext: signedIn, pathParameters: { kind } });
    const [missing, forbidden, changed, bad] = await Promise.all(
      ['missing', 'forbidden', 'changed', 'bad'].map((kind) => refuse(kind)),
    );

    expect([missing, forbidden, changed, bad].map((answer) => answer?.statusCode)).toEqual([404, 403, 409, 400]);
    expect(JSON.parse(bad?.body ?? '')).toEqual({
      message: 'refused',
      errors: [{ field: 'alertId', value: 'x', message: 'must be the alert’s reference' }],
    });
  });

  it('answers 500, not the bad data, when a response breaks its schema', async () => {
    const response = await api({ routeKey: 'GET /api/lies', requestContext: signedIn });

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('many');
  });

  it('answers 404 for a route it does not have', async () => {
    expect((await api({ routeKey: 'GET /api/nothing', requestContext: signedIn })).statusCode).toBe(404);
  });
});
