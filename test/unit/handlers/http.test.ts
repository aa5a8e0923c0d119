import { describe, expect, it } from 'vitest';
import { overHttp } from '../../../functions/handlers/http.js';
import type { Outcome } from '../../../functions/handlers/inspections.js';

/** A handler that answers with what it was given, or with the outcome it is told to give. */
const echo = overHttp(async (input: unknown): Promise<Outcome<unknown>> => ({ ok: true, value: input }));
const refusing = (message: string) =>
  overHttp(async (): Promise<Outcome<unknown>> => ({
    ok: false,
    message: 'refused',
    errors: [{ field: 'alertId', value: 'x', message }],
  }));

describe('a handler behind the HTTP API', () => {
  it('gets the path parameters, query string and JSON body as one input; the path wins', async () => {
    const response = await echo({
      body: JSON.stringify({ by: 'Lee Inspector', alertId: 'from-the-body' }),
      pathParameters: { alertId: 'north-east-2027-03-01-a1', action: 'confirm' },
      queryStringParameters: { open: 'true' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      value: { open: 'true', by: 'Lee Inspector', alertId: 'north-east-2027-03-01-a1', action: 'confirm' },
    });
  });

  it('reads a base64 body', async () => {
    const response = await echo({ body: Buffer.from('{"a":1}').toString('base64'), isBase64Encoded: true });

    expect(JSON.parse(response.body)).toEqual({ value: { a: 1 } });
  });

  it('refuses a body that is not a JSON object with 400 and says why', async () => {
    for (const body of ['{not json', '[1,2]', '"text"']) {
      const response = await echo({ body });
      expect(response.statusCode, body).toBe(400);
      expect(JSON.parse(response.body).message, body).toMatch(/not JSON|must be a JSON object/);
    }
  });

  it('answers 404 for a record that does not exist and 400 with the fields at fault otherwise', async () => {
    const missing = await refusing('is not an alert')({});
    const bad = await refusing('must be the alert’s reference')({});

    expect(missing.statusCode).toBe(404);
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      message: 'refused',
      errors: [{ field: 'alertId', value: 'x', message: 'must be the alert’s reference' }],
    });
  });
});
