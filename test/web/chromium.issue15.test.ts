import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { workingMondayOnOrAfter } from '../../functions/domain/dateChange.js';
import { addDays, formatLongDate, mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { plannedEarlier } from '../support/plannedEarlier.js';
import { checkPage } from './chromium.js';
import { NORTH_EAST_PEOPLE, signedInAs, startWebHarness, type WebHarness, waitFor } from './webHarness.js';

// One person walking several pages: room on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000 });

/**
 * Issue 15 in a real browser (Debian's Chromium, playwright-core) on the local stack with the real
 * clock, as the inspection support administrator: replacing a lead inspector from the inspection's
 * page, the programme by week with a clash named, and the report's road after fieldwork (a stage
 * recorded done, a return without a reason refused, the page in Welsh). Every page is checked with
 * axe-core and kept as a screenshot (test-results/screenshots/issue15-*.png).
 *
 * Four inspections: South West's, far ahead, for the people; North West's and London's a week
 * apart with the same lead, so the lead is on two fieldworks at once; and North East's, planned
 * sixteen weeks ago with fieldwork six weeks ago, so its first draft is overdue today.
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let peopleId: string;
let reportId: string;
const calendar = englandAndWalesCalendar();
const today = ukDateOf(new Date());
const clashFirst = workingMondayOnOrAfter(calendar, addDays(mondayOf(today), 70));
const clashSecond = workingMondayOnOrAfter(calendar, addDays(clashFirst, 7));
const NEW_LEAD = { name: 'Lowri Newlead', email: 'lowri.newlead@officials.example' };

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3890,
    tablePrefix: 'web-issue15',
    seed: async (seeded) => {
      // North West and London clash on purpose (the programme names it); the others' dates follow
      // today, so any clash they fall into is incidental: each plan acknowledges what it brings.
      const plan = (region: string, fieldworkStart: string, people: Record<string, unknown> = PEOPLE) =>
        startInspection(seeded.deps, SIGNED_IN.isa, { region, fieldworkStart, people, acknowledgeClashes: true });
      peopleId = (
        await plan('South West', workingMondayOnOrAfter(calendar, addDays(mondayOf(today), 200)), NORTH_EAST_PEOPLE)
      ).inspection.id;
      await plan('North West', clashFirst);
      await plan('London', clashSecond);
      reportId = (
        await startInspection(plannedEarlier(seeded.deps, 16), SIGNED_IN.isa, {
          region: 'North East',
          fieldworkStart: workingMondayOnOrAfter(calendar, addDays(mondayOf(today), -42)),
          people: PEOPLE,
          acknowledgeClashes: true,
        })
      ).inspection.id;
    },
  });
  ({ stack, server, browser } = harness);
  // The North East's driver catches up with the real clock: the first draft's reminders have gone.
  await waitFor(async () => {
    const events = (await stack.deps.timeline.loadTimeline(reportId))?.events ?? [];
    const reminders = events.filter((event) => event.notice === 'draft-report-reminder');
    return reminders.length > 0 && reminders.every((event) => event.status === 'done');
  }, 'the first draft’s reminders to go');
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

const banner = (page: Page) => page.locator('.govuk-notification-banner');
const errorSummary = (page: Page) => page.locator('.govuk-error-summary');
const stageRow = (page: Page, stageId: string) => page.locator(`#stage-${stageId}`);

describe('issue 15’s pages, in Chromium', () => {
  it('lets an administrator replace the lead inspector from the inspection page, an empty name refused first', async () => {
    const { context, page } = await signedInAs(browser, server, PEOPLE.isa, `/inspections/${peopleId}`);
    expect(await page.locator('#people').innerText()).toContain(NORTH_EAST_PEOPLE.lead.name);
    await checkPage(page, 'issue15-inspection-people');

    await page.locator('#people').getByRole('link', { name: 'Change lead inspector' }).click();
    await page.waitForURL(`${server.url}/inspections/${peopleId}/people/lead`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Change the lead inspector');
    expect(await page.locator('#current').innerText()).toBe(
      `The lead inspector is ${NORTH_EAST_PEOPLE.lead.name} (${NORTH_EAST_PEOPLE.lead.email}).`,
    );
    await checkPage(page, 'issue15-person-form');

    // No name: refused on the form, naming the field; nobody replaced.
    await page.getByLabel('Full name').fill('');
    await page.getByLabel('Work email address').fill(NEW_LEAD.email);
    await page.getByRole('button', { name: 'Save and tell them' }).click();
    await expect.poll(() => errorSummary(page).isVisible()).toBe(true);
    expect(await errorSummary(page).locator('a[href="#name"]').count()).toBe(1);
    await checkPage(page, 'issue15-person-errors');
    expect((await stack.deps.timeline.getInspection(peopleId))?.people.lead.email).toBe(NORTH_EAST_PEOPLE.lead.email);

    await page.getByLabel('Full name').fill(NEW_LEAD.name);
    await page.getByLabel('Work email address').fill(NEW_LEAD.email);
    await page.getByRole('button', { name: 'Save and tell them' }).click();
    await page.waitForURL(`${server.url}/inspections/${peopleId}?changed=lead`);
    expect(await banner(page).innerText()).toContain(`The lead inspector is now ${NEW_LEAD.name}.`);
    const people = await page.locator('#people').innerText();
    expect(people).toContain(NEW_LEAD.name);
    expect(people).not.toContain(NORTH_EAST_PEOPLE.lead.name);
    await checkPage(page, 'issue15-person-changed');
    await context.close();
  });

  it('shows an administrator the programme by week with the lead on two fieldworks named, and a CSV download', async () => {
    const { context, page } = await signedInAs(browser, server, PEOPLE.isa, '/programme');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The programme by week');
    const clash = page.locator('#clash-list li[data-clash="person-on-two-fieldworks"]');
    expect(await clash.count()).toBeGreaterThan(0);
    expect(await clash.allInnerTexts()).toContainEqual(
      expect.stringContaining(`${PEOPLE.lead.name} leads or deputises two fieldworks at once`),
    );
    const inspections = await page.locator('#programme-inspections').innerText();
    expect(inspections).toContain('North West');
    expect(inspections).toContain('London');
    await checkPage(page, 'issue15-programme');

    const csv = page.getByRole('link', { name: 'Download the programme (CSV)' });
    expect(await csv.getAttribute('href')).toBe('/programme.csv');
    const download = await context.request.get('/programme.csv');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('text/csv');
    expect((await download.text()).split('\r\n')[0]).toBe('week,inspection,region,what,planned,forecast,clash');
    await context.close();
  });

  it('walks the report’s road after fieldwork: a stage recorded done, a return without a reason refused, and the page in Welsh', async () => {
    const { context, page } = await signedInAs(browser, server, PEOPLE.isa, `/inspections/${reportId}`);
    await page.getByRole('link', { name: 'The report’s road to publication' }).click();
    await page.waitForURL(`${server.url}/inspections/${reportId}/report`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The report’s road to publication');
    expect(await page.locator('#stages caption').innerText()).toBe('Stages');
    expect(await stageRow(page, 'firstDraft').innerText()).toContain('Overdue');
    expect(await stageRow(page, 'contractEditing').innerText()).toContain('Contract editor');
    await checkPage(page, 'issue15-report');

    await stageRow(page, 'contractEditing').getByRole('link', { name: 'Record Contract editing' }).click();
    await page.waitForURL(`${server.url}/inspections/${reportId}/report/contractEditing`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Contract editing (grammar and house style)',
    );
    await checkPage(page, 'issue15-report-stage');
    await page.getByLabel('Done', { exact: true }).check();
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.waitForURL(`${server.url}/inspections/${reportId}/report?recorded=contractEditing`);
    expect(await banner(page).innerText()).toContain('Recorded: Contract editing (grammar and house style)');
    const recorded = await stageRow(page, 'contractEditing').innerText();
    expect(recorded).toContain('Done');
    expect(recorded).toContain(formatLongDate(today));
    await checkPage(page, 'issue15-report-recorded');

    // Done already: only a return is offered, and it needs a reason.
    await stageRow(page, 'contractEditing').getByRole('link', { name: 'Record Contract editing' }).click();
    await page.waitForURL(`${server.url}/inspections/${reportId}/report/contractEditing`);
    await page.getByLabel('Returned for another round').check();
    await page.getByRole('button', { name: 'Record it' }).click();
    await expect.poll(() => errorSummary(page).isVisible()).toBe(true);
    expect(await errorSummary(page).innerText()).toContain(
      'Say why it goes round again, what is disputed, or what was decided',
    );
    await checkPage(page, 'issue15-report-stage-errors');
    expect((await stack.deps.timeline.getInspection(reportId))?.reportRecords ?? []).toHaveLength(1);

    // In Welsh, by the language switch, remembered for the report page.
    await page.goto(`/inspections/${reportId}/report`);
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForURL(`${server.url}/inspections/${reportId}/report`);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Taith yr adroddiad at ei gyhoeddi');
    await checkPage(page, 'issue15-report-welsh');
    await context.close();
  });
});
