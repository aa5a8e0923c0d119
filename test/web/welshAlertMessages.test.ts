import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/domain/access.js';
import { accessEn } from '../../functions/domain/messages/access.en.js';
import { alertsEn } from '../../functions/domain/messages/alerts.en.js';
import { dueEn } from '../../functions/domain/messages/due.en.js';
import { said, type Said, type SaidKey } from '../../functions/domain/messages/said.js';
import { sayIn } from '../../functions/domain/messages/sayIn.js';
import { cy } from '../../functions/web/i18n/cy.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { decodedHtml, englishFinder, englishPiecesOf } from './inProcessPages.js';
import { walesWithAlert } from './walesWithAlert.js';

/**
 * What the alerts, access and what-is-due rules say, on Welsh pages: the refusals a person meets
 * on an alert's page, its evidence upload, the due list and an inspection that is not one are in
 * Welsh, none of the area's English catalogue among them; the English page keeps the English.
 */
const WALES_SPOC = regionUser('wales');
const NORTH_EAST_SPOC = regionUser('north-east');

async function arrange() {
  const { wales, alert, pages } = await walesWithAlert();
  const request = (
    method: 'GET' | 'POST',
    principal: Principal,
    path: string,
    form: Record<string, string> = {},
    lang: 'cy' | 'en' = 'cy',
  ) => pages(method, path, form, principal, lang);
  return { request, wales, alert };
}

/**
 * English of this area's catalogue that a Welsh page must not show: each message cut at its
 * placeholders, the pieces longer than 12 characters. Statuses and categories as the API names
 * them ("region-notified") are left out: they are values a form posts, in either language.
 */
const AREA_EN: Record<string, string> = { ...alertsEn, ...accessEn, ...dueEn };
const ENGLISH_PIECES = englishPiecesOf(
  Object.fromEntries(Object.entries(AREA_EN).filter(([key]) => !/^alert\.(statusId|categoryId)\./.test(key))),
);

/** The main part of a page as text (tags gone, spaces collapsed), for what it says. */
const textOf = (html: string) =>
  decodedHtml(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const englishIn = englishFinder(ENGLISH_PIECES, decodedHtml);

const welsh = (key: SaidKey, values: Said['values'] = {}) => sayIn(said(key, values), 'cy');
/** As a problem page begins its message: with a capital. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('alerts, access and what is due, in Welsh', () => {
  it('has English pieces to look for', () => {
    expect(ENGLISH_PIECES.length).toBeGreaterThan(50);
  });

  it('refuses a Wales SPOC a step that is not the region’s, and evidence too short, on the alert’s page in Welsh', async () => {
    const { request, wales, alert } = await arrange();

    const forbidden = await request('POST', WALES_SPOC, `/alerts/${alert.id}/assure`, { note: 'Seen and assured' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toContain('<html lang="cy"');
    expect(textOf(forbidden.body)).toContain(
      capital(welsh('alert.cannotActIn', { action: said('alert.doing.assure'), inspection: wales.id })),
    );
    expect(textOf(forbidden.body)).toContain('Ni allwch wneud hyn i rybuddion yn');
    expect(englishIn(forbidden.body)).toEqual([]);

    const tooShort = await request('POST', WALES_SPOC, `/alerts/${alert.id}/submit-evidence`, { summary: 'ok' });
    expect(tooShort.status).toBe(400);
    expect(textOf(tooShort.body)).toContain(welsh('alert.sayActionTaken'));
    expect(englishIn(tooShort.body)).toEqual([]);

    // Acknowledged, then acknowledged again: the rule says why not, and what may be done now.
    expect((await request('POST', WALES_SPOC, `/alerts/${alert.id}/acknowledge`)).status).toBe(303);
    const twice = await request('POST', WALES_SPOC, `/alerts/${alert.id}/acknowledge`);
    expect(twice.status).toBe(400);
    expect(textOf(twice.body)).toContain('ni ellir cydnabod y rhybudd pan fo statws y rhybudd yn ‘wedi’i gydnabod’');
    expect(englishIn(twice.body)).toEqual([]);
  });

  it('refuses evidence that was not uploaded to the alert in Welsh', async () => {
    const { request, alert } = await arrange();

    const page = await request('POST', WALES_SPOC, `/alerts/${alert.id}/files`, { key: 'uploads/elsewhere/x.pdf' });

    expect(page.status).toBe(400);
    expect(page.body).toContain('<html lang="cy"');
    expect(textOf(page.body)).toContain(welsh('alert.file.notUploaded'));
    expect(englishIn(page.body)).toEqual([]);
  });

  it('tells the due page’s range errors in Welsh, by the rule broken', async () => {
    const { request } = await arrange();

    const backwards = await request('GET', SIGNED_IN.isa, '/due?period=range&from=2027-02-10&to=2027-02-01');
    expect(backwards.status).toBe(400);
    expect(textOf(backwards.body)).toContain(cy['dueError.toBeforeFrom']);
    expect(englishIn(backwards.body)).toEqual([]);

    const tooLong = await request('GET', SIGNED_IN.isa, '/due?period=range&from=2027-02-01&to=2028-06-01');
    expect(tooLong.status).toBe(400);
    expect(textOf(tooLong.body)).toContain(cy['dueError.withinYear']);
    expect(englishIn(tooLong.body)).toEqual([]);
  });

  it('says in Welsh that an inspection id is not an inspection, and that an alert is not theirs to see', async () => {
    const { request, wales, alert } = await arrange();

    const missing = await request('GET', SIGNED_IN.isa, '/inspections/no-such-2027-01-25/alerts/new');
    expect(missing.status).toBe(404);
    expect(textOf(missing.body)).toContain(
      capital(welsh('access.noSuchInspection', { inspection: 'no-such-2027-01-25' })),
    );
    expect(englishIn(missing.body)).toEqual([]);

    const notTheirs = await request('GET', NORTH_EAST_SPOC, `/alerts/${alert.id}`);
    expect(notTheirs.status).toBe(403);
    expect(textOf(notTheirs.body)).toContain(capital(welsh('access.cannotSeeInspection', { inspection: wales.id })));
    expect(englishIn(notTheirs.body)).toEqual([]);

    // An alert that does not exist is refused to the region like one it may not see.
    const none = await request('GET', WALES_SPOC, `/alerts/${wales.id}-a99`);
    expect(none.status).toBe(403);
    expect(textOf(none.body)).toContain(capital(welsh('access.cannotSeeAlert', { alert: `${wales.id}-a99` })));
    expect(englishIn(none.body)).toEqual([]);
  });

  it('explains in Welsh why an alert cannot be raised before fieldwork, and what a raised alert lacks', async () => {
    const { request, wales } = await arrange();

    const early = await request('GET', SIGNED_IN.isa, `/inspections/${wales.id}/alerts/new`);
    expect(early.status).toBe(403);
    expect(textOf(early.body)).toContain(capital(welsh('alert.fieldworkFirst', { start: wales.fieldworkStart })));
    expect(englishIn(early.body)).toEqual([]);

    const raised = await request('POST', SIGNED_IN.lead, `/inspections/${wales.id}/alerts/new`, {
      type: 'individual',
      category: 'risk-of-harm-to-others',
      caseReference: 'jo bloggs',
      whatMightHappen: 'ab',
      howSerious: 'Very serious',
      howImminent: 'Within days',
      actionRequested: 'Review the risk management plan',
      beforeFieldworkReason: 'It cannot wait',
    });
    expect(raised.status).toBe(400);
    expect(textOf(raised.body)).toContain(welsh('alert.caseReferenceFormat'));
    expect(textOf(raised.body)).toContain(welsh('alert.sayWhatMightHappen'));
    expect(englishIn(raised.body)).toEqual([]);
  });

  it('keeps the English on an English page', async () => {
    const { request, alert } = await arrange();

    const page = await request('POST', WALES_SPOC, `/alerts/${alert.id}/submit-evidence`, { summary: 'ok' }, 'en');

    expect(page.status).toBe(400);
    expect(textOf(page.body)).toContain(alertsEn['alert.sayActionTaken']);
    expect(englishIn(page.body).length).toBeGreaterThan(0);
  });
});
