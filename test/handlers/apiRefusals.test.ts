import { beforeAll, describe, expect, it } from 'vitest';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { apiOverHttp, type HttpRequest, type HttpResponse } from '../../functions/handlers/http.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { PEOPLE } from '../support/records.js';

/**
 * The API's refusals on its real routes (finding 5 of issue 17): an answer stays small whatever the
 * request, and never carries back a value that was sent.
 */

const api = apiOverHttp(memoryDeps());
const as = (principal: Principal) => ({ authorizer: { jwt: { claims: claimsOf(principal) } } });
const call = (principal: Principal, request: Omit<HttpRequest, 'requestContext' | 'body'> & { body?: unknown }) =>
  api({
    ...request,
    body: request.body === undefined ? null : JSON.stringify(request.body),
    requestContext: as(principal),
  });
const problemIn = (response: HttpResponse) =>
  JSON.parse(response.body) as { message: string; errors: { field: string; message: string }[] };

const WALES = 'wales-2027-06-07';
const plan = { region: 'Wales', fieldworkStart: '2027-06-07', people: PEOPLE };
let alertId: string;

beforeAll(async () => {
  const started = await call(SIGNED_IN.isa, { routeKey: 'POST /api/inspections', body: plan });
  expect(started.statusCode, started.body).toBe(200);
  const raised = await call(SIGNED_IN.lead, {
    routeKey: 'POST /api/alerts',
    body: {
      inspectionId: WALES,
      type: 'individual',
      category: 'risk-to-person-on-probation',
      caseReference: 'CASE-0001',
      whatMightHappen: 'Self-harm is likely without an urgent review',
      howSerious: 'Life-threatening',
      howImminent: 'Within days',
      actionRequested: 'Review the case and the risk management plan today',
      // Before fieldwork: the lead says why it cannot wait.
      beforeFieldworkReason: 'Found while reading the case sample during planning',
    },
  });
  expect(raised.statusCode, raised.body).toBe(200);
  alertId = (JSON.parse(raised.body) as { value: { id: string } }).value.id;
});

describe('the API’s refusals', () => {
  it('answer 5,000 unknown keys in well under 10 KB, with at most 21 problems and the allowed fields once', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 1]));
    const response = await call(SIGNED_IN.isa, {
      routeKey: 'POST /api/inspections',
      body: { ...plan, fieldworkStart: '2027-06-14', overrides: unknown },
    });
    const answer = problemIn(response);

    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(10 * 1024);
    expect(answer.errors.length).toBeLessThanOrEqual(21);
    expect(answer.errors).toEqual([
      {
        field: 'overrides.k0',
        message: expect.stringMatching(
          /^is not a known field \(nor are k1, k2, k3, k4 and 4,995 more\); allowed: sendTime, /,
        ),
      },
    ]);
    // The allowed fields once in the field error and once in the message that sums it up, no more.
    expect(response.body.split('factualAccuracyWorkingDays')).toHaveLength(3);
  });

  it('answer 5,000 unknown keys of a strict body as one problem', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 1]));
    const response = await call(SIGNED_IN.lead, {
      routeKey: 'POST /api/alerts/{alertId}/{action}',
      pathParameters: { alertId, action: 'confirm' },
      body: unknown,
    });

    expect(response.statusCode).toBe(400);
    expect(problemIn(response).errors).toEqual([
      { field: 'k0', message: 'is not a known field (nor are k1, k2, k3, k4 and 4,995 more)' },
    ]);
  });

  it('answer a 20,000-deep value with 400, not a fault', async () => {
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    const response = await api({
      routeKey: 'POST /api/inspections',
      body: `{"region":${deep}}`,
      requestContext: as(SIGNED_IN.isa),
    });

    expect(response.statusCode).toBe(400);
    expect(problemIn(response).message).toBe('the request body is nested too deeply');
  });

  it('never carry back a value that was sent, on any route', async () => {
    const MARK = 'MARK-5e1f-given';
    const cases: { who: Principal; request: Omit<HttpRequest, 'requestContext' | 'body'> & { body?: unknown } }[] = [
      {
        who: SIGNED_IN.isa,
        request: {
          routeKey: 'POST /api/inspections',
          body: {
            region: MARK,
            fieldworkStart: MARK,
            overrides: { sendTime: MARK, factualAccuracyWorkingDays: MARK, nonsense: MARK },
            milestoneDates: { announcement: MARK, nonsense: MARK },
            people: { lead: { name: `${MARK}\n`, email: MARK }, isa: MARK },
          },
        },
      },
      {
        who: SIGNED_IN.isa,
        request: { routeKey: 'POST /api/inspections', body: { ...plan, region: [MARK], fieldworkStart: { MARK } } },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/inspections/{inspectionId}/reschedule',
          pathParameters: { inspectionId: WALES },
          body: { milestoneDates: { draftReportDue: MARK }, overrides: { sendTime: MARK } },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/inspections/{inspectionId}/completions',
          pathParameters: { inspectionId: WALES },
          body: { milestoneId: MARK, at: MARK },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/inspections/{inspectionId}/waivers',
          pathParameters: { inspectionId: WALES },
          body: { milestoneId: MARK, reason: [MARK] },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: { routeKey: 'GET /api/milestones/due', queryStringParameters: { from: MARK, to: '2027-06-01' } },
      },
      {
        who: SIGNED_IN.lead,
        request: { routeKey: 'GET /api/alerts', queryStringParameters: { inspectionId: WALES, open: MARK } },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/alerts',
          body: { inspectionId: WALES, type: MARK, category: MARK, caseReference: `${MARK}\u0007`, howSerious: MARK },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/alerts/{alertId}/{action}',
          pathParameters: { alertId, action: MARK },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: {
          routeKey: 'POST /api/alerts/{alertId}/{action}',
          pathParameters: { alertId, action: 'withdraw' },
          body: { reason: { MARK } },
        },
      },
      {
        who: SIGNED_IN.lead,
        request: { routeKey: 'GET /api/people/{email}/calendar.ics', pathParameters: { email: MARK } },
      },
    ];

    for (const { who, request } of cases) {
      const response = await call(who, request);
      const label = `${request.routeKey} ${JSON.stringify(request.body ?? request.queryStringParameters ?? {})}`;
      expect(response.statusCode, `${label}: ${response.body}`).toBe(400);
      expect(problemIn(response).errors.length, label).toBeGreaterThan(0);
      expect(response.body, label).not.toContain(MARK);
    }
  });
});
