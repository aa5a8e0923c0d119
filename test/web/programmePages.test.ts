import { describe, expect, it } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import type { Principal } from '../../functions/domain/access.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { PEOPLE } from '../support/records.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * The programme by week (issue 15), in process: three inspections, two of them with the same lead
 * in fieldwork at once, and a third whose fieldwork holds the Easter Monday of 2027.
 */
async function programme() {
  const deps = memoryDeps();
  // The clashes are what the page is to show: each plan acknowledges them.
  const plan = (region: string, fieldworkStart: string, people: Record<string, unknown> = PEOPLE) =>
    startInspection(deps, SIGNED_IN.isa, { region, fieldworkStart, people, acknowledgeClashes: true });
  await plan('North East', '2027-03-01');
  await plan('Wales', '2027-03-08', { ...PEOPLE, deputyLead: undefined });
  await plan('London', '2027-03-22', {
    ...PEOPLE,
    lead: { name: 'Lowri Other', email: 'lowri.other@officials.example' },
    deputyLead: undefined,
  });
  const ask = pagesFor(deps);
  const get = (path: string, principal: Principal = SIGNED_IN.isa, lang: 'en' | 'cy' = 'en') =>
    ask('GET', path, {}, principal, lang);
  return { deps, get };
}

describe('the programme by week', () => {
  it('names each clash: the lead on two overlapping fieldworks, and fieldwork over Easter', async () => {
    const { get } = await programme();

    const page = await get('/programme');

    expect(page.status).toBe(200);
    const clashes = pageText(/<ul[^>]*id="clash-list"[^>]*>([\s\S]*?)<\/ul>/.exec(page.body)?.[1] ?? '');
    expect(clashes).toContain(`${PEOPLE.lead.name} leads or deputises two fieldworks at once`);
    expect(clashes).toContain('Week of Monday 8 March 2027');
    expect(page.body).toContain('data-clash="person-on-two-fieldworks"');
    expect(page.body).toContain('data-clash="easter-week"');
  });

  it('lists every inspection with its publication against the six-week (eight in Wales) aim, and every week', async () => {
    const { get } = await programme();

    const page = pageText((await get('/programme')).body);

    expect(page).toContain('North East');
    expect(page).toContain('Wales');
    expect(page).toContain('London');
    expect(page).toContain('North East: Fieldwork week one');
    expect(page).toContain('London: Review week');
    expect(page).toMatch(/Wales: (First draft|Report published)/);
  });

  it('shows each publication as forecast from the report’s progress: a first draft not done moves it', async () => {
    const { deps, get } = await programme();
    // North East's first draft was due on Friday 2 April 2027; on Thursday 8 April it is not recorded.
    deps.clock.set('2027-04-08T10:00:00Z');

    const page = await get('/programme');

    const northEast = pageText(
      /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*North East(?:(?!<\/tr>)[\s\S])*<\/tr>/.exec(page.body)?.[0] ?? '',
    );
    // Planned for Friday 30 April, on the aim; four working days late (5 to 8 April), so forecast for
    // Friday 7 May (Monday 3 May is a bank holiday), four working days after the aim.
    expect(northEast).toContain('Fri 30 Apr 2027 Fri 7 May 2027 4 working days late Fri 30 Apr 2027');
    expect(northEast).toContain('4 working days after the aim');
  });

  it('is for administrators and Heads of Programme: the nav offers it to them, others are refused', async () => {
    const { get } = await programme();

    expect((await get('/')).body).toContain('href="/programme"');
    expect((await get('/programme', SIGNED_IN.headOfProgramme)).status).toBe(200);
    expect((await get('/', SIGNED_IN.lead)).body).not.toContain('href="/programme"');
    expect((await get('/programme', SIGNED_IN.lead)).status).toBe(403);
    expect((await get('/programme', regionUser('wales'))).status).toBe(403);
    expect((await get('/programme.csv', regionUser('wales'))).status).toBe(403);
  });

  it('downloads as CSV: a line for each thing in each week, then its clashes', async () => {
    const { get } = await programme();

    const csv = await get('/programme.csv');

    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="dipp-programme-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('week,inspection,region,what,planned,forecast,clash');
    expect(lines).toContain('2027-03-01,north-east-2027-03-01,North East,Fieldwork week one,2027-03-01,2027-03-01,');
    expect(lines.some((line) => line.includes('person-on-two-fieldworks'))).toBe(true);
  });

  it('speaks Welsh', async () => {
    const { get } = await programme();

    const page = pageText((await get('/programme', SIGNED_IN.isa, 'cy')).body);

    expect(page).toContain('Y rhaglen fesul wythnos');
    expect(page).toContain('Wythnos gyntaf y gwaith maes');
    expect(page).not.toContain('Fieldwork week one');
    expect(page).not.toContain('leads or deputises');
  });
});
