import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { raiseAlert } from '../../functions/app/alerts/raiseAlert.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { isSettled } from '../../functions/domain/milestoneStatus.js';
import { addDays, mondayOf, ukDateOf, ukInstant } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { checkPage } from './chromium.js';
import {
  NORTH_EAST_PEOPLE as NORTH_EAST,
  signedInAs as signIn,
  startWebHarness,
  type Person,
  type WebHarness,
  waitFor,
} from './webHarness.js';

// A browser walking several pages and a sign-in each: room for each test on a loaded two-core machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Issue 18, section 4, walked in Chromium as the people who do it: an ISA finds what is due across
 * the programme (this week, a range, by region and by who acts) and the open alerts; a region user
 * sees only their region's, and a Wales SPOC may have them in Welsh; a mistyped address gets GOV.UK's page not found; the due table reads at
 * 375 pixels wide. Every page is checked with axe-core (test-results/screenshots/due-*.png).
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let wales: string;
let northEast: string;
let alertId: string;

const today = ukDateOf(new Date());
const monday = mondayOf(today);
const tomorrow = addDays(today, 1);

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3587,
    tablePrefix: 'web-due',
    seed: async (seeded) => {
      // Wales's planning weeks are this week: its planning meeting, organisation chart and schedule changes fall due.
      wales = (
        await startInspection(seeded.deps, SIGNED_IN.isa, {
          region: 'Wales',
          fieldworkStart: addDays(monday, 14),
          people: PEOPLE,
          // Fieldwork two weeks from now may hold a bank holiday: a clash incidental here, acknowledged.
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
      // The lead's alert goes to the region at once; it must be acknowledged by tomorrow evening (about 18:00).
      const hours = Math.round((Date.parse(ukInstant(tomorrow, '18:00')) - Date.now()) / 3_600_000);
      alertId = (
        await raiseAlert(seeded.deps, SIGNED_IN.lead, {
          inspectionId: wales,
          type: 'individual',
          category: 'risk-to-person-on-probation',
          caseReference: 'W-2055-0201',
          whatMightHappen: 'Self-harm is likely without an urgent review',
          howSerious: 'Life-threatening',
          howImminent: 'Within days',
          actionRequested: 'Review the case',
          deadlines: { acknowledgeWithinHours: hours, evidenceWithinHours: hours + 48 },
          // Before fieldwork, the lead says why it cannot wait (issue 18).
          beforeFieldworkReason: 'Found while preparing the sample: it cannot wait',
        })
      ).id;
    },
  });
  ({ stack, server, browser } = harness);
  await waitFor(async () => {
    const alert = await stack.deps.alerts.getAlert(wales, alertId);
    return alert?.status === 'region-notified' && alert.acknowledgeBy !== undefined;
  }, 'the region to be told of the alert');
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

const signedInAs = (person: Person, path = '/') => signIn(browser, server, person, path);

/** The due items listed (`<kind>:<inspection>:<id>`), in both tables. */
const listed = (page: Page) =>
  page.locator('tr[data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item') ?? ''));

const attributeOfRows = (page: Page, attribute: string) =>
  page.locator('tr[data-item]').evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name) ?? ''), attribute);

describe('what is due across the programme, in Chromium', () => {
  it('lets an ISA see this week’s milestones and an alert due tomorrow evening, and follow it to the alert', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa);
    await page.getByRole('link', { name: 'What is due' }).click();
    await page.waitForURL(/\/due$/);
    expect(await page.title()).toBe('What is due – All regions – DIPP – HM Inspectorate of Probation');

    // This week by default: Wales's milestones still to do this week are all there.
    const thisWeek = (await stack.deps.timeline.milestones(wales)).filter(
      (m) => m.dueDate >= monday && m.dueDate <= addDays(monday, 6) && !isSettled(m.status),
    );
    expect(thisWeek.length).toBeGreaterThan(0);
    const shown = await listed(page);
    for (const milestone of thisWeek) expect(shown).toContain(`milestone:${wales}:${milestone.id}`);
    await checkPage(page, 'due-this-week');

    // The next 14 days always hold tomorrow evening: the alert's acknowledgement is listed, the region to act.
    await page.getByLabel('The next 14 days').check();
    await page.getByRole('button', { name: 'Show what is due' }).click();
    await page.waitForURL(/period=next-two-weeks/);
    const row = page.locator(`tr[data-item="alert:${wales}:${alertId}"]`).first();
    expect(await row.innerText()).toMatch(/Acknowledge the alert/);
    expect(await row.innerText()).toMatch(/(5|6)(:\d\d)?pm/);
    expect(await row.getAttribute('data-actor')).toBe('region');
    await checkPage(page, 'due-next-two-weeks');

    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/alerts/${alertId}$`));
    // The alert's page: its heading in words, its reference beside it (issue 18).
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Individual alert/);
    expect(await page.locator('main').innerText()).toMatch(/-A1\b/);
    await context.close();
  });

  it('lets an ISA choose a range of dates, and filter it by region and by who acts', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa, '/due');
    await page.getByLabel('Dates you choose').check();
    // A range that ends before it starts: a GOV.UK error summary naming the field, not a server error.
    const fill = async (prefix: string, [day, month, year]: string[]) => {
      const group = page.getByRole('group', { name: prefix, exact: true });
      await group.getByLabel('Day').fill(day ?? '');
      await group.getByLabel('Month').fill(month ?? '');
      await group.getByLabel('Year').fill(year ?? '');
    };
    await fill('From', ['31', '5', '2055']);
    await fill('To', ['1', '5', '2055']);
    await page.getByRole('button', { name: 'Show what is due' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toEqual([
      'The last date must be the same as or after the first date',
    ]);
    expect(await page.title()).toMatch(/^Error: What is due/);
    await checkPage(page, 'due-range-errors');

    await fill('From', ['1', '4', '2055']);
    await fill('To', ['31', '5', '2055']);
    await page.getByRole('button', { name: 'Show what is due' }).click();
    await expect.poll(() => page.locator('#period-shown').innerText()).toContain('1 April 2055');
    expect(await listed(page)).toContain(`milestone:${northEast}:announcement`);
    await checkPage(page, 'due-range');

    await page.getByLabel('Region').selectOption('North East');
    await page.getByLabel('Who acts').selectOption('region');
    await page.getByRole('button', { name: 'Show what is due' }).click();
    await page.waitForURL(/actor=region/);
    expect(await page.title()).toBe('What is due – North East – DIPP – HM Inspectorate of Probation');
    const regions = await attributeOfRows(page, 'data-region');
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['north-east']));
    expect(new Set(await attributeOfRows(page, 'data-actor'))).toEqual(new Set(['region']));
    expect(await listed(page)).not.toContain(`milestone:${northEast}:announcement`);
    await checkPage(page, 'due-filtered');

    await page.locator(`tr[data-item="milestone:${northEast}:evidenceDeadline"]`).getByRole('link').click();
    await page.waitForURL(new RegExp(`/inspections/${northEast}$`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North East');
    await context.close();
  });

  it('lists the open alerts with their state and whose turn it is', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa);
    await page.getByRole('link', { name: 'Alerts', exact: true }).click();
    await page.waitForURL(/\/alerts$/);
    const row = page.locator(`tr[data-alert="${alertId}"]`);
    expect(await row.innerText()).toMatch(/Region notified/);
    expect(await row.innerText()).toMatch(/The region: acknowledge the alert/);
    await checkPage(page, 'alerts');

    await page.getByLabel('Whose turn').selectOption('inspectorate');
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await page.waitForURL(/turn=inspectorate/);
    expect(await page.locator('#alerts').innerText()).toBe('No open alerts match what you chose.');
    await checkPage(page, 'alerts-filtered');
    await context.close();
  });

  it('shows a region user only their own region’s items and alerts', async () => {
    const { context, page } = await signedInAs(NORTH_EAST.rpd, '/due?period=range&from=2055-04-01&to=2055-05-31');
    expect(await page.title()).toBe('What is due – North East – DIPP – HM Inspectorate of Probation');
    // Nothing to choose: they see their own region.
    expect(await page.getByLabel('Region').count()).toBe(0);
    const regions = await attributeOfRows(page, 'data-region');
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['north-east']));
    await checkPage(page, 'due-region');

    // Another region's alert, even by its deadline's period, is not theirs to see.
    await page.goto('/due?period=next-two-weeks');
    expect(await listed(page)).not.toContain(`alert:${wales}:${alertId}`);
    await page.goto('/alerts');
    expect(await page.locator(`tr[data-alert="${alertId}"]`).count()).toBe(0);
    await checkPage(page, 'alerts-region');
    await context.close();
  });

  it('lets a Wales SPOC switch to Cymraeg, keep it from page to page, and switch back', async () => {
    const { context, page } = await signedInAs(PEOPLE.spoc, '/due');
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForURL(/\/due$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beth sy’n ddyledus');
    expect(await page.title()).toBe('Beth sy’n ddyledus – Cymru – DIPP – Arolygiaeth Prawf EF');
    await checkPage(page, 'due-welsh');

    // Remembered: the next page is Welsh too, the switch offering English in English.
    await page.getByRole('link', { name: 'Rhybuddion', exact: true }).click();
    await page.waitForURL(/\/alerts$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rhybuddion sydd yn dal ar agor');
    await checkPage(page, 'alerts-welsh');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/alerts$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Open alerts');
    await context.close();
  });

  it('answers a mistyped address with GOV.UK’s page not found', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa);
    const response = await page.goto('/inspectons');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found – DIPP – HM Inspectorate of Probation');
    expect(await page.locator('main').innerText()).toContain('If you typed the web address, check it is correct.');
    await checkPage(page, 'not-found');
    await context.close();
  });

  it('keeps the due table within a 375 pixel wide screen', async () => {
    const { context, page } = await signedInAs(PEOPLE.isa, '/due?period=range&from=2055-04-01&to=2055-06-30');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    expect(await page.locator('#due tbody tr').count()).toBeGreaterThan(0);
    const overflow = await page.locator('#due').evaluate((table) => ({
      page: table.ownerDocument.documentElement.scrollWidth,
      viewport: table.ownerDocument.documentElement.clientWidth,
      table: Math.ceil(table.getBoundingClientRect().right),
    }));
    expect(overflow.page).toBeLessThanOrEqual(overflow.viewport);
    expect(overflow.table).toBeLessThanOrEqual(overflow.viewport);
    await checkPage(page, 'due-375');
    await context.close();
  });
});
