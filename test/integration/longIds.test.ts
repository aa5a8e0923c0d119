import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../functions/domain/access.js';
import { apiOverHttp, type HttpRequest } from '../../functions/handlers/http.js';
import { SIGNED_IN, start, useEmulators } from './harness.js';

/**
 * Issue 16: an id past DynamoDB's key limit ("Hash primary key values must be under 2048 bytes")
 * was a 500 on every route with an id. On DynamoDB Local itself: the table still refuses such a
 * key, and the API refuses it first, as the person's mistake.
 */

const env = useEmulators();

describe('an id past DynamoDB’s key limit, on DynamoDB Local', () => {
  it('is refused with 400 naming the field, in the path, the query and the body, and the table never sees it; the due route’s bad range too', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    const wales = (await start(stack, 'Wales', '2027-06-07')).inspection.id;
    const api = apiOverHttp(stack.deps);
    const call = (request: Omit<HttpRequest, 'requestContext'>) =>
      stack.run(() =>
        api({ ...request, requestContext: { authorizer: { jwt: { claims: claimsOf(SIGNED_IN.isa) } } } }),
      );
    const long = 'x'.repeat(3000);

    // What the table does with such a key: the fault the API used to answer with a 500.
    await expect(stack.deps.timeline.getInspection(long)).rejects.toThrow(/2048 bytes/);

    const answers = await Promise.all([
      call({ routeKey: 'GET /api/inspections/{inspectionId}', pathParameters: { inspectionId: long } }),
      call({ routeKey: 'GET /api/alerts/{alertId}', pathParameters: { alertId: `${wales}-a${'1'.repeat(3000)}` } }),
      call({ routeKey: 'GET /api/alerts', queryStringParameters: { inspectionId: long } }),
      call({
        routeKey: 'POST /api/inspections/{inspectionId}/completions',
        pathParameters: { inspectionId: wales },
        body: JSON.stringify({ milestoneId: long }),
      }),
    ]);

    expect(answers.map((answer) => answer.statusCode)).toEqual([400, 400, 400, 400]);
    expect(
      answers.map((answer) => (JSON.parse(answer.body) as { errors: { field: string }[] }).errors[0]?.field),
    ).toEqual(['inspectionId', 'alertId', 'inspectionId', 'milestoneId']);

    // The due route's range on the same table: a bad one named, the widest good ones answered.
    const due = (from: string, to: string) =>
      call({ routeKey: 'GET /api/milestones/due', queryStringParameters: { from, to } });
    const ranges = await Promise.all([
      due('2027-02-30', '2027-03-01'),
      due('2027-03-01', '2027-02-01'),
      due('2000-01-01', '2001-01-01'),
      due('2100-01-01', '2100-12-31'),
    ]);
    expect(ranges.map((answer) => answer.statusCode)).toEqual([400, 400, 200, 200]);
  });
});
