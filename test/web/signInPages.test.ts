import ICAL from 'ical.js';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashOf } from '../../functions/app/identity/identityDeps.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { milestoneUid } from '../../functions/domain/calendarFile.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { markAnnounced, PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { checkPage } from './chromium.js';
import {
  NORTH_EAST_PEOPLE,
  SESSION_COOKIE,
  choosePerson,
  csrfToken,
  expectSignInPage,
  navigations,
  newContext,
  sessionCookie,
  signedInAs as signIn,
  startWebHarness,
  type Person,
  type WebHarness,
} from './webHarness.js';

// A browser walking several pages and a sign-in each: give each test room on a loaded two-core machine.
vi.setConfig({ testTimeout: 90_000 });

/**
 * Signing in and out of the pages in a real browser (Debian's Chromium, playwright-core): the local
 * server and its embedded OpenID provider on a real-clock stack (DynamoDB Local). Where a page is
 * shown it is checked with axe-core and kept in test-results/screenshots. Each test signs in in
 * browsers of its own and changes nothing another test reads.
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let wales: string;
let northEast: string;

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3600,
    tablePrefix: 'web-sign-in',
    seed: async (seeded) => {
      // Both in 2055 (2027's weekdays), so nothing falls due while the tests run.
      wales = (
        await startInspection(seeded.deps, SIGNED_IN.isa, {
          region: 'Wales',
          fieldworkStart: '2055-03-08',
          people: PEOPLE,
        })
      ).inspection.id;
      northEast = (
        await startInspection(seeded.deps, SIGNED_IN.isa, {
          region: 'North East',
          fieldworkStart: '2055-05-10',
          people: NORTH_EAST_PEOPLE,
        })
      ).inspection.id;
      // As if announced: work can be recorded only once it is (issue 18).
      for (const id of [wales, northEast]) await markAnnounced(seeded.deps, id);
    },
  });
  ({ stack, server, browser } = harness);
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

const signedInAs = (person: Person, path = '/') => signIn(browser, server, person, path);

/** The inspections the overview lists, in its order. */
const listed = (page: Page) =>
  page.locator('tr[data-inspection]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-inspection')));

/** A form on an inspection's page to record a milestone as done: its fields and the milestone's stored status. */
async function recordForm(page: Page, inspectionId: string) {
  const form = page.locator('form[action$="/completions"]').first();
  const milestoneId = (await form.locator('input[name="milestoneId"]').getAttribute('value')) ?? '';
  const expectedDueDate = (await form.locator('input[name="expectedDueDate"]').getAttribute('value')) ?? '';
  const status = async () =>
    (await stack.deps.timeline.milestones(inspectionId)).find((milestone) => milestone.id === milestoneId)?.status;
  // Posted with step "record", as the page asking for the date and note posts it (issue 18).
  return { form, fields: { milestoneId, expectedDueDate, step: 'record' }, status };
}

/** The events of an iCalendar feed, as a calendar application reads them. */
function eventsIn(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString().slice(0, 10) };
  });
}

describe('signing in to the pages, in Chromium', () => {
  it('brings someone who opens a page before signing in back to that very page, with their role’s view', async () => {
    const asked = '/?sort=region&order=descending';

    // A Wales region user: to the provider's sign-in page, and back to the overview as asked for.
    const region = await newContext(browser, server);
    const page = await region.newPage();
    await page.goto(asked);
    await expectSignInPage(page, server);
    await checkPage(page, 'sign-in-from-overview');
    await choosePerson(page, PEOPLE.rpd);
    await page.waitForURL(`${server.url}${asked}`);
    expect(await page.locator('.moj-identity-bar').innerText()).toMatch(/Rhian Director[\s\S]*Wales/i);
    // Their own region's inspection, not the North East's.
    expect(await listed(page)).toEqual([wales]);
    await checkPage(page, 'overview-region-signed-in');
    await region.close();

    // An administrator, the same way: every inspection, sorted as the address asked (region, Z to A).
    const admin = await signedInAs(PEOPLE.isa, asked);
    expect(admin.page.url()).toBe(`${server.url}${asked}`);
    expect(await listed(admin.page)).toEqual([wales, northEast]);
    await checkPage(admin.page, 'overview-admin-signed-in');
    await admin.context.close();
  });

  it('signs out through the provider’s sign-out page; afterwards no page opens without signing in again', async () => {
    const { context, page } = await signedInAs(PEOPLE.spoc, `/inspections/${wales}`);
    const cookie = await sessionCookie(context);
    expect(cookie).toBeDefined();

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The local provider's own page: one button ends its session too.
    await page.waitForURL((url) => url.origin === new URL(server.issuer).origin);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign out (local only)');
    expect(await page.locator('main').innerText()).toContain('as Sam Contact');
    await checkPage(page, 'provider-sign-out');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.waitForURL(`${server.url}/signed-out`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('You have signed out');
    expect(await page.locator('main').innerText()).toContain('Your session has ended on this service');
    expect(await page.locator('.moj-identity-bar').count()).toBe(0);
    await checkPage(page, 'signed-out');
    expect(await sessionCookie(context)).toBeUndefined();
    expect(await stack.deps.identity.getSession(hashOf(cookie?.value ?? ''))).toBeUndefined();

    // A page opened again asks who is signing in: neither the pages nor the provider remember them.
    await page.goto(`/inspections/${wales}`);
    await expectSignInPage(page, server);

    // The old cookie, kept and sent again from another browser, opens nothing.
    const replay = await newContext(browser, server);
    await replay.addCookies([cookie as NonNullable<typeof cookie>]);
    const again = await replay.newPage();
    const hops = navigations(again);
    await again.goto(`/inspections/${wales}`);
    await expectSignInPage(again, server);
    expect(hops[0]).toBe(`303 ${server.url}/inspections/${wales}`);
    expect(await again.locator('tr[data-milestone]').count()).toBe(0);
    await replay.close();
    await context.close();
  });

  it('ends a session left idle: the next page sends the browser to sign in again, and a form sent after changes nothing', async () => {
    // A server on the same stack whose sessions end after one idle second.
    const config = stack.deps.config;
    const short = await harness.startServer(
      { ...stack.deps, config: { ...config, signIn: { ...config.signIn, sessionIdleSeconds: 1 } } },
      3650,
    );
    const idle = () => new Promise((resolve) => setTimeout(resolve, 1_500));
    try {
      const { context, page } = await signIn(browser, short, PEOPLE.isa, `/inspections/${northEast}`);
      const first = await sessionCookie(context);
      await idle();

      // The session is over: sent with the kept cookie from a browser not signed in at the
      // provider, the page goes to the provider's sign-in page.
      const elsewhere = await newContext(browser, short);
      await elsewhere.addCookies([first as NonNullable<typeof first>]);
      const other = await elsewhere.newPage();
      const hops = navigations(other);
      await other.goto(`/inspections/${northEast}`);
      await expectSignInPage(other, short);
      expect(hops[0]).toBe(`303 ${short.url}/inspections/${northEast}`);
      expect(await other.locator('tr[data-milestone]').count()).toBe(0);
      await checkPage(other, 'sign-in-after-idle');
      await elsewhere.close();
      expect(await stack.deps.identity.getSession(hashOf(first?.value ?? ''))).toBeUndefined();

      // In the browser that signed in, the next page goes to the provider, which asks who is signing
      // in although its own session (8 hours) stands: ours ended, so it asks again (`prompt=login`).
      const back = navigations(page);
      await page.goto(`/inspections/${northEast}`);
      expect(back[0]).toBe(`303 ${short.url}/inspections/${northEast}`);
      await expectSignInPage(page, short);
      await choosePerson(page, PEOPLE.isa);
      await page.waitForURL(`${short.url}/inspections/${northEast}`);
      const second = await sessionCookie(context);
      expect(second?.value).toBeDefined();
      expect(second?.value).not.toBe(first?.value);

      // Left idle again with a form open: sending it changes nothing and says to sign in again.
      const record = await recordForm(page, northEast);
      const before = await record.status();
      await idle();
      const [answer] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/completions')),
        record.form.getByRole('button').click(),
      ]);
      expect(answer.status()).toBe(401);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('You need to sign in again');
      expect(await page.locator('main').innerText()).toContain('nothing was changed');
      await checkPage(page, 'session-ended');
      expect(await record.status()).toBe(before);
      expect(await sessionCookie(context)).toBeUndefined();
      await context.close();
    } finally {
      await short.stop();
    }
  });

  it('refuses a forged session cookie: sent to sign in, with nothing of the page, and no form taken', async () => {
    const context = await newContext(browser, server);
    const forge = async (name: string, value: string) =>
      context.addCookies([
        { name, value, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' },
      ]);
    // 256 random bits, base64url: the shape of a real session id, naming no session.
    await forge(SESSION_COOKIE, randomBytes(32).toString('base64url'));
    const page = await context.newPage();
    const hops = navigations(page);
    await page.goto(`/inspections/${wales}`);
    await expectSignInPage(page, server);
    expect(hops[0]).toBe(`303 ${server.url}/inspections/${wales}`);
    expect(await page.locator('tr[data-milestone]').count()).toBe(0);
    expect(await page.locator('.moj-identity-bar').count()).toBe(0);
    // The server told the browser to forget it.
    expect(await sessionCookie(context)).toBeUndefined();
    await checkPage(page, 'sign-in-forged-cookie');

    // The retired local sign-in's cookie, naming an administrator, is nobody now.
    const administrator = Buffer.from(JSON.stringify(SIGNED_IN.isa)).toString('base64url');
    await forge('dipp_local_user', administrator);
    await page.goto('/');
    await expectSignInPage(page, server);
    expect(await listed(page)).toEqual([]);

    // A form sent with a forged session (and a token of the right shape) changes nothing.
    await forge(SESSION_COOKIE, randomBytes(32).toString('base64url'));
    const milestones = await stack.deps.timeline.milestones(wales);
    const open = milestones.find((milestone) => milestone.status === 'pending' && milestone.kind === 'deadline');
    const posted = await page.request.post(`/inspections/${wales}/completions`, {
      form: {
        _csrf: randomBytes(32).toString('base64url'),
        milestoneId: open?.id ?? '',
        expectedDueDate: open?.dueDate ?? '',
      },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(401);
    expect(await stack.deps.timeline.milestones(wales)).toEqual(milestones);
    await context.close();
  });

  it('refuses a form without the session’s CSRF token, or with another session’s, and changes nothing', async () => {
    const admin = await signedInAs(PEOPLE.isa, `/inspections/${northEast}`);
    const head = await signedInAs(PEOPLE.headOfProgramme, '/calendar-link');
    const adminToken = await csrfToken(admin.page);
    const headToken = await csrfToken(head.page);
    expect(adminToken).not.toBe(headToken);

    // Recording a milestone: the administrator's session cookie goes with each request.
    const record = await recordForm(admin.page, northEast);
    const before = await record.status();
    const post = (token?: string) =>
      admin.page.request.post(`/inspections/${northEast}/completions`, {
        form: { ...record.fields, ...(token === undefined ? {} : { _csrf: token }) },
        maxRedirects: 0,
      });
    for (const [what, token] of [
      ['no token', undefined],
      ['an empty token', ''],
      ['another session’s token', headToken],
    ] as const) {
      const refused = await post(token);
      expect(refused.status(), what).toBe(403);
      expect(await refused.text(), what).toContain('Nothing was changed');
    }
    expect(await record.status()).toBe(before);

    // Making a calendar link (a secret shown once): another session's token makes none.
    const link = (token: string) =>
      head.page.request.post('/calendar-link', { form: { _csrf: token }, maxRedirects: 0 });
    expect((await link(adminToken)).status()).toBe(403);
    expect(await stack.deps.identity.calendarLinkOf(PEOPLE.headOfProgramme.email)).toBeUndefined();

    // The same requests with their own session's token are taken: the token alone made the difference.
    expect((await post(adminToken)).status()).toBe(303);
    expect(await record.status()).not.toBe(before);
    expect((await link(headToken)).status()).toBe(200);
    expect(await stack.deps.identity.calendarLinkOf(PEOPLE.headOfProgramme.email)).toBeDefined();
    await admin.context.close();
    await head.context.close();
  });

  it('gives a calendar link that shows only the person’s inspections, without signing in, until it is reset', async () => {
    const { context, page } = await signedInAs(PEOPLE.lead);
    // The identity bar's link leads there (it cannot be clicked: see the next test).
    const href = await page.locator('.moj-identity-bar a', { hasText: 'Your calendar link' }).getAttribute('href');
    expect(href).toBe('/calendar-link');
    await page.goto('/calendar-link');
    expect(await page.locator('main').innerText()).toContain('You do not have a link yet');
    await checkPage(page, 'calendar-link-none');

    const getLink = async (button: string) => {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('shown only once');
      return page.locator('#calendar-url').inputValue();
    };
    const first = await getLink('Get your calendar link');
    expect(first).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await checkPage(page, 'calendar-link-new');

    // A calendar application: no cookies, no sign-in. Only the Wales inspection, which they lead.
    const expected = (await stack.deps.timeline.milestones(wales))
      .map((milestone) => ({ uid: milestoneUid(wales, milestone.id), start: milestone.dueDate }))
      .sort((a, b) => a.uid.localeCompare(b.uid));
    const feed = async (url: string) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    };
    const subscribed = await feed(first);
    expect(subscribed.status).toBe(200);
    expect(subscribed.type).toMatch(/^text\/calendar/);
    const events = eventsIn(subscribed.body);
    expect(events.map(({ uid, start }) => ({ uid, start })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
      expected,
    );
    expect(events.every((event) => event.summary.startsWith('DIPP Wales: '))).toBe(true);
    expect(subscribed.body).not.toContain(northEast);

    // Seen again, the page says when the link was made and does not show it.
    await page.goto('/calendar-link');
    expect(await page.locator('main').innerText()).toContain('You made a link on');
    expect(await page.locator('#calendar-url').count()).toBe(0);
    await checkPage(page, 'calendar-link-made');

    // Reset: the old link stops at once, the new one works.
    const second = await getLink('Reset your calendar link');
    expect(second).not.toBe(first);
    const old = await feed(first);
    expect(old.status).toBe(404);
    expect(old.body).not.toContain('BEGIN:VCALENDAR');
    const renewed = await feed(second);
    expect(renewed.status).toBe(200);
    expect(
      eventsIn(renewed.body)
        .map((event) => event.uid)
        .sort(),
    ).toEqual(expected.map((event) => event.uid));
    await context.close();
  });

  // The identity bar's container has `font-size: 0` (MoJ Frontend's way of closing the gaps between
  // inline blocks): a link put straight in it is drawn with no size. It must sit in MoJ's own actions.
  it('shows the identity bar’s “Your calendar link” to sighted users, as a link they can click', async () => {
    const { context, page } = await signedInAs(PEOPLE.deputyLead);
    try {
      const link = page.locator('.moj-identity-bar a', { hasText: 'Your calendar link' });
      const box = await link.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);
      await link.click({ timeout: 2_000 });
      await page.waitForURL(`${server.url}/calendar-link`);
    } finally {
      await context.close();
    }
  });
});
