import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionRow } from '../../functions/app/queries/views.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { planInspection } from '../app/arrange.js';
import { REGIONS } from '../../functions/domain/regions.js';
import { memoryDeps, type MemoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';

/** GET /api/inspections lists the programme a page at a time, each page naming the next. */

interface Listed {
  value: InspectionRow[];
  nextLink?: string;
}

const FIELDWORK_STARTS = ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-04-05'];

function listing(deps: MemoryDeps) {
  const api = apiOverHttp(deps);
  return async (principal: Principal, query: Record<string, string> = {}) => {
    const response = await api({
      routeKey: 'GET /api/inspections',
      queryStringParameters: query,
      body: null,
      requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } },
    });
    return { status: response.statusCode, body: response.body, listed: JSON.parse(response.body) as Listed };
  };
}

/** The query of a nextLink, as a client following it would send it. */
const queryOf = (link: string) => Object.fromEntries(new URL(link, 'https://dipp.example').searchParams);

async function plannedProgramme(deps: MemoryDeps) {
  for (const fieldworkStart of FIELDWORK_STARTS) await planInspection(deps, { region: 'North East', fieldworkStart });
  await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-04-12' });
}

describe.each([
  ['read afresh for each request', '0'],
  ['kept for a while, as deployed', '5000'],
])('GET /api/inspections, the overview %s', (_, keptMs) => {
  const deps = memoryDeps({ env: { DIPP_OVERVIEW_CACHE_MS: keptMs } });
  const list = listing(deps);
  beforeAll(() => plannedProgramme(deps));

  it('lists every inspection by fieldwork start on one page when they fit, with no next page', async () => {
    const { status, listed } = await list(SIGNED_IN.isa);

    expect(status).toBe(200);
    expect(listed.value.map((row) => row.fieldworkStart)).toEqual([...FIELDWORK_STARTS, '2027-04-12']);
    expect(listed.nextLink).toBeUndefined();
  });

  it('gives a page of the size asked, and following each nextLink reaches every inspection once', async () => {
    const seen: string[] = [];
    let query: Record<string, string> | undefined = { pageSize: '4' };
    const sizes: number[] = [];
    while (query) {
      const { status, listed } = await list(SIGNED_IN.isa, query);
      expect(status).toBe(200);
      sizes.push(listed.value.length);
      seen.push(...listed.value.map((row) => row.id));
      query = listed.nextLink ? queryOf(listed.nextLink) : undefined;
    }

    expect(sizes).toEqual([4, 2]);
    expect(new Set(seen).size).toBe(6);
  });

  it('answers a page past the end as empty, with no next page', async () => {
    const { status, listed } = await list(SIGNED_IN.isa, { page: '9', pageSize: '4' });

    expect(status).toBe(200);
    expect(listed).toEqual({ value: [] });
  });

  it('pages what the person may see: a region user’s own inspections only', async () => {
    const { listed } = await list(regionUser('wales'), { pageSize: '1' });

    expect(listed.value.map((row) => row.region)).toEqual(['Wales']);
    expect(listed.nextLink).toBeUndefined();
  });

  it.each([
    [{ page: '0' }, 'page', 'must be a whole number from 1 to 1,000,000'],
    [{ page: 'two' }, 'page', 'must be a whole number from 1 to 1,000,000'],
    [{ page: '1.5' }, 'page', 'must be a whole number from 1 to 1,000,000'],
    [{ pageSize: '501' }, 'pageSize', 'must be a whole number from 1 to 500'],
    [{ pageSize: '0' }, 'pageSize', 'must be a whole number from 1 to 500'],
    [{ pagesize: '200' }, 'pagesize', 'is not a known field; allowed: page, pageSize'],
  ])('refuses %j with 400 naming %s: %s', async (query, field, message) => {
    const { status, body } = await list(SIGNED_IN.isa, query);

    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ field, message }] });
  });
});

describe('GET /api/inspections with more than a page of inspections, kept as deployed', () => {
  const deps = memoryDeps({ env: { DIPP_OVERVIEW_CACHE_MS: '5000' } });
  const list = listing(deps);
  beforeAll(async () => {
    // 55 inspections: eleven regions (not Wales) once a week for five weeks.
    for (const fieldworkStart of ['2027-06-07', '2027-06-14', '2027-06-21', '2027-06-28', '2027-07-05']) {
      for (const region of REGIONS.filter((r) => r.id !== 'wales')) {
        await planInspection(deps, { region: region.name, fieldworkStart });
      }
    }
  });

  it('lists 50 unless asked for another size, and the next page the other 5', async () => {
    const first = await list(SIGNED_IN.isa);
    expect(first.listed.value).toHaveLength(50);
    expect(first.listed.nextLink).toBe('/api/inspections?page=2&pageSize=50');

    const second = await list(SIGNED_IN.isa, queryOf(first.listed.nextLink ?? ''));
    expect(second.listed.value).toHaveLength(5);
    expect(second.listed.nextLink).toBeUndefined();
    expect(new Set([...first.listed.value, ...second.listed.value].map((row) => row.id)).size).toBe(55);
  });

  it('gives a page of another size from the same overview: the usual 50 first, then the rest', async () => {
    const usual = await list(SIGNED_IN.isa);
    const bigger = await list(SIGNED_IN.isa, { pageSize: '60' });

    expect(bigger.listed.value.map((row) => row.id).slice(0, 50)).toEqual(usual.listed.value.map((row) => row.id));
    expect(bigger.listed.value).toHaveLength(55);
    expect(bigger.listed.nextLink).toBeUndefined();
  });
});
