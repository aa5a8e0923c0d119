import { describe, expect, it } from 'vitest';
import { uploadLongList } from '../../functions/app/caseSample/uploadLongList.js';
import { viewSample } from '../../functions/app/caseSample/viewSample.js';
import type { Principal } from '../../functions/domain/access.js';
import { CASE_STATE_TITLES, CASE_STATES } from '../../functions/domain/caseSample/caseTracking.js';
import { EXCLUSION_GROUND_TITLES, EXCLUSION_GROUNDS } from '../../functions/domain/caseSample/changeRequests.js';
import { longListCsv } from '../../functions/local/syntheticLongList.js';
import { en } from '../../functions/web/i18n/en.js';
import { announce, longList, makeReady } from '../app/caseSample/arrangeSample.js';
import { planInspection } from '../app/arrange.js';
import { identityDeps } from '../app/identity/arrange.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * The region's requests for changes to its issued sample, the lead's decisions, and each case's
 * progress in fieldwork week one, on the sample page, in process on the in-memory store.
 */

const SPOC = regionUser('north-east');

/** The North East's sample drawn, made ready and issued with the announcement (Monday 8 February 2027). */
async function issued() {
  const deps = identityDeps();
  const { inspection } = await planInspection(deps);
  const id = inspection.id;
  await uploadLongList(deps, SIGNED_IN.isa, { inspectionId: id, csv: longListCsv(longList()) });
  await makeReady(deps, id);
  await announce(deps, id);
  const pages = pagesFor(deps);
  const ask = (principal: Principal, method: 'GET' | 'POST', path: string, form: Record<string, string> = {}) =>
    pages(method, path, form, principal);
  const cases = (await viewSample(deps, SIGNED_IN.isa, id)).sample?.cases ?? [];
  return { deps, id, ask, cases };
}

const first = <T>(items: readonly T[]): T => {
  if (items[0] === undefined) throw new Error('no cases sampled');
  return items[0];
};

describe('the region asks for changes to its sample, and the lead decides them', () => {
  it('takes an exclusion from the region, which the lead approves; the region then sees the replacement and the outcome', async () => {
    const { deps, id, ask, cases } = await issued();
    const excluded = first(cases);

    const regionPage = await ask(SPOC, 'GET', `/inspections/${id}/sample`);
    expect(regionPage.body).toContain(`/sample/requests/new?crn=${excluded.crn}`);
    expect(regionPage.body).not.toContain('/decision"');
    expect(regionPage.body).not.toContain('/state"');
    expect(pageText(regionPage.body)).toContain('Nobody has asked for a change.');

    const form = await ask(SPOC, 'GET', `/inspections/${id}/sample/requests/new?crn=${excluded.crn}`);
    expect(form.status).toBe(200);
    expect(pageText(form.body)).toContain(`Case ${excluded.crn}`);
    expect(pageText(form.body)).toContain(first(EXCLUSION_GROUNDS.map((g) => en[`sample.request.ground.${g}`])));

    const incomplete = await ask(SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: excluded.crn,
      kind: 'exclude-case',
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body).toContain('govuk-error-summary');
    expect(incomplete.body).toContain('href="#request-ground"');
    expect(incomplete.body).toContain('href="#request-reason"');
    expect(pageText(incomplete.body)).toContain('Select the ground for excluding the case');

    const asked = await ask(SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: excluded.crn,
      kind: 'exclude-case',
      ground: 'current-review',
      reason: 'An SFO review began on 1 February',
    });
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe(`/inspections/${id}/sample?done=asked#requests`);
    const waiting = pageText((await ask(SPOC, 'GET', `/inspections/${id}/sample?done=asked`)).body);
    expect(waiting).toContain('Your request was sent to the lead inspector.');
    expect(waiting).toContain(`Case ${excluded.crn}: Exclude the case Waiting for the lead`);

    const inspectionPage = pageText((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}`)).body);
    expect(inspectionPage).toContain('Requests waiting for the lead inspector: 1');
    const leadPage = await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample`);
    const request = (await deps.caseSample.getSample(id))?.requests?.[0];
    if (!request) throw new Error('no request recorded');
    expect(leadPage.body).toContain(`/sample/requests/${request.id}/decision`);
    expect(leadPage.body).not.toContain('value="approve-as-file-read"');

    const noNote = await ask(SIGNED_IN.lead, 'POST', `/inspections/${id}/sample/requests/${request.id}/decision`, {
      index: '0',
      decision: 'approve',
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body).toContain('href="#request-0-note"');
    expect(pageText(noNote.body)).toContain('Say why you decide so, for the region');

    const decided = await ask(SIGNED_IN.lead, 'POST', `/inspections/${id}/sample/requests/${request.id}/decision`, {
      index: '0',
      decision: 'approve',
      note: 'Agreed: a review is under way',
    });
    expect(decided.status).toBe(303);

    const after = pageText((await ask(SPOC, 'GET', `/inspections/${id}/sample`)).body);
    const replacement = (await viewSample(deps, SIGNED_IN.isa, id)).sample?.cases.find(
      (item) => item.replaces === excluded.crn,
    );
    if (!replacement) throw new Error('no replacement came in');
    expect(after).toContain(`Case ${excluded.crn}: Exclude the case Approved`);
    expect(after).toContain('Agreed: a review is under way');
    expect(after).toMatch(new RegExp(`Outcome Case ${replacement.crn} .*replaces case ${excluded.crn}`));
    expect(after).toContain(`Replaces case ${excluded.crn}`);
    expect(after).toContain(`Case ${excluded.crn} excluded:`);
    expect(pageText((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}`)).body)).not.toContain('Requests waiting');
  });

  it('after the schedule-change deadline refuses an exclusion saying why, and takes a practitioner’s absence, approved as a file-read', async () => {
    const { deps, id, ask, cases } = await issued();
    const item = first(cases);
    // Thursday 18 February 2027: the day after the schedule-change deadline.
    deps.clock.set('2027-02-18T10:00:00Z');

    const late = await ask(SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: item.crn,
      kind: 'exclude-case',
      ground: 'current-review',
      reason: 'A review began',
    });
    expect(late.status).toBe(400);
    expect(late.body).toContain('href="#request-kind"');
    expect(pageText(late.body)).toMatch(
      /What you ask for cannot be asked now: the schedule-change deadline .* has passed/,
    );

    const absent = await ask(SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: item.crn,
      kind: 'practitioner-cannot-attend',
      reason: 'On long-term sick leave; nobody can cover',
    });
    expect(absent.status).toBe(303);
    const request = (await deps.caseSample.getSample(id))?.requests?.[0];
    if (!request) throw new Error('no request recorded');
    const leadPage = await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample`);
    expect(leadPage.body).toContain('value="approve-as-file-read"');
    const decided = await ask(SIGNED_IN.lead, 'POST', `/inspections/${id}/sample/requests/${request.id}/decision`, {
      index: '0',
      decision: 'approve-as-file-read',
      note: 'Read from the file',
    });
    expect(decided.status).toBe(303);

    const after = pageText((await ask(SPOC, 'GET', `/inspections/${id}/sample`)).body);
    expect(after).toContain('The practitioner cannot attend Approved as a file-read');
    expect(after).toContain('Approved as a file-read');
    expect(after).toContain('No substitute named');
    expect(after).toContain('Read from the file');
  });

  it('lets an administrator ask for the region only with a reason, and refuses another region', async () => {
    const { id, ask, cases } = await issued();
    const item = first(cases);

    const form = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample/requests/new?crn=${item.crn}`);
    expect(form.body).toContain('id="onBehalfReason"');
    const noReason = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: item.crn,
      kind: 'move-interview',
      'date-day': '2',
      'date-month': '3',
      'date-year': '2027',
      start: '14:30',
      reason: 'The practitioner is in court that morning',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('href="#onBehalfReason"');

    const other = regionUser('wales');
    expect((await ask(other, 'GET', `/inspections/${id}/sample/requests/new?crn=${item.crn}`)).status).toBe(403);
    const refused = await ask(other, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: item.crn,
      kind: 'exclude-case',
      ground: 'current-review',
      reason: 'A review began',
    });
    expect(refused.status).toBe(403);
    expect((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample/requests/new?crn=X000000`)).status).toBe(403);
  });
});

describe('week one on the sample page', () => {
  it('records a case interviewed then inspected from the first day of fieldwork, with the progress, for the team only', async () => {
    const { deps, id, ask, cases } = await issued();
    const item = first(cases);
    const path = `/inspections/${id}/sample/cases/${item.crn}/state`;

    expect((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample`)).body).not.toContain('/state"');
    // Monday 1 March 2027, 10:00 UK time: the first day of fieldwork.
    deps.clock.set('2027-03-01T10:00:00Z');
    const before = await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample`);
    expect(before.body).toContain(`action="${path}"`);
    expect(pageText(before.body)).toContain(`0 of ${cases.length} cases inspected`);

    expect((await ask(SIGNED_IN.lead, 'POST', path, { state: 'interviewed' })).status).toBe(303);
    const early = await ask(SIGNED_IN.lead, 'POST', path, { state: 'interviewed' });
    expect(early.status).toBe(400);
    expect(early.body).toContain(`href="#case-${item.crn}-state"`);
    expect(pageText(early.body)).toContain('a case practitioner interviewed can next be inspected');
    expect((await ask(SIGNED_IN.lead, 'POST', path, { state: 'inspected' })).status).toBe(303);

    const after = pageText((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample?done=recorded`)).body);
    expect(after).toContain('The case’s progress was recorded.');
    expect(after).toContain(`1 of ${cases.length} cases inspected`);
    expect(pageText((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}`)).body)).toContain(
      `1 of ${cases.length} cases inspected`,
    );

    const region = await ask(SPOC, 'GET', `/inspections/${id}/sample`);
    expect(region.body).not.toContain('/state"');
    expect(region.body).not.toContain('/decision"');
    expect(pageText(region.body)).toContain('Inspected');
    expect((await ask(SPOC, 'POST', path, { state: 'inspected' })).status).toBe(403);
  });

  it('says which cases are behind once their interview has begun with nothing recorded', async () => {
    const { deps, id, ask } = await issued();
    // Friday 5 March 2027, 17:00: every interview of week one has begun.
    deps.clock.set('2027-03-05T17:00:00Z');
    const words = pageText((await ask(SIGNED_IN.lead, 'GET', `/inspections/${id}/sample`)).body);
    expect(words).toContain('Cases behind');
    expect(words).toMatch(/its interview was due at .* nothing is recorded/);
  });
});

describe('the catalogue’s words for the sample’s domain', () => {
  it('names the exclusion grounds and case states as the domain does', () => {
    for (const ground of EXCLUSION_GROUNDS) {
      const title = EXCLUSION_GROUND_TITLES[ground];
      expect(en[`sample.request.ground.${ground}`]).toBe(title.charAt(0).toUpperCase() + title.slice(1));
    }
    for (const state of CASE_STATES) expect(en[`sample.state.${state}`]).toBe(CASE_STATE_TITLES[state]);
  });
});
