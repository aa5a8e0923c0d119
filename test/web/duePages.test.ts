import { describe, expect, it, vi } from 'vitest';
import { claimsOf } from '../../functions/domain/access.js';
import { cookieNames } from '../../functions/web/cookies.js';
import { webApp } from '../../functions/web/webApp.js';
import { identityDeps, signedIn } from '../app/identity/arrange.js';
import type { Principal } from '../../functions/domain/access.js';
import { individualAlert, planInspection, raiseAndNotify, runLifecycle } from '../app/arrange.js';
import { languageParts } from '../../functions/web/render.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { pagesFor } from './inProcessPages.js';

/**
 * "What is due", the open alerts and the error pages, rendered in process on the in-memory store
 * (the browser walk is test/web/chromium.due.test.ts).
 */
async function arrange() {
  const deps = memoryDeps({ now: '2027-01-04T17:30:00Z' });
  const northEast = (await planInspection(deps, { region: 'North East', fieldworkStart: '2027-01-25' })).inspection;
  const alert = await raiseAndNotify(
    deps,
    SIGNED_IN.lead,
    individualAlert(northEast.id, { beforeFieldworkReason: 'Found while preparing the sample: it cannot wait' }),
  );
  // Wales's announcement (in Welsh and English) goes out today.
  const wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-01-25' })).inspection;
  await runLifecycle(deps, wales.id, '2027-01-04T18:00:00Z');
  const pages = pagesFor(deps);
  const get = (principal: Principal, path: string) => pages('GET', path, {}, principal);
  return { get, alert, wales };
}

const titleOf = (body: string) => /<title[^>]*>([^<]*)<\/title>/.exec(body)?.[1]?.trim();

describe('the what-is-due page', () => {
  it('lists this week’s items with the alert due tomorrow evening, linked to the alert', async () => {
    const { get, alert } = await arrange();

    const page = await get(SIGNED_IN.isa, '/due');

    expect(page.status).toBe(200);
    expect(page.body).toContain(`href="/alerts/${alert.id}"`);
    expect(page.body).toContain('Tue 5 Jan 2027, 5:30pm');
    expect(titleOf(page.body)).toBe('What is due – All regions – DIPP – HM Inspectorate of Probation');
  });

  it('answers a range that ends before it starts with a GOV.UK error summary naming the field', async () => {
    const { get } = await arrange();

    const page = await get(
      SIGNED_IN.isa,
      '/due?period=range&from-day=1&from-month=2&from-year=2027&to-day=1&to-month=1&to-year=2027',
    );

    expect(page.status).toBe(400);
    expect(page.body).toContain('govuk-error-summary');
    expect(page.body).toContain('href="#to-day"');
    expect(page.body).toContain('The last date must be the same as or after the first date');
    expect(titleOf(page.body)).toMatch(/^Error: What is due/);
  });

  it('names the region in the title, and offers a region user no other region', async () => {
    const { get } = await arrange();

    const page = await get(regionUser('wales'), '/due?period=next-two-weeks');

    expect(titleOf(page.body)).toBe('What is due – Wales – DIPP – HM Inspectorate of Probation');
    expect(page.body).not.toContain('id="region"');
    expect(page.body).not.toContain('data-region="north-east"');
  });
});

describe('the open alerts page', () => {
  it('lists the open alerts with whose turn it is', async () => {
    const { get, alert } = await arrange();

    const page = await get(SIGNED_IN.isa, '/alerts');

    expect(page.status).toBe(200);
    expect(page.body).toContain(`data-alert="${alert.id}"`);
    expect(page.body).toContain('The region: acknowledge the alert');
    expect(titleOf(page.body)).toBe('Open alerts – All regions – DIPP – HM Inspectorate of Probation');
  });
});

describe('the error pages', () => {
  it('answers an address with no page with GOV.UK’s page not found, in the service’s layout', async () => {
    const { get } = await arrange();

    const page = await get(SIGNED_IN.isa, '/duee');

    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(titleOf(page.body)).toBe('Page not found – DIPP – HM Inspectorate of Probation');
    expect(page.body).toContain('If you typed the web address, check it is correct.');
    expect(page.body).toContain('moj-header');
    expect(page.body).not.toContain('govuk-header__logotype');
  });
});

describe('a fault', () => {
  it('is answered with GOV.UK’s “Sorry, there is a problem with the service”, not a plain-text 500', async () => {
    const deps = identityDeps();
    const { sessionId } = await signedIn(deps, claimsOf(SIGNED_IN.isa));
    vi.spyOn(deps.timeline, 'listInspections').mockRejectedValue(new Error('the table is unreachable'));
    const app = webApp(deps, deps.signIn);

    const page = await app({
      method: 'GET',
      path: '/due',
      query: new URLSearchParams(),
      body: '',
      cookieHeader: `${cookieNames(deps.config.baseUrl).session}=${sessionId}`,
    });

    expect(page.status).toBe(500);
    expect(titleOf(page.body)).toBe('Sorry, there is a problem with the service – DIPP – HM Inspectorate of Probation');
    expect(page.body).toContain('Try again later.');
    expect(page.body).not.toContain('the table is unreachable');
  });
});

describe('Welsh on the pages', () => {
  it('marks the Welsh of a bilingual notice lang="cy" on the inspection page', async () => {
    const { get, wales } = await arrange();

    const page = await get(SIGNED_IN.isa, `/inspections/${wales.id}`);

    expect(page.body).toMatch(/<span lang="cy">[^<]+<\/span> \/ [^<]+\(Welsh and English\)/);
    expect(titleOf(page.body)).toBe(`Wales – ${wales.ref} – DIPP – HM Inspectorate of Probation`);
  });

  it('splits a subject into its languages only when it has one part per language', () => {
    expect(languageParts('Cyhoeddiad / Announcement', ['cy', 'en'])).toEqual([
      { text: 'Cyhoeddiad', lang: 'cy' },
      { text: 'Announcement', lang: 'en' },
    ]);
    expect(languageParts('A / B / C', ['cy', 'en'])).toEqual([{ text: 'A / B / C' }]);
    expect(languageParts('Announcement', ['en'])).toEqual([{ text: 'Announcement', lang: 'en' }]);
  });
});
