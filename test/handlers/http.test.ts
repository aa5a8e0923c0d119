import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Deps } from '../../functions/app/deps.js';
import {
  ChangedMeanwhileError,
  ForbiddenError,
  NotFoundError,
  RequestError,
  TooManyError,
} from '../../functions/app/errors.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import type { ApiRoute } from '../../functions/handlers/api.js';
import { apiOverHttp, type HttpRequest } from '../../functions/handlers/http.js';
import { MAX_JSON_DEPTH } from '../../functions/handlers/jsonBody.js';
import { MAX_BODY_BYTES } from '../../functions/shared/requestLimits.js';
import { loadConfig } from '../../functions/shared/config.js';
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
      const errors = [{ field: 'alertId', value: 'x-given', message: 'must be the alert’s reference' }];
      // The same message every time: only the type of the refusal may decide the status.
      if (input.kind === 'missing') throw new NotFoundError('refused', errors);
      if (input.kind === 'forbidden') throw new ForbiddenError('refused', errors);
      if (input.kind === 'changed') throw new ChangedMeanwhileError('refused', errors);
      if (input.kind === 'too-many') throw new TooManyError('refused', errors);
      throw new RequestError('refused', errors);
    },
  },
  {
    name: 'many',
    method: 'POST',
    path: '/api/many',
    reads: false,
    describe: 'refuses with a field error for every key it was given, each with its value',
    handle: async (_deps, _principal, input) => {
      const errors = Object.entries(input).map(([field, value]) => ({ field, value, message: 'is wrong' }));
      throw new RequestError(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
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
// The routes above use no dependency; the configuration is read as the Lambda reads it.
const api = apiOverHttp({ config: loadConfig({}) } as Deps, routes);
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

  it('answers by the type of refusal, never its wording: 400 with the fields at fault, 403, 404, 409, 429', async () => {
    const refuse = (kind: string) =>
      api({ routeKey: 'GET /api/refuse/{kind}', requestContext: signedIn, pathParameters: { kind } });
    const [missing, forbidden, changed, tooMany, bad] = await Promise.all(
      ['missing', 'forbidden', 'changed', 'too-many', 'bad'].map((kind) => refuse(kind)),
    );

    expect([missing, forbidden, changed, tooMany, bad].map((answer) => answer?.statusCode)).toEqual([
      404, 403, 409, 429, 400,
    ]);
    // The field and what is wrong with it; never the value given (finding 5: no echo).
    expect(JSON.parse(bad?.body ?? '')).toEqual({
      message: 'refused',
      errors: [{ field: 'alertId', message: 'must be the alert’s reference' }],
    });
    for (const answer of [missing, forbidden, changed, bad]) expect(answer?.body).not.toContain('x-given');
  });

  it('refuses a body over 64 KB with 413 before reading it, in text or base64; 64 KB is accepted', async () => {
    const sized = (bytes: number) => JSON.stringify({ pad: 'x'.repeat(bytes - '{"pad":""}'.length) });
    const over = sized(70 * 1024);
    // Two-byte characters: under the limit in characters, over it in bytes.
    const wide = JSON.stringify({ pad: 'é'.repeat(MAX_BODY_BYTES / 2) });

    const answers = await Promise.all([
      echo({ body: over }),
      echo({ body: Buffer.from(over).toString('base64'), isBase64Encoded: true }),
      echo({ body: wide }),
      echo({ body: `${'['.repeat(40_000)}${']'.repeat(40_000)}` }),
    ]);
    const atTheLimit = await echo({ body: sized(MAX_BODY_BYTES) });

    expect(answers.map((answer) => answer.statusCode)).toEqual([413, 413, 413, 413]);
    for (const answer of answers) {
      expect(JSON.parse(answer.body)).toEqual({ message: 'the request body is larger than 64 KB', errors: [] });
    }
    expect(atTheLimit.statusCode).toBe(200);
  });

  it('refuses a body nested deeper than 20 with 400, at once and without a fault; strings do not count', async () => {
    const nested = (depth: number) => `{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    const started = performance.now();
    const deep = await echo({ body: `{"alertId":${'['.repeat(20_000)}1${']'.repeat(20_000)}}` });
    const elapsed = performance.now() - started;

    expect(deep.statusCode).toBe(400);
    expect(JSON.parse(deep.body)).toEqual({ message: 'the request body is nested too deeply', errors: [] });
    expect(elapsed).toBeLessThan(500);
    expect((await echo({ body: nested(MAX_JSON_DEPTH + 1) })).statusCode).toBe(400);
    expect((await echo({ body: nested(MAX_JSON_DEPTH) })).statusCode).toBe(200);
    const brackets = await echo({ body: JSON.stringify({ note: `"\\${'[{'.repeat(100)}` }) });
    expect(brackets.statusCode).toBe(200);
  });

  it('lists at most 20 field errors, then how many more, without the values given', async () => {
    const input = Object.fromEntries(Array.from({ length: 1234 + 20 }, (_, i) => [`field${i}`, `VALUE-${i}`]));
    const response = await api({
      routeKey: 'POST /api/many',
      requestContext: signedIn,
      body: JSON.stringify(input),
    });
    const answer = JSON.parse(response.body) as { message: string; errors: { field: string; message: string }[] };

    expect(response.statusCode).toBe(400);
    expect(answer.errors).toHaveLength(21);
    expect(answer.errors.slice(0, 2)).toEqual([
      { field: 'field0', message: 'is wrong' },
      { field: 'field1', message: 'is wrong' },
    ]);
    expect(answer.errors[20]).toEqual({ field: '', message: '… and 1,234 more' });
    expect(answer.message.length).toBeLessThanOrEqual(1000);
    expect(answer.message).toMatch(/^field0: is wrong; field1: is wrong; .*; …$/);
    expect(response.body).not.toContain('VALUE-');
    expect(response.body.length).toBeLessThan(3000);
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
