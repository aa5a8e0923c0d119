import { describe, expect, it } from 'vitest';
import { resetCalendarLink } from '../../functions/app/identity/calendarLink.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { cookieNames } from '../../functions/web/cookies.js';
import { cy } from '../../functions/web/i18n/cy.js';
import { en } from '../../functions/web/i18n/en.js';
import { webApp } from '../../functions/web/webApp.js';
import { planInspection } from '../app/arrange.js';
import { identityDeps, signedIn, type IdentityTestDeps } from '../app/identity/arrange.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { decodedHtml, englishFinder, englishPiecesOf, pagesFor, unlikeWelsh } from './inProcessPages.js';
import { walesWithAlert } from './walesWithAlert.js';

/**
 * The pages in Welsh (Welsh Language Scheme), rendered in process on the in-memory store: every
 * page kind shows none of the English catalogue, the switch is remembered, and the calendar feed
 * comes in Welsh too. The browser walk is in test/web/chromium.due.test.ts.
 */
const WALES_SPOC = regionUser('wales');

/** Wales's inspection, announced (in Welsh and English), with an alert raised and sent to the region. */
async function arrange() {
  const { wales, alert, pages } = await walesWithAlert();
  const get = (principal: Principal, path: string, lang: 'cy' | 'en' = 'cy') => pages('GET', path, {}, principal, lang);
  return { get, wales, alert };
}

/**
 * English that a Welsh page must not show: each English message that differs from its Welsh, cut
 * at its placeholders, the pieces longer than 12 characters (shorter ones, "Yes", "Status", could
 * be a name or a reference).
 */
const ENGLISH_PIECES = englishPiecesOf(unlikeWelsh(en, cy));

const englishIn = englishFinder(ENGLISH_PIECES, decodedHtml);

describe('the pages in Welsh', () => {
  it('shows a Wales SPOC every page they can reach in Welsh, none of it in English', async () => {
    const { get, wales, alert } = await arrange();

    for (const path of [
      '/',
      '/due',
      '/alerts',
      `/inspections/${wales.id}`,
      `/alerts/${alert.id}`,
      '/calendar-link',
      '/nowhere',
    ]) {
      const page = await get(WALES_SPOC, path);

      expect(page.status, path).toBe(path === '/nowhere' ? 404 : 200);
      expect(page.body, path).toContain('<html lang="cy"');
      expect(englishIn(page.body), path).toEqual([]);
    }
  });

  it('shows the inspectorate’s forms in Welsh too', async () => {
    const { get, wales } = await arrange();
    const forms = [
      '/inspections/new',
      `/inspections/${wales.id}/reschedule`,
      `/inspections/${wales.id}/milestones/evidenceDeadline/date`,
      `/inspections/${wales.id}/milestones/evidenceDeadline/waive`,
      '/due?period=range&from-day=31&from-month=5&from-year=2027&to-day=1&to-month=5&to-year=2027',
    ];

    for (const path of forms) {
      const page = await get(SIGNED_IN.isa, path);

      expect(page.status, path).toBe(path.startsWith('/due') ? 400 : 200);
      expect(page.body, path).toContain('<html lang="cy"');
      expect(englishIn(page.body), path).toEqual([]);
    }
    const alertForm = await get(SIGNED_IN.lead, `/inspections/${wales.id}/alerts/new`);
    expect(englishIn(alertForm.body)).toEqual([]);
  });

  it('shows the case sample’s pages in Welsh: the region’s before issue, and the inspectorate’s upload, sample and team', async () => {
    const { get, wales } = await arrange();

    const notIssued = await get(WALES_SPOC, `/inspections/${wales.id}/sample`);
    expect(notIssued.body).toContain('<html lang="cy"');
    expect(decodedHtml(notIssued.body)).toContain(cy['sample.notIssuedTitle']);
    expect(englishIn(notIssued.body)).toEqual([]);
    for (const path of [
      `/inspections/${wales.id}/sample`,
      `/inspections/${wales.id}/sample/long-list`,
      `/inspections/${wales.id}/sample/team`,
    ]) {
      const page = await get(SIGNED_IN.isa, path);

      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain('<html lang="cy"');
      expect(englishIn(page.body), path).toEqual([]);
    }
    // In Wales the team has Welsh-speaking local assessors.
    expect(decodedHtml((await get(SIGNED_IN.isa, `/inspections/${wales.id}/sample/team`)).body)).toContain(
      cy['field.welshSpeakingAssessors'],
    );
  });

  it('writes dates, milestones and statuses as the Welsh notices do', async () => {
    const { get, wales } = await arrange();

    const page = decodedHtml((await get(WALES_SPOC, `/inspections/${wales.id}`)).body);

    expect(page).toContain('<h1 class="govuk-heading-l">Cymru</h1>');
    expect(page).toContain('dydd Llun 25 Ionawr 2027');
    expect(page).toContain('Dyddiad cau ar gyfer tystiolaeth ymlaen llaw');
    expect(page).toContain('Arolygiaeth Prawf EF');
    expect(page).toContain('Neidio i’r prif gynnwys');
  });

  it('keeps English the default, and the English pages as they were', async () => {
    const { get, wales } = await arrange();

    const page = await get(WALES_SPOC, `/inspections/${wales.id}`, 'en');

    expect(page.body).toContain('<html lang="en"');
    expect(page.body).toContain('Monday 25 January 2027');
    expect(page.body).toContain('lang="cy" hreflang="cy">Cymraeg</a>');
  });
});

describe('the language switch', () => {
  async function signedInApp(principal: Principal) {
    const deps: IdentityTestDeps = identityDeps({ now: '2027-01-04T17:30:00Z' });
    const wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-01-25' })).inspection;
    const { sessionId } = await signedIn(deps, claimsOf(principal));
    const names = cookieNames(deps.config.baseUrl);
    const app = webApp(deps, deps.signIn);
    let language = '';
    const get = async (path: string) => {
      const [pathname = '/', search = ''] = path.split('?');
      const answer = await app({
        method: 'GET',
        path: pathname,
        query: new URLSearchParams(search),
        body: '',
        cookieHeader: `${names.session}=${sessionId}${language ? `; ${language}` : ''}`,
      });
      // The browser keeps the language cookie it is given.
      const set = answer.cookies?.find((cookie) => cookie.includes('dipp-lang='));
      if (set) language = set.split(';')[0] ?? '';
      return answer;
    };
    return { get, wales, deps };
  }

  it('keeps a Wales SPOC’s Cymraeg across pages, and goes back to English', async () => {
    const { get, wales } = await signedInApp(WALES_SPOC);

    const switched = await get('/language?to=cy&back=%2Fdue');
    const due = await get('/due');
    const inspection = await get(`/inspections/${wales.id}`);
    const back = await get('/language?to=en&back=%2F');
    const overview = await get('/');

    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/due');
    expect(switched.cookies?.[0]).toMatch(
      /^__Host-dipp-lang=cy; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/,
    );
    expect(due.body).toContain('<html lang="cy"');
    expect(due.body).toContain('<h1 class="govuk-heading-l">Beth sy’n ddyledus</h1>');
    expect(inspection.body).toContain('<html lang="cy"');
    expect(inspection.body).toContain('lang="en" hreflang="en">English</a>');
    expect(back.headers.location).toBe('/');
    expect(overview.body).toContain('<html lang="en"');
    expect(overview.body).toContain('<h1 class="govuk-heading-l">Programme overview</h1>');
  });

  it('sends the browser back only to a page of this site', async () => {
    const { get } = await signedInApp(WALES_SPOC);

    expect((await get('/language?to=cy&back=%2F%2Fevil.example')).headers.location).toBe('/');
    expect((await get('/language?to=cy&back=https%3A%2F%2Fevil.example')).headers.location).toBe('/');
  });

  it('offers no switch, and no Welsh, to another region’s users', async () => {
    const { get } = await signedInApp(regionUser('north-east'));

    const chosen = await get('/language?to=cy&back=%2F');
    const overview = await get('/');

    expect(chosen.cookies?.[0]).toMatch(/^__Host-dipp-lang=en;/);

    expect(overview.body).toContain('<html lang="en"');
    expect(overview.body).not.toContain('Cymraeg');
  });
});

describe('the calendar feed in Welsh', () => {
  /** An iCalendar file's lines unfolded (RFC 5545 §3.1). */
  const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  it('gives the Welsh feed Welsh event titles, and the English one English', async () => {
    const deps = identityDeps({ now: '2027-01-04T17:30:00Z' });
    await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-01-25' });
    const { url } = await resetCalendarLink(deps, WALES_SPOC);
    const app = webApp(deps, deps.signIn);
    const feed = (lang?: string) =>
      app({
        method: 'GET',
        path: new URL(url).pathname,
        query: new URLSearchParams(lang ? { lang } : {}),
        body: '',
      });

    const welsh = await feed('cy');
    const english = await feed();

    expect(welsh.status).toBe(200);
    expect(unfolded(welsh.body)).toContain('SUMMARY:DIPP Cymru: Dyddiad cau ar gyfer tystiolaeth ymlaen llaw');
    expect(unfolded(welsh.body)).toContain('Pwy sy’n gweithredu: y rhanbarth (un pwynt cyswllt)');
    expect(unfolded(welsh.body)).not.toContain('Deadline for evidence in advance');
    expect(unfolded(english.body)).toContain('SUMMARY:DIPP Wales: ');
    expect(unfolded(english.body)).toContain('Who acts: the region');
  });

  it('is offered on the calendar link page to a Wales user', async () => {
    const deps = identityDeps({ now: '2027-01-04T17:30:00Z' });
    const made = await pagesFor(deps)('POST', '/calendar-link', {}, WALES_SPOC, 'cy');

    expect(made.body).toMatch(/id="calendar-url-cy"[^>]*value="[^"]+\.ics\?lang=cy"/);
    expect(made.body).toContain('Dolen y calendr yn Gymraeg');
  });
});
