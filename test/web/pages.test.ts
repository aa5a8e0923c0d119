import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import { startLocalServer, type LocalServer } from '../../functions/local/apiServer.js';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN, startEmulators, type Emulators } from '../integration/harness.js';
import { accessibilityViolations, launchChromium } from './chromium.js';

// Fixed dates are in 2055: 2027's weekdays 28 years on, so nothing falls due on the real clock while
// these tests run, this year or for decades.

/**
 * The pages in a real browser (Debian's Chromium, playwright-core) against the local stack on the
 * real clock: DynamoDB Local, the SES server and the workflow engine behind the local server.
 * Every page is checked with axe-core and saved as a screenshot in test-results/screenshots.
 */
const SHOTS = 'test-results/screenshots';
const NORTH_EAST = {
  ...PEOPLE,
  lead: { name: 'Olu Other', email: 'olu@officials.example' },
  deputyLead: { name: 'Dana Second', email: 'dana@officials.example' },
  rpd: { name: 'Nia North', email: 'nia@officials.example' },
  spoc: { name: 'Noel Contact', email: 'noel@officials.example' },
};

let emulators: Emulators;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let wales: string;
let northEast: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emulators = await startEmulators();
  stack = await startLocalStack({ clock: 'real', emulators, tableName: `web-${randomUUID().slice(0, 8)}` });
  // Wales's fieldwork began this week: its evidence deadline has passed unmet, so it goes overdue at once.
  const thisMonday = mondayOf(ukDateOf(new Date()));
  wales = (
    await startInspection(stack.deps, SIGNED_IN.isa, { region: 'Wales', fieldworkStart: thisMonday, people: PEOPLE })
  ).inspection.id;
  northEast = (
    await startInspection(stack.deps, SIGNED_IN.isa, {
      region: 'North East',
      fieldworkStart: '2055-05-10',
      people: NORTH_EAST,
    })
  ).inspection.id;
  server = await startLocalServer(stack.deps, stack.run, 3500);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await stack?.stop();
  await emulators?.stop();
});

/** A browser of its own for one person, signed in through the local sign-in page. */
async function signedInAs(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await page.getByLabel(name, { exact: false }).first().check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/`);
  return { context, page };
}

/**
 * The page passes axe-core's WCAG 2.2 AA rules, every link in its error summary leads to something
 * on the page, and it is kept as a screenshot.
 */
async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  const dangling = await page
    .locator('.govuk-error-summary a[href^="#"]')
    .evaluateAll((links) =>
      links
        .filter((link) => !link.ownerDocument.getElementById((link.getAttribute('href') ?? '').slice(1)))
        .map((link) => link.getAttribute('href')),
    );
  expect(dangling, `${name}: error summary links to nothing`).toEqual([]);
}

async function waitFor(condition: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const milestoneRow = (page: Page, id: string) => page.locator(`tr[data-milestone="${id}"]`);

describe('the pages, in Chromium', () => {
  it('lets an administrator plan an inspection, with GOV.UK error messages first, and shows its timeline', async () => {
    const { context, page } = await signedInAs('Isa Admin');
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
    const { context, page } = await signedInAs('Isa Admin');
    const walesRow = page.locator(`tr[data-inspection="${wales}"]`);
    expect(await walesRow.innerText()).toMatch(/Evidence[^\n]*\((overdue|escalated)\)/i);

    await page.goto(`/inspections/${wales}`);
    const evidence = milestoneRow(page, 'evidenceDeadline');
    expect(await evidence.locator('.govuk-tag').innerText()).toMatch(/Overdue|Escalated/);
    await checkPage(page, 'inspection-overdue');
    await evidence.getByRole('button', { name: /Record as done/ }).click();

    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Recorded: All evidence');
    expect(await milestoneRow(page, 'evidenceDeadline').locator('.govuk-tag').innerText()).toBe('Met late');
    await page.goto('/');
    expect(await page.locator(`tr[data-inspection="${wales}"]`).innerText()).not.toMatch(/Evidence[^\n]*\(/i);
    await context.close();
  });

  it('lets a lead raise an alert on their inspection; it is confirmed at once and its page shows what they may do', async () => {
    const { context, page } = await signedInAs('Lee Inspector');
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
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^DIPP-WALES-.*-A1$/);
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
    const { context, page } = await signedInAs('Sam Contact');
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
    const { context, page } = await signedInAs('Isa Admin');
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
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('dates were changed');
    expect(await milestoneRow(page, 'fieldworkWeek1Start').innerText()).toContain('13 September 2055');
    await checkPage(page, 'inspection-rescheduled');
    await context.close();
  });

  it('keeps a region user to their own region: another region’s inspection is refused', async () => {
    const { context, page } = await signedInAs('Nia North');
    const shown = await page
      .locator('tr[data-inspection]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-inspection')));
    expect(shown).toEqual([northEast]);
    expect(await page.getByRole('button', { name: 'Plan an inspection' }).count()).toBe(0);

    const refused = await page.goto(`/inspections/${wales}`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('You do not have access to this page');
    await checkPage(page, 'forbidden');
    const api = await page.request.get(`/api/inspections/${wales}`);
    expect(api.status()).toBe(403);

    await page.goto(`/inspections/${northEast}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North East');
    // A region answers alerts; it does not record the inspectorate's milestones or move dates.
    expect(await page.getByRole('button', { name: /Record as done/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change dates' }).count()).toBe(0);
    await checkPage(page, 'inspection-region');
    await context.close();
  });

  it('answers only to this machine, and takes no form from another site', async () => {
    const ask = (headers: Record<string, string>, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${server.url}/sign-in`, { method, headers }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end(method === 'POST' ? 'person=x' : undefined);
      });
    const port = new URL(server.url).port;

    expect(await ask({})).toBe(200);
    expect(await ask({ host: `attacker.example:${port}` })).toBe(403);
    expect(await ask({ origin: 'https://attacker.example' }, 'POST')).toBe(403);
    expect(await ask({ 'sec-fetch-site': 'cross-site' }, 'POST')).toBe(403);
    expect((await fetch(`${server.url}/inspections/%E0`)).status).toBe(400);
  });

  it('has a sign-in page, marked local only, that passes the accessibility checks', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/sign-in');
    expect(await page.locator('.govuk-phase-banner').innerText()).toMatch(/local/i);
    await checkPage(page, 'sign-in');
    await context.close();
  });
});
