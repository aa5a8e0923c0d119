import { beforeAll, describe, expect, it } from 'vitest';
import type { DueList, OpenAlerts } from '../../functions/app/queries/views.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { individualAlert, planInspection, raiseAndNotify } from '../app/arrange.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';

/** The read-only routes behind "what is due" and the open alerts: the same use cases as the pages. */

// Monday 4 January 2027, 17:30 UK time: the lead's alert is due tomorrow evening.
const deps = memoryDeps({ now: '2027-01-04T17:30:00Z' });
const api = apiOverHttp(deps);
const get = (principal: Principal, routeKey: string, query: Record<string, string> = {}) =>
  api({
    routeKey,
    queryStringParameters: query,
    body: null,
    requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } },
  });
const valueOf = <T>(body: string) => (JSON.parse(body) as { value: T }).value;
let alertId: string;

beforeAll(async () => {
  const northEast = (await planInspection(deps, { region: 'North East', fieldworkStart: '2027-01-25' })).inspection;
  await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-02-01' });
  alertId = (
    await raiseAndNotify(
      deps,
      SIGNED_IN.lead,
      individualAlert(northEast.id, { beforeFieldworkReason: 'Found while preparing the sample: it cannot wait' }),
    )
  ).id;
});

describe('GET /api/due', () => {
  it('answers this week’s milestones and alert deadlines, the alert due tomorrow evening among them', async () => {
    const response = await get(SIGNED_IN.isa, 'GET /api/due');

    expect(response.statusCode, response.body).toBe(200);
    const due = valueOf<DueList>(response.body);
    expect(due.due).toContainEqual(
      expect.objectContaining({ kind: 'alert', id: alertId, dueDate: '2027-01-05', time: '17:30', actor: 'region' }),
    );
  });

  it('refuses a range that ends before it starts with 400, naming the field', async () => {
    const response = await get(SIGNED_IN.isa, 'GET /api/due', { from: '2027-02-01', to: '2027-01-01' });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('"field":"to"');
  });

  it('gives a region user their own region’s items only', async () => {
    const response = await get(regionUser('wales'), 'GET /api/due', { from: '2027-01-01', to: '2027-03-31' });

    const due = valueOf<DueList>(response.body);
    expect(due.due.length).toBeGreaterThan(0);
    expect([...due.due, ...due.overdue].every((item) => item.regionId === 'wales')).toBe(true);
  });
});

describe('GET /api/open-alerts', () => {
  it('answers the open alerts with whose turn it is, to those who may see them', async () => {
    const inspectorate = valueOf<OpenAlerts>((await get(SIGNED_IN.isa, 'GET /api/open-alerts')).body);
    const wales = valueOf<OpenAlerts>((await get(regionUser('wales'), 'GET /api/open-alerts')).body);

    expect(inspectorate.alerts).toEqual([
      expect.objectContaining({ id: alertId, turn: expect.objectContaining({ actor: 'region' }) }),
    ]);
    expect(wales.alerts).toEqual([]);
  });
});
