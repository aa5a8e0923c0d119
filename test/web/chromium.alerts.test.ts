import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { addWorkingDays, englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from '../integration/harness.js';
import { checkPage } from './chromium.js';
import { signedInAs as signIn, startWebHarness, type Person, type WebHarness, waitFor } from './webHarness.js';
import { plannedEarlier } from '../support/plannedEarlier.js';

// Several sign-ins and pages a test: room on a loaded two-core machine.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The alert flow walked in Chromium by the people who do each task (issue 18, section 5), each page
 * checked with axe-core: an assistant inspector raises an alert during fieldwork, the lead confirms
 * it, the region acknowledges and submits evidence, the lead asks for more by a new deadline, the
 * region sends more, and the lead assures with a note. An administrator cannot confirm the alert
 * they raised, and what they do for the region is shown as on behalf of the region.
 */
const ASSISTANT: Person = { name: 'Asha Assistant', email: 'asha@officials.example' };

let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let inspectionId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3870,
    tablePrefix: 'web-alerts',
    seed: async (seeded) => {
      // Fieldwork began this week: alerts come from fieldwork.
      inspectionId = (
        await startInspection(plannedEarlier(seeded.deps), SIGNED_IN.isa, {
          region: 'North West',
          fieldworkStart: mondayOf(ukDateOf(new Date())),
          people: { ...PEOPLE, assistantInspectors: [ASSISTANT] },
          // Fieldwork from this week may hold a bank holiday: a clash incidental here, acknowledged.
          acknowledgeClashes: true,
        })
      ).inspection.id;
    },
  });
  ({ stack, server, browser } = harness);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await harness?.stop();
});

/** One browser for each person, signed in once and kept for the walk. */
const pages = new Map<string, Page>();
async function as(person: Person, path: string): Promise<Page> {
  const open = pages.get(person.email);
  if (open) {
    await open.goto(path);
    return open;
  }
  const { context, page } = await signIn(browser, server, person, path);
  contexts.push(context);
  pages.set(person.email, page);
  return page;
}

const statusOf = async (alertId: string) => (await stack.deps.alerts.getAlert(inspectionId, alertId))?.status;
const tag = (page: Page) => page.locator('#alert-status');
const alertA1 = () => `${inspectionId}-a1`;
const alertA2 = () => `${inspectionId}-a2`;

async function fillAlert(page: Page, caseReference: string) {
  await page.getByLabel('Individual').check();
  await page.getByLabel('Category').selectOption('risk-of-harm-to-others');
  await page.getByLabel('Case reference').fill(caseReference);
  await page.getByLabel('What might happen if no action is taken').fill('A named victim may be harmed');
  await page.getByLabel('How serious it is').fill('Serious physical harm');
  await page.getByLabel('How imminent it is').fill('Within days');
  await page.getByLabel('What the region is asked to do').fill('Review the risk management plan today');
  await page.getByRole('button', { name: 'Raise the alert' }).click();
}

describe('the alert flow, in Chromium', () => {
  it('lets an assistant inspector raise an alert during fieldwork, waiting for the lead', async () => {
    const page = await as(ASSISTANT, `/inspections/${inspectionId}`);
    await page.getByRole('button', { name: 'Raise an alert' }).click();
    await fillAlert(page, 'NW-2026-0001');

    await page.waitForURL(/-a1$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Individual alert: risk of harm to others');
    expect(await tag(page).innerText()).toBe('Raised');
    expect(await tag(page).getAttribute('class')).toContain('govuk-tag--blue');
    expect(await page.locator('#alert-turn').innerText()).toBe('Waiting for the lead inspector');
    // An assistant inspector raises; confirming is the lead's.
    expect(await page.getByRole('button', { name: 'Confirm the alert' }).count()).toBe(0);
    await checkPage(page, 'alerts-raised-by-assistant');
  });

  it('lets the lead confirm it; an administrator cannot confirm the alert they raised', async () => {
    const isa = await as(PEOPLE.isa, `/inspections/${inspectionId}/alerts/new`);
    await fillAlert(isa, 'NW-2026-0002');
    await isa.waitForURL(/-a2$/);
    expect(await isa.locator('#own-alert').innerText()).toContain('you cannot confirm it');
    expect(await isa.getByRole('button', { name: 'Confirm the alert' }).count()).toBe(0);
    await checkPage(isa, 'alerts-own-alert');

    const lead = await as(PEOPLE.lead, `/alerts/${alertA1()}`);
    // Once confirmed, the region is told at once: the page may already say so.
    await lead.getByRole('button', { name: 'Confirm the alert' }).click();
    await expect.poll(() => tag(lead).innerText()).toMatch(/^(Confirmed|Region notified)$/);
    await lead.goto(`/alerts/${alertA2()}`);
    await lead.getByRole('button', { name: 'Confirm the alert' }).click();
    await expect.poll(() => tag(lead).innerText()).toMatch(/^(Confirmed|Region notified)$/);
    await waitFor(
      async () =>
        (await statusOf(alertA1())) === 'region-notified' && (await statusOf(alertA2())) === 'region-notified',
      'the region to be told of both alerts',
    );
  });

  it('lets the region acknowledge the alert and submit evidence', async () => {
    const region = await as(PEOPLE.spoc, `/alerts/${alertA1()}`);
    expect(await tag(region).getAttribute('class')).toContain('govuk-tag--orange');
    await region.getByRole('button', { name: 'Acknowledge the alert' }).click();
    await expect.poll(() => tag(region).innerText()).toBe('Acknowledged');
    // A file goes straight to the store (the local S3 server) by the page's form, then is added.
    await region.getByLabel('Attach a file').setInputFiles({
      name: 'Risk plan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% a small test file\n'),
    });
    await region.getByRole('button', { name: 'Upload the file' }).click();
    await expect.poll(() => region.locator('#uploaded-name').innerText()).toBe('Risk plan.pdf');
    await checkPage(region, 'alerts-evidence-file-uploaded');
    await region.getByRole('button', { name: 'Add the file' }).click();
    await expect.poll(() => region.locator('#evidence-files + table').innerText()).toContain('Risk plan.pdf');
    await checkPage(region, 'alerts-evidence-file-attached');
    await region.getByLabel('What was done, and where the evidence is').fill('Plan reviewed with the manager');
    await region.getByRole('button', { name: 'Submit evidence' }).click();
    await expect.poll(() => tag(region).innerText()).toBe('Evidence submitted');
    await checkPage(region, 'alerts-evidence-submitted');
  });

  it('lets the lead ask for more evidence by a new deadline, and the region send more', async () => {
    const lead = await as(PEOPLE.lead, `/alerts/${alertA1()}`);
    await lead.getByRole('button', { name: 'Ask for more evidence' }).click();
    await expect.poll(() => lead.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await lead.locator('.govuk-error-summary__list li').allInnerTexts()).toEqual([
      'Say what more evidence is needed',
      'Enter the new deadline for the evidence',
    ]);
    await checkPage(lead, 'alerts-more-evidence-errors');

    const [year, month, day] = addWorkingDays(englandAndWalesCalendar(), ukDateOf(new Date()), 3).split('-');
    await lead.getByLabel('What more evidence is needed').fill('The plan signed off by the manager');
    await lead.getByLabel('Day').fill(day ?? '');
    await lead.getByLabel('Month').fill(month ?? '');
    await lead.getByLabel('Year').fill(year ?? '');
    await lead.getByRole('button', { name: 'Ask for more evidence' }).click();
    await expect.poll(() => tag(lead).innerText()).toBe('More evidence requested');
    expect(await lead.locator('#alert-turn').innerText()).toBe('Waiting for the region');

    const region = await as(PEOPLE.spoc, `/alerts/${alertA1()}`);
    expect(await region.locator('.govuk-summary-list').innerText()).toContain('The plan signed off by the manager');
    await checkPage(region, 'alerts-more-evidence-region');
    await region.getByLabel('What was done, and where the evidence is').fill('Signed plan in the case record');
    await region.getByRole('button', { name: 'Submit evidence' }).click();
    await expect.poll(() => tag(region).innerText()).toBe('Evidence submitted');
  });

  it('lets the lead assure the alert only with a note of what assured them', async () => {
    const lead = await as(PEOPLE.lead, `/alerts/${alertA1()}`);
    await lead.getByRole('button', { name: 'Record assurance' }).click();
    await expect.poll(() => lead.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await lead.locator('.govuk-error-summary__list li').allInnerTexts()).toEqual([
      'Say what assured you: the evidence seen and what it shows',
    ]);

    await lead.getByLabel('What assured you').fill('Signed plan seen in the case record');
    await lead.getByRole('button', { name: 'Record assurance' }).click();
    await expect.poll(() => tag(lead).innerText()).toBe('Assured');
    expect(await tag(lead).getAttribute('class')).toContain('govuk-tag--green');
    const history = await lead.locator('#history').innerText();
    expect(history).toContain('More evidence asked for');
    expect(history).toContain('Signed plan seen in the case record');
    await checkPage(lead, 'alerts-assured');
  });

  it('shows an administrator acting for the region as on behalf of the region, with their reason', async () => {
    const isa = await as(PEOPLE.isa, `/alerts/${alertA2()}`);
    await isa.getByRole('button', { name: 'Acknowledge the alert on behalf of the region' }).click();
    await expect.poll(() => isa.locator('.govuk-error-summary').isVisible()).toBe(true);
    await checkPage(isa, 'alerts-on-behalf-errors');

    await isa.getByLabel('Why you acknowledge it for the region').fill('The SPOC phoned: no access yet');
    await isa.getByRole('button', { name: 'Acknowledge the alert on behalf of the region' }).click();
    await expect.poll(() => tag(isa).innerText()).toBe('Acknowledged');
    const history = await isa.locator('#history').innerText();
    expect(history).toContain('by Isa Admin, on behalf of the region');
    expect(history).toContain('The SPOC phoned: no access yet');
    await checkPage(isa, 'alerts-on-behalf');
  });
});
