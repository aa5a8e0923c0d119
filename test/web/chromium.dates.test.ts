import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { addWorkingDays, englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { workingMondayOnOrAfter } from '../../functions/domain/dateChange.js';
import { addDays, formatLongDate, mondayOf, ukDateOf, type LocalDate } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { checkPage } from './chromium.js';
import { signedInAs, startWebHarness, type WebHarness, waitFor } from './webHarness.js';

// One person walking many pages: room on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000 });

/**
 * Issue 18 in a real browser (Debian's Chromium, playwright-core) on the local stack with the real
 * clock: the inspection support administrator changes an inspection's dates and records its work,
 * every page checked with axe-core and kept as a screenshot. The inspection was announced this week
 * (its fieldwork three weeks on), so its work can be recorded and its region has heard of it.
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let inspectionId: string;
const calendar = englandAndWalesCalendar();
const today = ukDateOf(new Date());
const fieldworkStart = workingMondayOnOrAfter(calendar, addDays(mondayOf(today), 21));

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3800,
    tablePrefix: 'web-dates',
    seed: async (seeded) => {
      inspectionId = // Fieldwork three weeks from now may hold a bank holiday: a clash incidental here, acknowledged.
        (
          await startInspection(seeded.deps, SIGNED_IN.isa, {
            region: 'North East',
            fieldworkStart,
            people: PEOPLE,
            acknowledgeClashes: true,
          })
        ).inspection.id;
    },
  });
  ({ stack, server, browser } = harness);
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

const row = (page: Page, id: string) => page.locator(`tr[data-milestone="${id}"]`);
const milestone = async (id: string) => (await stack.deps.timeline.milestones(inspectionId)).find((m) => m.id === id);
const notices = async () => (await stack.deps.ledger.listNotices(inspectionId)).length;

async function typeDate(page: Page, date: LocalDate) {
  const [year = '', month = '', day = ''] = date.split('-');
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year);
}

describe('changing dates and recording work, in Chromium', () => {
  it('walks an administrator through a refused past date, a checked move, a single milestone, recording, undoing and waiving', async () => {
    // Announced this week, when it was planned: the announcement went at once (met late).
    await waitFor(
      async () => ['met', 'met-late'].includes((await milestone('announcement'))?.status ?? ''),
      'the announcement to go',
    );
    const { context, page } = await signedInAs(browser, server, PEOPLE.isa, `/inspections/${inspectionId}`);

    // A year mistyped as last year: refused on the form; nothing saved, nothing sent.
    const sentBefore = await notices();
    await page.getByRole('button', { name: 'Change dates' }).click();
    const lastYear = addDays(fieldworkStart, -364);
    await typeDate(page, lastYear);
    await page.getByRole('button', { name: 'Change the dates' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await page.locator('.govuk-error-summary__list').innerText()).toMatch(/is in the past/);
    await checkPage(page, 'dates-past-refused');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await notices()).toBe(sentBefore);
    expect((await stack.deps.timeline.getInspection(inspectionId))?.planVersion).toBe(1);

    // A week later: the check-your-answers page lists every date that moves and who is emailed what.
    const later = workingMondayOnOrAfter(calendar, addDays(fieldworkStart, 7));
    await typeDate(page, later);
    await page.getByRole('button', { name: 'Change the dates' }).click();
    await page.getByRole('heading', { name: 'Check the new dates before they are changed' }).waitFor();
    expect(await page.locator('#moves tr[data-milestone="fieldworkWeek1Start"]').innerText()).toContain(
      formatLongDate(later),
    );
    const emails = await page.locator('#emails tbody').innerText();
    expect(emails).toContain(PEOPLE.rpd.email);
    expect(emails).toContain(PEOPLE.headOfProgramme.email);
    await checkPage(page, 'dates-check');
    expect((await stack.deps.timeline.getInspection(inspectionId))?.planVersion).toBe(1);
    await page.getByRole('button', { name: 'Confirm and change the dates' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('dates were changed');
    expect(await row(page, 'fieldworkWeek1Start').innerText()).toContain(formatLongDate(later));
    // The region is told, within working hours: at once, or at their next start (issue 18).
    await waitFor(async () => {
      const events = (await stack.deps.timeline.loadTimeline(inspectionId))?.events ?? [];
      return events.some((e) => e.notice === 'dates-changed' && (e.status === 'pending' || e.status === 'done'));
    }, 'the dates-changed notice');

    // One milestone: the evidence deadline a working day later, through the same check.
    const evidenceDue = (await milestone('evidenceDeadline'))?.dueDate as LocalDate;
    const evidenceLater = addWorkingDays(calendar, evidenceDue, 1);
    await row(page, 'evidenceDeadline')
      .getByRole('link', { name: /Change date/ })
      .click();
    await typeDate(page, evidenceLater);
    await checkPage(page, 'milestone-date');
    await page.getByRole('button', { name: 'Change the date' }).click();
    await page.getByRole('heading', { name: 'Check the new dates before they are changed' }).waitFor();
    expect(await page.locator('#moves').innerText()).toContain(formatLongDate(evidenceLater));
    await page.getByRole('button', { name: 'Confirm and change the dates' }).click();
    await expect.poll(() => row(page, 'evidenceDeadline').innerText()).toContain(formatLongDate(evidenceLater));

    // Recording the organisational structure: today unless changed, with a note.
    await row(page, 'orgStructureDue')
      .getByRole('button', { name: /Record as done/ })
      .click();
    await page.getByLabel('Note (optional)').fill('Sent to the inspections mailbox by the SPOC');
    await checkPage(page, 'record');
    await page.getByRole('button', { name: 'Record as done', exact: true }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Recorded:');
    const recorded = await row(page, 'orgStructureDue').innerText();
    expect(recorded).toContain(`Done on ${formatLongDate(today)}`);
    expect(recorded).toContain(`Recorded by ${PEOPLE.isa.name} on`);
    expect(recorded).toContain('Note: Sent to the inspections mailbox by the SPOC');
    await checkPage(page, 'recorded');

    // Undone the same day: pending again.
    await row(page, 'orgStructureDue').getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Undone:');
    expect(await row(page, 'orgStructureDue').locator('.govuk-tag').innerText()).toBe('Pending');
    expect((await milestone('orgStructureDue'))?.status).toBe('pending');

    // Waiving the planning notes, with a reason (asked for first).
    await row(page, 'planningNotesIssued').getByRole('link', { name: /Waive/ }).click();
    await page.getByRole('button', { name: 'Waive the milestone' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await page.locator('.govuk-error-summary__list').innerText()).toContain('Say why the milestone is waived');
    await checkPage(page, 'waive-errors');
    await page
      .getByLabel('Why it is waived')
      .fill('The planning meeting was cancelled; its notes went with the announcement');
    await page.getByRole('button', { name: 'Waive the milestone' }).click();
    await expect.poll(() => row(page, 'planningNotesIssued').locator('.govuk-tag').innerText()).toBe('Waived');
    expect(await row(page, 'planningNotesIssued').innerText()).toContain('Reason: The planning meeting was cancelled');
    await checkPage(page, 'waived');
    await context.close();
  });
});
