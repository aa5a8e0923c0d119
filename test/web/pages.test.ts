import { request as httpRequest } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { checkPage } from './chromium.js';
import {
  NORTH_EAST_PEOPLE as NORTH_EAST,
  apiToken,
  choosePerson,
  csrfToken,
  expectSignInPage,
  newContext,
  sessionCookie,
  signedInAs as signIn,
  startWebHarness,
  type Person,
  type WebHarness,
  waitFor,
} from './webHarness.js';
import { plannedEarlier } from '../support/plannedEarlier.js';

// A browser walking several pages and a sign-in each: give each test room on a loaded two-core machine.
vi.setConfig({ testTimeout: 90_000 });

// Fixed dates are in 2055: 2027's weekdays 28 years on, so nothing falls due on the real clock while
// these tests run, this year or for decades.

/**
 * The pages in a real browser (Debian's Chromium, playwright-core) against the local stack on the
 * real clock: DynamoDB Local, the SES server and the workflow engine behind the local server, people
 * signing in at the embedded OpenID provider. Every page is checked with axe-core and saved as a
 * screenshot in test-results/screenshots.
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let wales: string;
let northEast: string;

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3500,
    tablePrefix: 'web',
    seed: async (seeded) => {
      // Wales's fieldwork began this week: its evidence deadline has passed unmet, so it goes overdue at once.
      const thisMonday = mondayOf(ukDateOf(new Date()));
      wales = (
        await startInspection(plannedEarlier(seeded.deps), SIGNED_IN.isa, {
          region: 'Wales',
          fieldworkStart: thisMonday,
          people: PEOPLE,
          // Fieldwork from this week may hold a bank holiday: a clash incidental here, acknowledged.
          acknowledgeClashes: true,
        })
      ).inspection.id;
      northEast = (
        await startInspection(seeded.deps, SIGNED_IN.isa, {
          region: 'North East',
          fieldworkStart: '2055-05-10',
          people: NORTH_EAST,
        })
      ).inspection.id;
    },
  });
  ({ stack, server, browser } = harness);
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

/** A browser of its own for one person, signed in at the local provider's sign-in page. */
const signedInAs = (person: Person, path = '/') => signIn(browser, server, person, path);

const milestoneRow = (page: Page, id: string) => page.locator(`tr[data-milestone="${id}"]`);

describe('the pages, in Chromium', () => {
  it('lets an administrator plan an inspection, with GOV.UK error messages first, and shows its timeline', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa);
    await checkPage(page, 'overview');

    await page.getByRole('button', { name: 'Plan an inspection' }).click();
    await page.getByRole('button', { name: 'Plan the inspection' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    const problems = await page.locator('.govuk-error-summary__list li').allInnerTexts();
    // Every field at fault at once, each in GOV.UK's words.
    expect(problems).toEqual(
      expect.arrayContaining([
        'Select a region',
        'Enter the first day of fieldwork',
        'Enter the lead inspector’s name and work email address',
        'Enter the regional probation director’s name and work email address',
      ]),
    );
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, 'new-inspection-errors');

    await page.getByLabel('Region').selectOption('London');
    await page.getByLabel('Day').fill('6');
    await page.getByLabel('Month').fill('9');
    await page.getByLabel('Year').fill('2055');
    for (const [role, person] of [
      ['lead', 'Lee Inspector'],
      ['isa', 'Isa Admin'],
      ['rpd', 'Lola London'],
      ['headOfProgramme', 'Hana Head'],
    ] as const) {
      await page.locator(`#people-${role}-name`).fill(person);
      await page.locator(`#people-${role}-email`).fill(`${person.split(' ')[0]?.toLowerCase()}@officials.example`);
    }
    await page.getByRole('button', { name: 'Plan the inspection' }).click();

    await page.waitForURL(/\/inspections\/london-2055-09-06$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('London');
    for (const phase of ['Pre-fieldwork', 'Fieldwork', 'Post-fieldwork']) {
      await expect.poll(() => page.getByRole('table', { name: phase, exact: true }).isVisible()).toBe(true);
    }
    expect(await milestoneRow(page, 'fieldworkWeek1Start').innerText()).toContain('6 September 2055');
    expect(await milestoneRow(page, 'publication').innerText()).toMatch(/2055/);
    await checkPage(page, 'inspection-new');
    await context.close();
  });

  it('lets an administrator record evidence received late: the overdue tag clears and it reads "Met late"', async () => {
    await waitFor(async () => {
      const state = await stack.deps.timeline.loadTimeline(wales);
      const status = state?.milestones.find((m) => m.id === 'evidenceDeadline')?.status;
      return status === 'overdue' || status === 'escalated';
    }, 'the evidence deadline to go overdue');
    const { context, page } = await signedInAs(PEOPLE.isa);
    const walesRow = page.locator(`tr[data-inspection="${wales}"]`);
    expect(await walesRow.innerText()).toMatch(/Evidence[^\n]*\((overdue|escalated)\)/i);

    await page.goto(`/inspections/${wales}`);
    const evidence = milestoneRow(page, 'evidenceDeadline');
    expect(await evidence.locator('.govuk-tag').innerText()).toMatch(/Overdue|Escalated/);
    await checkPage(page, 'inspection-overdue');
    await evidence.getByRole('button', { name: /Record as done/ }).click();
    // The record page: done today unless said otherwise.
    await page.getByRole('button', { name: 'Record as done', exact: true }).click();

    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Recorded: All evidence');
    expect(await milestoneRow(page, 'evidenceDeadline').locator('.govuk-tag').innerText()).toBe('Met late');
    await page.goto('/');
    expect(await page.locator(`tr[data-inspection="${wales}"]`).innerText()).not.toMatch(/Evidence[^\n]*\(/i);
    await context.close();
  });

  it('lets a lead raise an alert on their inspection; it is confirmed at once and its page shows what they may do', async () => {
    const { context, page } = await signedInAs(PEOPLE.lead);
    // A lead sees the inspections they lead, and no others.
    expect(
      await page
        .locator('tr[data-inspection]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-inspection'))),
    ).toEqual([wales]);

    await page.goto(`/inspections/${wales}`);
    await page.getByRole('button', { name: 'Raise an alert' }).click();
    await page.getByRole('button', { name: 'Raise the alert' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    await checkPage(page, 'new-alert-errors');

    await page.getByLabel('Individual').check();
    await page.getByLabel('Category').selectOption('risk-to-person-on-probation');
    await page.getByLabel('Case reference').fill('W-2055-0101');
    await page
      .getByLabel('What might happen if no action is taken')
      .fill('Self-harm is likely without an urgent review');
    await page.getByLabel('How serious it is').fill('Life-threatening');
    await page.getByLabel('How imminent it is').fill('Within hours');
    await page.getByLabel('What the region is asked to do').fill('Review the case today');
    await page.getByRole('button', { name: 'Raise the alert' }).click();

    await page.waitForURL(/\/alerts\/wales-.*-a1$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Individual alert: risk to the person on probation',
    );
    expect(await page.locator('#history').innerText()).toContain('Confirmed by the lead inspector');
    // The lead may withdraw; acknowledging is the region's to do.
    expect(await page.getByRole('button', { name: 'Withdraw the alert' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Acknowledge the alert' }).count()).toBe(0);
    await checkPage(page, 'alert');
    await context.close();
  });

  it('lets the region acknowledge the lead’s alert once it has been told of it', async () => {
    await waitFor(async () => {
      const [alert] = await stack.deps.alerts.listAlerts(wales);
      return alert?.status === 'region-notified';
    }, 'the region to be told of the alert');
    const { context, page } = await signedInAs(PEOPLE.spoc);
    await page.goto(`/inspections/${wales}`);
    await page.getByRole('link', { name: /-A1$/ }).click();
    // The lead's actions are not the region's.
    expect(await page.getByRole('button', { name: 'Withdraw the alert' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Submit evidence' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    await checkPage(page, 'alert-region-errors');

    await page.getByRole('button', { name: 'Acknowledge the alert' }).click();
    await expect.poll(() => page.locator('#alert-status').innerText()).toBe('Acknowledged');
    expect(await page.locator('#history').innerText()).toContain('Acknowledged');
    await checkPage(page, 'alert-region');
    await context.close();
  });

  it('lets an administrator move an inspection’s fieldwork, refusing a date that does not exist', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa);
    await page.goto('/inspections/london-2055-09-06');
    await page.getByRole('button', { name: 'Change dates' }).click();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByRole('button', { name: 'Change the dates' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    await checkPage(page, 'reschedule-errors');

    await page.getByLabel('Day').fill('13');
    await page.getByLabel('Month').fill('9');
    await page.getByRole('button', { name: 'Change the dates' }).click();
    // Checked before anything changes.
    await page.getByRole('button', { name: 'Confirm and change the dates' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('dates were changed');
    expect(await milestoneRow(page, 'fieldworkWeek1Start').innerText()).toContain('13 September 2055');
    await checkPage(page, 'inspection-rescheduled');
    await context.close();
  });

  it('keeps a region user to their own region: another region’s inspection is refused', async () => {
    const { context, page } = await signedInAs(NORTH_EAST.rpd);
    const shown = await page
      .locator('tr[data-inspection]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-inspection')));
    expect(shown).toEqual([northEast]);
    expect(await page.getByRole('button', { name: 'Plan an inspection' }).count()).toBe(0);

    const refused = await page.goto(`/inspections/${wales}`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('You do not have access to this page');
    await checkPage(page, 'forbidden');
    // The pages' session is no way into the HTTP API; a bearer token from the same sign-in is, and
    // the API refuses them the other region's inspection as the page does.
    expect((await page.request.get(`/api/inspections/${wales}`)).status()).toBe(401);
    const token = await apiToken(context, server);
    const api = (id: string) =>
      fetch(`${server.url}/api/inspections/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await api(wales)).status).toBe(403);
    expect((await api(northEast)).status).toBe(200);

    await page.goto(`/inspections/${northEast}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North East');
    // A region answers alerts; it does not record the inspectorate's milestones or move dates.
    expect(await page.getByRole('button', { name: /Record as done/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change dates' }).count()).toBe(0);
    await checkPage(page, 'inspection-region');
    await context.close();
  });

  it('answers only to this machine, and takes no form from another site', async () => {
    // A real session and its form token: only where the form comes from decides.
    const { context, page } = await signedInAs(PEOPLE.isa, '/inspections/new');
    const session = await sessionCookie(context);
    const cookie = `${session?.name}=${session?.value}`;
    const form = new URLSearchParams({ _csrf: await csrfToken(page) }).toString();
    await context.close();
    const ask = (path: string, headers: Record<string, string>, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        const post = method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
        const request = httpRequest(
          `${server.url}${path}`,
          { method, headers: { cookie, ...post, ...headers } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end(method === 'POST' ? form : undefined);
      });
    const port = new URL(server.url).port;

    expect(await ask('/', {})).toBe(200);
    expect(await ask('/', { host: `attacker.example:${port}` })).toBe(403);
    // The empty plan comes back with its errors (400) from this site, and is refused from any other.
    expect(await ask('/inspections/new', {}, 'POST')).toBe(400);
    expect(await ask('/inspections/new', { origin: server.url }, 'POST')).toBe(400);
    expect(await ask('/inspections/new', { host: `attacker.example:${port}` }, 'POST')).toBe(403);
    expect(await ask('/inspections/new', { origin: 'https://attacker.example' }, 'POST')).toBe(403);
    expect(await ask('/inspections/new', { 'sec-fetch-site': 'cross-site' }, 'POST')).toBe(403);
    // An address that does not decode: the API says so; the pages have no page there.
    expect((await fetch(`${server.url}/api/inspections/%E0`)).status).toBe(400);
    expect(await ask('/inspections/%E0', {})).toBe(404);
  });

  it('sends someone not signed in to the local provider’s sign-in page, marked local only and accessible', async () => {
    const context = await newContext(browser, server);
    const page = await context.newPage();
    await page.goto('/');
    await expectSignInPage(page, server);
    expect(await page.locator('.govuk-phase-banner').innerText()).toMatch(/local/i);
    expect(await page.locator('.govuk-warning-text').innerText()).toMatch(/only on your machine/);
    // The people of the stored inspections, by role.
    expect(await page.locator('legend').allInnerTexts()).toEqual([
      'Inspection support administrator',
      'Head of Probation Inspection Programme',
      'Lead inspector',
      'Region (RPD or SPOC)',
    ]);
    expect(await page.getByRole('radio', { name: 'Nia North (north east)' }).count()).toBe(1);
    await checkPage(page, 'sign-in');

    // Nobody chosen: a GOV.UK error, and the page still signs the person in once they choose.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toEqual(['Choose who to sign in as']);
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, 'sign-in-errors');
    await choosePerson(page, PEOPLE.isa);
    await page.waitForURL(`${server.url}/`);
    expect(await page.locator('.moj-identity-bar').innerText()).toContain('Isa Admin');
    await context.close();
  });
});
