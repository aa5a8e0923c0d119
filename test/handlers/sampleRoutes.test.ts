import { describe, expect, it } from 'vitest';
import type { SampleView } from '../../functions/app/caseSample/viewSample.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { apiOverHttp, type HttpRequest } from '../../functions/handlers/http.js';
import { longListCsv } from '../../functions/local/syntheticLongList.js';
import type { CaseSampleRecord, ChangeRequestRecord } from '../../functions/ports/caseSampleRecords.js';
import { MAX_LONG_LIST_BYTES } from '../../functions/shared/requestLimits.js';
import { announce, ASSISTANTS, longList, makeReady, planned, shortList } from '../app/caseSample/arrangeSample.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';

/** The case sample's API routes: the same use cases as the pages, in the API's problem+json style. */

async function arrange() {
  const { deps, inspectionId } = await planned();
  const api = apiOverHttp(deps);
  const call = (
    principal: Principal,
    routeKey: string,
    request: Omit<HttpRequest, 'routeKey' | 'requestContext'> = {},
  ) =>
    api({
      routeKey,
      pathParameters: { inspectionId },
      requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } },
      ...request,
    });
  const post = (principal: Principal, route: string, body: unknown, pathParameters: Record<string, string> = {}) =>
    call(principal, `POST /api/inspections/{inspectionId}/sample/${route}`, {
      body: JSON.stringify(body),
      pathParameters: { inspectionId, ...pathParameters },
    });
  const upload = (csv: string, principal: Principal = SIGNED_IN.isa, type = 'text/csv; charset=utf-8') =>
    call(principal, 'POST /api/inspections/{inspectionId}/sample/long-list', {
      body: Buffer.from(csv, 'utf8').toString('base64'),
      isBase64Encoded: true,
      headers: { 'content-type': type },
    });
  return { deps, inspectionId, call, post, upload };
}

const valueOf = <T>(body: string) => (JSON.parse(body) as { value: T }).value;
const problemIn = (body: string) =>
  JSON.parse(body) as { message: string; errors: { field: string; message: string }[] };

describe('the case sample’s API routes', () => {
  it('uploads a text/csv long-list, decides its shortfall, enters the team and answers the sample and its CSV', async () => {
    const { inspectionId, call, post, upload } = await arrange();

    const uploaded = await upload(longListCsv(shortList()));
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const record = valueOf<CaseSampleRecord>(uploaded.body);
    const shortfall = record.sample?.shortfalls[0];
    if (!shortfall) throw new Error('no shortfall');

    const decided = await post(SIGNED_IN.lead, 'shortfalls', {
      shortfallId: shortfall.id,
      decision: 'accept',
      note: 'The region has no more',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const team = await post(SIGNED_IN.isa, 'team', { assistantInspectors: ASSISTANTS });
    expect(team.statusCode, team.body).toBe(200);

    const sample = await call(SIGNED_IN.isa, 'GET /api/inspections/{inspectionId}/sample');
    expect(sample.statusCode, sample.body).toBe(200);
    const view = valueOf<SampleView>(sample.body);
    expect(view.readiness.status).toBe('ready');
    expect(view.sample?.cases.length).toBeGreaterThan(0);
    expect(view.sample?.cases.every((item) => item.interview !== undefined)).toBe(true);

    const csv = await call(SIGNED_IN.isa, 'GET /api/inspections/{inspectionId}/sample.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="case-sample-${inspectionId}.csv"`);
  });

  it('sets the size and draws again, and refuses a size below five field by field', async () => {
    const { post, upload } = await arrange();
    await upload(longListCsv(longList()));

    const tooFew = await post(SIGNED_IN.isa, 'size', { perPdu: 3 });
    expect(tooFew.statusCode).toBe(400);
    expect(problemIn(tooFew.body).errors.map((error) => error.field)).toEqual(['perPdu']);
    expect((await post(SIGNED_IN.isa, 'size', { perPdu: 6 })).statusCode).toBe(200);
    expect((await post(SIGNED_IN.isa, 'redraw', {})).statusCode).toBe(200);
  });

  it('refuses a bad long-list with its problems by row and column, a body not text/csv, and one over 2 MB', async () => {
    const { deps, inspectionId, upload } = await arrange();
    const lines = longListCsv(longList(30)).split(/\r?\n/);
    const broken = lines.map((line, index) => (index === 3 ? line.replace(/^[A-Z]\d{6}/, 'NOTACRN') : line));

    const bad = await upload(broken.join('\n'));
    expect(bad.statusCode).toBe(400);
    expect(problemIn(bad.body).errors[0]?.field).toMatch(/row 4/i);
    expect((await upload('CRN\n', SIGNED_IN.isa, 'application/json')).statusCode).toBe(415);
    expect((await upload('x'.repeat(MAX_LONG_LIST_BYTES + 1))).statusCode).toBe(413);
    expect(await deps.caseSample.getSample(inspectionId)).toBeUndefined();
  });

  it('keeps the 64 KB limit on every other route', async () => {
    const { post } = await arrange();
    const response = await post(SIGNED_IN.isa, 'team', { assistantInspectors: [], pad: 'x'.repeat(70 * 1024) });
    expect(response.statusCode).toBe(413);
  });

  it('refuses the region a change, and its view until the sample is issued', async () => {
    const { deps, inspectionId, call, upload } = await arrange();
    await upload(longListCsv(longList()));

    expect((await upload(longListCsv(longList()), regionUser('north-east'))).statusCode).toBe(403);
    const before = await call(regionUser('north-east'), 'GET /api/inspections/{inspectionId}/sample');
    expect(before.statusCode).toBe(404);
    expect(problemIn(before.body).message).toMatch(/not been issued/);

    await announce(deps, inspectionId);
    const other = await call(regionUser('wales'), 'GET /api/inspections/{inspectionId}/sample');
    expect(other.statusCode).toBe(403);
  });

  it('takes the region’s request, the lead’s decision and an inspector’s record of a case, refusing them to the wrong people', async () => {
    const { deps, inspectionId, call, post, upload } = await arrange();
    await upload(longListCsv(longList()));
    await makeReady(deps, inspectionId);
    await announce(deps, inspectionId);
    const spoc = regionUser('north-east');
    const sample = valueOf<SampleView>((await call(spoc, 'GET /api/inspections/{inspectionId}/sample')).body);
    const [first, second] = sample.sample?.cases ?? [];
    if (!first || !second) throw new Error('no cases sampled');

    const missing = await post(spoc, 'requests', { request: { kind: 'exclude-case', crn: first.crn, reason: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(problemIn(missing.body).errors.map((error) => error.field)).toEqual(['request.ground', 'request.reason']);
    const asked = await post(spoc, 'requests', {
      request: { kind: 'exclude-case', crn: first.crn, ground: 'current-review', reason: 'A review began' },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const request = valueOf<ChangeRequestRecord>(asked.body);

    const route = 'requests/{requestId}/decision';
    const decision = { decision: 'approve', note: 'Agreed: a review is under way' };
    expect((await post(SIGNED_IN.isa, route, decision, { requestId: request.id })).statusCode).toBe(403);
    const decided = await post(SIGNED_IN.lead, route, decision, { requestId: request.id });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(valueOf<ChangeRequestRecord>(decided.body).decision?.outcome).toMatch(/replaces case/);

    const state = 'cases/{crn}/state';
    const early = await post(SIGNED_IN.lead, state, { state: 'interviewed' }, { crn: second.crn });
    expect(problemIn(early.body).errors.map((error) => error.field)).toEqual(['state']);
    deps.clock.set('2027-03-01T10:00:00Z');
    expect((await post(spoc, state, { state: 'interviewed' }, { crn: second.crn })).statusCode).toBe(403);
    const recorded = await post(SIGNED_IN.lead, state, { state: 'interviewed' }, { crn: second.crn });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(valueOf<CaseSampleRecord>(recorded.body).tracking?.[second.crn]?.state).toBe('interviewed');
  });
});
