import { beforeAll, describe, expect, it } from 'vitest';
import { workingMondayOnOrAfter } from '../../functions/domain/dateChange.js';
import { addDays, type LocalDate } from '../../functions/domain/localDate.js';
import { REGIONS } from '../../functions/domain/regions.js';
import { planInspection } from '../app/arrange.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { pageText, pagesFor } from './inProcessPages.js';

/** The overview a page of 50 at a time, its pagination in the page's language (GOV.UK's own words are English). */

const deps = memoryDeps();
const pages = pagesFor(deps);
const overview = (path: string, lang: 'en' | 'cy') => pages('GET', path, {}, SIGNED_IN.isa, lang);

beforeAll(async () => {
  // 60 inspections: each region once a week for five weeks.
  for (let week = 0; week < 5; week++) {
    const fieldworkStart = workingMondayOnOrAfter(deps.calendar, addDays('2027-06-07' as LocalDate, 7 * week));
    for (const region of REGIONS) await planInspection(deps, { region: region.name, fieldworkStart });
  }
});

describe('the overview’s pages', () => {
  it('shows the first 50, then the next page and each page by number, in English', async () => {
    const page = await overview('/', 'en');

    expect(pageText(page.body)).toContain('Showing 1 to 50 of 60 inspections (60 in all).');
    expect(page.body).toContain('aria-label="Page 2"');
    expect(pageText(page.body)).toContain('Next page');
    expect(pageText(page.body)).not.toContain('Previous');
  });

  it('shows the rest on the second page, with the way back', async () => {
    const page = await overview('/?sort=fieldwork&order=ascending&page=2', 'en');

    expect(pageText(page.body)).toContain('Showing 51 to 60 of 60 inspections (60 in all).');
    expect(pageText(page.body)).toContain('Previous page');
    expect(pageText(page.body)).not.toContain('Next page');
  });

  it('words the pagination in Welsh on a Welsh page, none of GOV.UK’s English left', async () => {
    const first = await overview('/', 'cy');
    const second = await overview('/?sort=fieldwork&order=ascending&page=2', 'cy');

    expect(pageText(first.body)).toContain('Tudalen nesaf');
    expect(first.body).toContain('aria-label="Tudalen 2"');
    expect(pageText(second.body)).toContain('Tudalen flaenorol');
    for (const body of [first.body, second.body]) {
      expect(body).not.toMatch(/aria-label="Page \d/);
      expect(pageText(body)).not.toMatch(/\b(Previous|Next)\b/);
    }
  });
});
