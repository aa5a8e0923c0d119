import { describe, expect, it } from 'vitest';
import { cy } from '../../functions/web/i18n/cy.js';
import { en } from '../../functions/web/i18n/en.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { programmeCsv, programmeRows } from '../support/programmeFile.js';
import { PEOPLE } from '../support/records.js';
import { planInspection } from '../app/arrange.js';
import { decodedHtml, englishFinder, englishPiecesOf, pagesFor, pageText, unlikeWelsh } from './inProcessPages.js';

/**
 * Planning a whole programme from one file on its page (issue 15), in process on the in-memory
 * store: the upload, the plans and their clashes checked before anything is saved, then confirmed;
 * and a single plan into a clash, planned anyway.
 */
const upload = (csv: string) => ({
  programmeFile: { filename: 'programme.csv', mimeType: 'text/csv', bytes: Buffer.from(csv, 'utf8') },
});

function arrange() {
  const deps = memoryDeps();
  const ask = pagesFor(deps);
  const send = (csv: string, lang: 'en' | 'cy' = 'en') =>
    ask('POST', '/programme/plan', {}, SIGNED_IN.isa, lang, upload(csv));
  const confirm = (csv: string, form: Record<string, string> = {}) =>
    ask('POST', '/programme/plan', { csv, confirm: 'yes', ...form });
  return { deps, ask, send, confirm };
}

const englishIn = englishFinder(englishPiecesOf(unlikeWelsh(en, cy)), decodedHtml);

describe('planning a programme from a file on its page', () => {
  it('is offered on the programme page to administrators and Heads of Programme, and refused to others', async () => {
    const { ask } = arrange();

    expect((await ask('GET', '/programme')).body).toContain('href="/programme/plan"');
    expect((await ask('GET', '/programme/plan', {}, SIGNED_IN.headOfProgramme)).status).toBe(200);
    expect((await ask('GET', '/programme/plan', {}, SIGNED_IN.lead)).status).toBe(403);
    expect((await ask('POST', '/programme/plan', { csv: programmeCsv() }, SIGNED_IN.lead)).status).toBe(403);
  });

  it('shows the twelve plans with no clash, saving nothing, then plans them when confirmed', async () => {
    const { deps, ask, send, confirm } = arrange();
    const csv = programmeCsv();

    const preview = await send(csv);

    expect(preview.status).toBe(200);
    const plans = /<table[^>]*id="plans"[\s\S]*?<\/table>/.exec(preview.body)?.[0] ?? '';
    expect(plans.match(/<tr class="govuk-table__row">/g)).toHaveLength(13);
    expect(pageText(plans)).toContain('North East');
    expect(pageText(preview.body)).toContain('The plans bring no clash into the programme.');
    expect(preview.body).toContain('name="confirm" value="yes"');
    expect(await deps.timeline.listInspections()).toEqual([]);

    const confirmed = await confirm(csv);

    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.location).toBe('/programme?planned=12');
    expect(await deps.timeline.listInspections()).toHaveLength(12);
    const programme = await ask('GET', '/programme?planned=12');
    expect(pageText(programme.body)).toContain('12 inspections planned from the file');
    expect(programme.body).toContain('govuk-notification-banner--success');
  });

  it('names each bad row and column in the error summary, saving nothing', async () => {
    const { deps, send } = arrange();
    const csv = programmeCsv(programmeRows(), (row, index) =>
      index === 1 ? { ...row, 'Fieldwork start': '31/09/2027' } : index === 4 ? { ...row, Region: 'Atlantis' } : row,
    );

    const refused = await send(csv);

    expect(refused.status).toBe(400);
    const summary = pageText(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(refused.body)?.[0] ?? '');
    expect(summary).toContain('Row 3, column "Fieldwork start"');
    expect(summary).toContain('Row 6, column "Region" is not a probation region');
    expect(refused.body).toContain('href="#programmeFile"');
    expect(await deps.timeline.listInspections()).toEqual([]);
  });

  it('asks to tick "Plan it anyway" before planning into a clash', async () => {
    const { deps, send, confirm } = arrange();
    // The North West a week earlier: its week two holds the bank holiday of 30 August 2027.
    const csv = programmeCsv(programmeRows(), (row) =>
      row.Region === 'North West' ? { ...row, 'Fieldwork start': '2027-08-16' } : row,
    );

    const preview = await send(csv);
    expect(preview.body).toContain('data-clash="bank-holiday-week"');
    expect(preview.body).toContain('name="acknowledgeClashes"');

    const unticked = await confirm(csv);
    expect(unticked.status).toBe(400);
    expect(pageText(unticked.body)).toContain('tick “Plan it anyway” to plan despite them');
    expect(await deps.timeline.listInspections()).toEqual([]);

    const ticked = await confirm(csv, { acknowledgeClashes: 'yes' });
    expect(ticked.status).toBe(303);
    expect(await deps.timeline.listInspections()).toHaveLength(12);
  });

  it('speaks Welsh: the upload, the plans and the file’s problems', async () => {
    const { ask, send } = arrange();

    const form = await ask('GET', '/programme/plan', {}, SIGNED_IN.isa, 'cy');
    expect(form.body).toContain('<html lang="cy"');
    expect(decodedHtml(form.body)).toContain(cy['programmePlan.title']);
    expect(englishIn(form.body)).toEqual([]);

    const preview = await send(programmeCsv(), 'cy');
    expect(decodedHtml(preview.body)).toContain(cy['programmePlan.checkTitle']);
    expect(englishIn(preview.body)).toEqual([]);

    const refused = await send(
      programmeCsv(programmeRows(), (row, index) => (index === 1 ? { ...row, 'Lead email': '' } : row)),
      'cy',
    );
    expect(refused.status).toBe(400);
    expect(decodedHtml(refused.body)).toContain('Rhes 3, colofn "Lead email"');
    expect(englishIn(refused.body)).toEqual([]);
  });
});

describe('planning one inspection into a clash on its page', () => {
  const form = (region: string, day: string, extra: Record<string, string> = {}) => ({
    region,
    'fieldworkStart-day': day,
    'fieldworkStart-month': '6',
    'fieldworkStart-year': '2027',
    leadName: PEOPLE.lead.name,
    leadEmail: PEOPLE.lead.email,
    isaName: PEOPLE.isa.name,
    isaEmail: PEOPLE.isa.email,
    rpdName: PEOPLE.rpd.name,
    rpdEmail: PEOPLE.rpd.email,
    headOfProgrammeName: PEOPLE.headOfProgramme.name,
    headOfProgrammeEmail: PEOPLE.headOfProgramme.email,
    ...extra,
  });

  it('shows the clash with "Plan it anyway", plans nothing until it is ticked, then plans it', async () => {
    const deps = memoryDeps();
    const ask = pagesFor(deps);
    await planInspection(deps, { region: 'North East', fieldworkStart: '2027-06-07' });

    const asked = await ask('POST', '/inspections/new', form('North West', '14'));

    expect(asked.status).toBe(400);
    expect(asked.body).toContain('data-clash="person-on-two-fieldworks"');
    expect(pageText(asked.body)).toContain(`${PEOPLE.lead.name} leads or deputises two fieldworks at once`);
    expect(asked.body).toContain('href="#acknowledgeClashes"');
    expect(await deps.timeline.listInspections()).toHaveLength(1);

    const planned = await ask('POST', '/inspections/new', form('North West', '14', { acknowledgeClashes: 'yes' }));

    expect(planned.status).toBe(303);
    expect(planned.headers.location).toBe('/inspections/north-west-2027-06-14');
    expect(await deps.timeline.listInspections()).toHaveLength(2);
  });

  it('shows the clash in Welsh', async () => {
    const deps = memoryDeps();
    const ask = pagesFor(deps);
    await planInspection(deps, { region: 'North East', fieldworkStart: '2027-06-07' });

    const asked = await ask('POST', '/inspections/new', form('North West', '14'), SIGNED_IN.isa, 'cy');

    expect(decodedHtml(asked.body)).toContain(cy['newInspection.planAnyway']);
    expect(englishIn(asked.body)).toEqual([]);
  });
});
