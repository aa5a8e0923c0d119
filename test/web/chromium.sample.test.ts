import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decideShortfall } from '../../functions/app/caseSample/decideShortfall.js';
import { markIssued } from '../../functions/app/caseSample/issueSample.js';
import { setTeam } from '../../functions/app/caseSample/setTeam.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { workingMondayOnOrAfter } from '../../functions/domain/dateChange.js';
import { addDays, mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { longListCsv, syntheticLongList } from '../../functions/local/syntheticLongList.js';
import { SIGNED_IN } from '../integration/harness.js';
import { ASSISTANTS } from '../app/caseSample/arrangeSample.js';
import { checkPage } from './chromium.js';
import { apiToken, NORTH_EAST_PEOPLE, signedInAs, startWebHarness, type WebHarness } from './webHarness.js';

// One person walking several pages: room on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000 });

/**
 * Issue 14 in a real browser on the local stack with the real clock: the inspection support
 * administrator uploads the long-list through the file upload and reads the sample; once it is
 * issued (as the announcement issues it), the region's SPOC reads its cases and asks for one to be
 * excluded, and the lead inspector approves it. Every page is checked
 * with axe-core and kept as a screenshot.
 */
let harness: WebHarness;
let stack: LocalStack;
let server: LocalServer;
let browser: Browser;
let inspectionId: string;
// Ten weeks on: before the announcement, so the sample can still be changed.
const fieldworkStart = workingMondayOnOrAfter(englandAndWalesCalendar(), addDays(mondayOf(ukDateOf(new Date())), 70));

beforeAll(async () => {
  harness = await startWebHarness({
    port: 3830,
    tablePrefix: 'web-sample',
    seed: async (seeded) => {
      inspectionId = (
        await startInspection(seeded.deps, SIGNED_IN.isa, {
          region: 'North East',
          fieldworkStart,
          people: NORTH_EAST_PEOPLE,
          // Fieldwork ten weeks from now may hold a bank holiday: a clash incidental here, acknowledged.
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

describe('the case sample, in Chromium', () => {
  it('walks the administrator from the inspection through the upload to the sample, then the region through its issued cases', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dipp-long-list-'));
    const file = join(folder, 'long-list.csv');
    writeFileSync(
      file,
      longListCsv(syntheticLongList({ region: 'North East', fieldworkStart, rows: 1500, seed: 14 })),
      'utf8',
    );

    const isa = await signedInAs(browser, server, NORTH_EAST_PEOPLE.isa, `/inspections/${inspectionId}`);
    const page = isa.page;
    // The API's route takes the same file as a text/csv body, past the 64 KB other bodies are held to.
    const token = await apiToken(isa.context, server);
    const viaApi = await isa.context.request.post(`/api/inspections/${inspectionId}/sample/long-list`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      data: readFileSync(file),
    });
    expect(viaApi.status(), await viaApi.text()).toBe(200);

    await page.getByRole('link', { name: 'Open the case sample and interview schedule' }).click();
    await page.waitForURL(`${server.url}/inspections/${inspectionId}/sample`);
    await checkPage(page, 'sample-empty');

    await page.getByRole('button', { name: 'Upload the long-list' }).click();
    await page.getByLabel('Long-list (CSV file)').setInputFiles(file);
    await checkPage(page, 'sample-upload');
    await page.getByRole('button', { name: 'Upload and draw the sample' }).click();
    await page.waitForURL(`${server.url}/inspections/${inspectionId}/sample?done=uploaded`);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('The long-list was uploaded');
    expect(await page.locator('tr[data-crn]').count()).toBeGreaterThan(0);
    await checkPage(page, 'sample-drawn');
    await isa.context.close();

    // Made ready and issued as the announcement issues it.
    await stack.run(async () => {
      await setTeam(stack.deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: ASSISTANTS });
      const record = await stack.deps.caseSample.getSample(inspectionId);
      for (const shortfall of record?.sample?.shortfalls ?? []) {
        await decideShortfall(stack.deps, SIGNED_IN.isa, {
          inspectionId,
          shortfallId: shortfall.id,
          decision: 'accept',
          note: 'Accepted: the region has no more cases',
        });
      }
      const inspection = await stack.deps.timeline.getInspection(inspectionId);
      if (!inspection) throw new Error('no inspection');
      await markIssued(stack.deps, inspection, 'with-announcement');
    });

    const region = await signedInAs(browser, server, NORTH_EAST_PEOPLE.spoc, `/inspections/${inspectionId}/sample`);
    expect(await region.page.locator('tr[data-crn]').count()).toBeGreaterThan(0);
    expect(await region.page.locator('#reserve').count()).toBe(0);
    await checkPage(region.page, 'sample-region');

    // The SPOC asks for the first case to be excluded; the lead approves it.
    const crn = await region.page.locator('tr[data-crn]').first().getAttribute('data-crn');
    await region.page.getByRole('link', { name: `Ask for a change to case ${crn}` }).click();
    await region.page.waitForURL(`${server.url}/inspections/${inspectionId}/sample/requests/new?crn=${crn}`);
    await region.page.getByLabel('Exclude the case').check();
    await region.page.getByLabel('A serious further offence', { exact: false }).check();
    await region.page.getByLabel('Why you ask').fill('A serious further offence review began last week');
    await checkPage(region.page, 'sample-request');
    await region.page.getByRole('button', { name: 'Send the request to the lead inspector' }).click();
    await region.page.waitForURL(`${server.url}/inspections/${inspectionId}/sample?done=asked#requests`);
    expect(await region.page.locator('[data-request]').first().getAttribute('data-status')).toBe('waiting');
    await checkPage(region.page, 'sample-requested');
    await region.context.close();

    const lead = await signedInAs(browser, server, NORTH_EAST_PEOPLE.lead, `/inspections/${inspectionId}/sample`);
    const card = lead.page.locator('[data-request]').first();
    await checkPage(lead.page, 'sample-request-waiting');
    await card.getByLabel('Approve', { exact: true }).check();
    await card.getByLabel('Your note to the region').fill('Agreed: a review is under way');
    await card.getByRole('button', { name: 'Save the decision' }).click();
    await lead.page.waitForURL(`${server.url}/inspections/${inspectionId}/sample?done=changeDecided`);
    expect(await lead.page.locator('[data-request]').first().getAttribute('data-status')).toBe('approve');
    expect(
      await lead.page
        .locator('tr[data-crn]')
        .filter({ hasText: `Replaces case ${crn}` })
        .count(),
    ).toBe(1);
    await checkPage(lead.page, 'sample-request-approved');
    await lead.context.close();
  });
});
