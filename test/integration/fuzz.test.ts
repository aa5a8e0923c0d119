import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AlertKey, Deps } from '../../functions/app/deps.js';
import { claimsOf } from '../../functions/domain/access.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { pagesOverHttp } from '../../functions/handlers/pages.js';
import { startLocalServer } from '../../functions/local/apiServer.js';
import { EDGE_HEADER } from '../../functions/shared/edge.js';
import { MAX_BODY_BYTES, MAX_LONG_LIST_BYTES } from '../../functions/shared/requestLimits.js';
import { fuzzRequest, type FuzzRequest } from '../support/fuzz/arbitraries.js';
import { fuzzWorld } from '../support/fuzz/world.js';
import { MemoryEvidenceStore } from '../support/memory/evidence.js';
import { Collection } from '../support/memory/table.js';
import {
  memoryDeps,
  RecordingDriver,
  RecordingNotifier,
  SettableClock,
  type MemoryDeps,
} from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { useEmulators } from './harness.js';

/**
 * Issue 16: "input never reaches a 500". Requests of every kind (any method; a real route's or
 * page's address with its ids fuzzed; odd query strings; bodies shaped as a route takes them with
 * a field changed, random JSON, text, forms with and without the session's token; every role,
 * nobody, and a token that is not ours) are answered without a 5xx, and a refused one (4xx)
 * changes nothing stored.
 *
 * Why two parts: the bulk (10,000 requests) runs in process over the in-memory stores, which refuse
 * what DynamoDB refuses (keys past its limits, transactions past 100 items), at a few milliseconds
 * a request; a smaller run (500, the table scanned after each) on DynamoDB Local then meets the
 * table's own refusals (its ValidationExceptions), which no double can promise to copy exactly.
 * Over-large bodies and headers are refused at the edge before any of this (413 and 431), and stay
 * so. fast-check picks a new seed each run; a failure prints the seed and the request, shrunk.
 */

const env = useEmulators();

/** Tuesday 8 June 2027, in Wales's fieldwork (from Monday 7 June): alerts and fieldwork records are open. */
const NOW = '2027-06-08T10:00:00Z';

/** The request as a person reads it, for a failure's message. */
const told = (request: FuzzRequest, answer: { status: number; body: string }) =>
  `${request.method} ${request.path}${request.query ? `?${request.query}` : ''} as ${request.who} ` +
  `(${request.contentType ?? 'no content type'}: ${String(request.body).slice(0, 200)}) → ${answer.status} ${answer.body.slice(0, 300)}`;

/**
 * Every write the in-memory world makes: an item set in a collection (all of the stores' writes
 * go through it), an evidence file kept or deleted, an email sent, a workflow started. A refused
 * request must leave this where it was; counting is cheaper than comparing the whole store after
 * each of 10,000 requests, and stricter (a write of the same value counts too).
 */
function writesOf(deps: MemoryDeps) {
  const items = vi.spyOn(Collection.prototype, 'set');
  const files = vi.spyOn(MemoryEvidenceStore.prototype, 'put');
  const discarded = vi.spyOn(MemoryEvidenceStore.prototype, 'discardUpload');
  return () =>
    [
      items.mock.calls.length,
      files.mock.calls.length,
      discarded.mock.calls.length,
      deps.notifier.sent.length,
      deps.driver.starts.length,
      deps.alertDriver.starts.length,
    ].join(' ');
}

describe('the HTTP fuzz, in process over the in-memory stores', () => {
  afterAll(() => vi.restoreAllMocks());

  it('answers 10,000 requests to every route and page, as every role, without a 5xx; a refused one writes nothing', async () => {
    const deps = memoryDeps();
    const world = await fuzzWorld(deps, NOW);
    const writes = writesOf(deps);
    let sent = 0;

    await fc.assert(
      fc.asyncProperty(fuzzRequest(world.known), async (request) => {
        const before = writes();
        const answer = await world.send(request);
        sent += 1;

        expect(answer.status, told(request, answer)).toBeLessThan(500);
        if (answer.status >= 400) expect(writes(), `a refusal wrote: ${told(request, answer)}`).toBe(before);
      }),
      { numRuns: 10_000 },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
  }, 120_000);
});

/**
 * The sign-in's own items (sessions, sign-in attempts, calendar links, the sign-in log): a refused
 * sign-in is recorded there on purpose, and a session's "last seen" moves on any request.
 */
const SIGN_IN_ITEMS = /^(SESSION|SIGNIN|SIGNINS|CALLINK|PERSON)#/;

/** Every item of the table but the sign-in's, in a stable order: the inspections' data as DynamoDB Local holds it. */
async function tableItems(deps: Deps & { dynamoClient: { send: (command: ScanCommand) => Promise<unknown> } }) {
  const items: Record<string, AttributeValue>[] = [];
  let from: Record<string, AttributeValue> | undefined;
  do {
    const page = (await deps.dynamoClient.send(
      new ScanCommand({ TableName: deps.config.tableName, ConsistentRead: true, ExclusiveStartKey: from }),
    )) as { Items?: Record<string, AttributeValue>[]; LastEvaluatedKey?: Record<string, AttributeValue> };
    items.push(...(page.Items ?? []));
    from = page.LastEvaluatedKey;
  } while (from);
  return items
    .filter((item) => !SIGN_IN_ITEMS.test(item.pk?.S ?? ''))
    .map((item) => JSON.stringify(item))
    .sort();
}

describe('the HTTP fuzz, on DynamoDB Local', () => {
  it('answers 500 requests without a 5xx, and the table is the same after each refused one', async () => {
    const stack = await env.stack(NOW);
    // The table is DynamoDB Local's; the workflows, emails and files are doubles that do nothing
    // on their own, so the table changes only when a request changes it.
    const evidence = new MemoryEvidenceStore();
    const deps = {
      ...stack.deps,
      clock: new SettableClock(NOW),
      notifier: new RecordingNotifier(),
      driver: new RecordingDriver<{ inspectionId: string }>(),
      alertDriver: new RecordingDriver<AlertKey>(),
      evidence,
      evidenceUploads: evidence,
    };
    const world = await stack.run(() => fuzzWorld(deps, NOW));
    const table = () => stack.run(() => tableItems({ ...deps, dynamoClient: stack.dynamoClient }));
    let stored = await table();

    await fc.assert(
      fc.asyncProperty(fuzzRequest(world.known), async (request) => {
        const answer = await stack.run(() => world.send(request));

        expect(answer.status, told(request, answer)).toBeLessThan(500);
        const now = await table();
        if (answer.status >= 400) expect(now, `a refusal changed the table: ${told(request, answer)}`).toEqual(stored);
        stored = now;
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe('a body or headers too large', () => {
  const SECRET = 'a-secret-only-cloudfront-and-the-functions-hold-0123456789';
  const deps = memoryDeps({ now: NOW, env: { DIPP_EDGE_SECRET: SECRET, DIPP_OIDC_ISSUER: 'https://issuer.example' } });
  const edge = { [EDGE_HEADER]: SECRET };

  it('keeps its 413 in the API and the pages behind API Gateway', async () => {
    const api = apiOverHttp(deps);
    const claims = { requestContext: { authorizer: { jwt: { claims: claimsOf(SIGNED_IN.isa) } } } };
    const json = await api({
      routeKey: 'POST /api/inspections',
      body: `{"a":"${'a'.repeat(MAX_BODY_BYTES)}"}`,
      headers: { ...edge, 'content-type': 'application/json' },
      ...claims,
    });
    const csv = await api({
      routeKey: 'POST /api/inspections/{inspectionId}/sample/long-list',
      pathParameters: { inspectionId: 'wales-2027-06-07' },
      body: 'c'.repeat(MAX_LONG_LIST_BYTES + 1),
      headers: { ...edge, 'content-type': 'text/csv' },
      ...claims,
    });
    const page = await pagesOverHttp(deps)({
      rawPath: '/inspections/new',
      body: `region=${'w'.repeat(MAX_BODY_BYTES)}`,
      headers: { ...edge, 'content-type': 'application/x-www-form-urlencoded' },
      requestContext: { http: { method: 'POST' } },
    });

    expect([json.statusCode, csv.statusCode, page.statusCode]).toEqual([413, 413, 413]);
  });

  it('keeps its 413 and 431 at the local server', async () => {
    const server = await startLocalServer(deps, (work) => work(), {
      port: 3900,
      signIn: async () => ({ issuer: 'https://issuer.example' }),
    });
    try {
      const post = (path: string, bytes: number) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: 'a'.repeat(bytes),
        }).then((response) => response.status);
      const header = await fetch(`${server.url}/api/inspections`, { headers: { 'x-big': 'h'.repeat(20_000) } }).then(
        (response) => response.status,
      );

      expect(await post('/api/inspections', MAX_BODY_BYTES + 1)).toBe(413);
      expect(await post('/inspections/new', MAX_BODY_BYTES + 1)).toBe(413);
      expect(header).toBe(431);
    } finally {
      await server.stop();
    }
  });
});
