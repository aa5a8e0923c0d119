import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../functions/app/deps.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { MAX_ID_CHARS } from '../../functions/domain/ids.js';
import { apiOverHttp, type HttpRequest, type HttpResponse } from '../../functions/handlers/http.js';
import { ROUTE_LIST, routeKeyOf } from '../../functions/handlers/routeManifest.js';
import { individualAlert, planInspection, raiseAndNotify } from '../app/arrange.js';
import { pagesFor, pageText } from '../web/inProcessPages.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';

/**
 * Ids no store could take (issue 16: "bad input reaches a 500"): on every API route and page with
 * an id, and in the bodies and query strings that carry one, a mistake is refused (400 naming the
 * field, or the pages' "Page not found") before anything is read, and nothing stored changes. The
 * in-memory stores refuse keys past DynamoDB's limits as DynamoDB does, so a read that slipped
 * through would be a 500 here too.
 */

const BAD_IDS: [string, string][] = [
  ['3,000 characters', 'x'.repeat(3000)],
  ['1,100 two-byte letters (2,200 bytes)', 'ŵ'.repeat(1100)],
  [`${MAX_ID_CHARS + 1} characters`, 'a'.repeat(MAX_ID_CHARS + 1)],
  ['a slash', 'wales-2027/06-07'],
  ['an escaped nul', '%00'],
  ['a nul', 'wales\u0000'],
  ['a space', 'wales 2027-06-07'],
  ['a letter outside the safe set', 'gogledd-ddwyrain-ŵ'],
  ['nothing', ''],
];

// Monday 7 June 2027, 10:00: Wales's fieldwork has begun, so alerts can be raised on it.
const deps = memoryDeps({ now: '2027-06-07T09:00:00Z' });
const api = apiOverHttp(deps);
const pages = pagesFor(deps);
let wales: string;
let alertId: string;

/** What the stores hold, read through the ports: the same before and after a refused request. */
async function stored(from: Pick<Deps, 'timeline' | 'alerts' | 'ledger' | 'caseSample'>): Promise<string> {
  const inspections = await from.timeline.listInspections();
  const each = await Promise.all(
    inspections.map(async ({ id }) => ({
      timeline: await from.timeline.loadTimeline(id, { pendingOnly: false }),
      audit: await from.timeline.auditTrail(id),
      notices: await from.ledger.listNotices(id),
      sample: await from.caseSample.loadSample(id),
    })),
  );
  return JSON.stringify({ inspections, each, alerts: await from.alerts.listAllAlerts() });
}

const call = (principal: Principal, request: Omit<HttpRequest, 'requestContext'>): Promise<HttpResponse> =>
  api({ ...request, requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } } });

const fieldsIn = (response: HttpResponse) =>
  (JSON.parse(response.body) as { errors: { field: string }[] }).errors.map((e) => e.field);

beforeAll(async () => {
  wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-06-07' })).inspection.id;
  alertId = (await raiseAndNotify(deps, SIGNED_IN.lead, individualAlert(wales))).id;
});

/** A good value of each path parameter, so that only the one under test is wrong. */
const goodValue = (name: string): string =>
  ({ inspectionId: wales, alertId, email: SIGNED_IN.lead.email, role: 'lead', action: 'confirm' })[name] ??
  `some-${name.toLowerCase()}`;

const PARAMETERS = ROUTE_LIST.flatMap((route) =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ route, name: name as string })),
);

describe('an id no store could take, in an API path', () => {
  it('is met on every route with one', () => {
    expect(new Set(PARAMETERS.map((p) => p.route.name)).size).toBeGreaterThan(25);
  });

  it.each(PARAMETERS.filter((p) => p.name !== 'email').map((p) => [routeKeyOf(p.route), p.name, p] as const))(
    '%s: %s is refused with 400 naming it, whatever the id, and nothing changes',
    async (_key, name, { route }) => {
      const before = await stored(deps);
      for (const who of [SIGNED_IN.isa, regionUser('wales')]) {
        for (const [what, bad] of BAD_IDS) {
          const path = Object.fromEntries(
            [...route.path.matchAll(/\{(\w+)\}/g)].map(([, each = '']) => [
              each,
              each === name ? bad : goodValue(each),
            ]),
          );
          const response = await call(who, {
            routeKey: routeKeyOf(route),
            pathParameters: path,
            ...(route.body === 'text/csv'
              ? { body: 'crn\n', headers: { 'content-type': 'text/csv' } }
              : { body: route.method === 'POST' ? '{}' : null }),
          });

          expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
          expect(fieldsIn(response)).toEqual([name]);
          expect(response.body).toContain('letters, digits, hyphens (-), underscores (_) or full stops (.)');
          if (bad.length > 100) expect(response.body).not.toContain(bad);
        }
      }
      expect(await stored(deps)).toBe(before);
    },
  );

  it('an email address in the path is the route’s to check: never a 5xx', async () => {
    for (const [what, bad] of BAD_IDS) {
      const response = await call(SIGNED_IN.isa, {
        routeKey: 'GET /api/people/{email}/calendar.ics',
        pathParameters: { email: bad },
      });

      expect(response.statusCode, what).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, what).toBeLessThan(500);
    }
  });
});

describe('an id no store could take, in a body or a query string', () => {
  const CASES: [string, (bad: string) => Omit<HttpRequest, 'requestContext'>, string][] = [
    [
      'POST /api/alerts',
      (bad) => ({ routeKey: 'POST /api/alerts', body: JSON.stringify(individualAlert(bad)) }),
      'inspectionId',
    ],
    [
      'GET /api/alerts?inspectionId=',
      (bad) => ({ routeKey: 'GET /api/alerts', queryStringParameters: { inspectionId: bad } }),
      'inspectionId',
    ],
  ];

  it.each(CASES)('%s: refused with 400 naming the field, before any read', async (_what, request, field) => {
    const before = await stored(deps);
    for (const who of [SIGNED_IN.isa, SIGNED_IN.lead, regionUser('wales')]) {
      for (const [what, bad] of BAD_IDS) {
        const response = await call(who, request(bad));

        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        expect(fieldsIn(response)).toContain(field);
      }
    }
    expect(await stored(deps)).toBe(before);
  });
});

describe('an id no store could take, in a page’s address', () => {
  /** Each page with an id, `{id}` where an id goes (a page may have two). */
  const PAGES: ['GET' | 'POST', string][] = [
    ['GET', '/inspections/{id}'],
    ['GET', '/inspections/{id}/reschedule'],
    ['POST', '/inspections/{id}/reschedule'],
    ['POST', '/inspections/{id}/completions'],
    ['POST', '/inspections/{id}/completions/undo'],
    ['GET', '/inspections/{id}/milestones/{id}/date'],
    ['POST', '/inspections/{id}/milestones/{id}/waive'],
    ['GET', '/inspections/{id}/people/{id}'],
    ['POST', '/inspections/{id}/people/{id}'],
    ['GET', '/inspections/{id}/report'],
    ['POST', '/inspections/{id}/report/{id}'],
    ['GET', '/inspections/{id}/sample'],
    ['GET', '/inspections/{id}/sample.csv'],
    ['GET', '/inspections/{id}/sample/long-list'],
    ['POST', '/inspections/{id}/sample/team'],
    ['POST', '/inspections/{id}/sample/shortfalls'],
    ['GET', '/inspections/{id}/sample/requests/new'],
    ['POST', '/inspections/{id}/sample/requests/{id}/decision'],
    ['POST', '/inspections/{id}/sample/cases/{id}/state'],
    ['GET', '/inspections/{id}/alerts/new'],
    ['POST', '/inspections/{id}/alerts/new'],
    ['GET', '/alerts/{id}'],
    ['GET', '/alerts/{id}/files/uploaded'],
    ['POST', '/alerts/{id}/files'],
    ['GET', '/alerts/{id}/files/{id}'],
    ['POST', '/alerts/{id}/{id}'],
  ];
  const good = (path: string) => (path.startsWith('/alerts') ? alertId : wales);

  it.each(PAGES)(
    '%s %s answers "Page not found" for each id it cannot be, and nothing changes',
    async (method, path) => {
      const before = await stored(deps);
      const slots = path.split('{id}').length - 1;
      for (let slot = 0; slot < slots; slot += 1) {
        for (const [what, bad] of BAD_IDS.filter(([, id]) => id !== '')) {
          let index = 0;
          const address = path.replace(/\{id\}/g, () =>
            index++ === slot ? encodeURIComponent(bad) : index === 1 ? good(path) : 'confirm',
          );
          const page = await pages(method, address, { decision: 'approve' });

          expect(page.status, `${what} in place ${slot + 1}`).toBe(404);
          expect(pageText(page.body)).toContain('Page not found');
        }
      }
      expect(await stored(deps)).toBe(before);
    },
  );
});

describe('GET /api/milestones/due with a bad range', () => {
  it.each([
    ['from', { to: '2027-06-30' }],
    ['from', { from: 'soon', to: '2027-06-30' }],
    ['from', { from: '2027-6-1', to: '2027-06-30' }],
    ['from', { from: '2027-02-30', to: '2027-06-30' }],
    ['from', { from: '2027-13-01', to: '2027-06-30' }],
    ['from', { from: '+275760-09-13', to: '2027-06-30' }],
    ['from', { from: 'x'.repeat(3000), to: '2027-06-30' }],
    ['from', { from: '2027-06-01%00', to: '2027-06-30' }],
    ['to', { from: '2027-06-01' }],
    ['to', { from: '2027-06-01', to: '2027-06-31' }],
    ['to', { from: '2027-06-01', to: '9999-12-31' }],
    ['to', { from: '2027-06-30', to: '2027-06-01' }],
    ['to', { from: '2027-01-01', to: '2028-06-01' }],
  ])('is refused with 400 naming %s: %j', async (field, query) => {
    const response = await call(SIGNED_IN.isa, { routeKey: 'GET /api/milestones/due', queryStringParameters: query });

    expect(response.statusCode, response.body).toBe(400);
    expect(fieldsIn(response)).toContain(field);
  });
});
