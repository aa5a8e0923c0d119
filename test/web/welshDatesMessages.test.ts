import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/domain/access.js';
import { datesEn } from '../../functions/domain/messages/dates.en.js';
import { reportEn } from '../../functions/domain/messages/report.en.js';
import { said } from '../../functions/domain/messages/said.js';
import { sayIn } from '../../functions/domain/messages/sayIn.js';
import { organisationalAlert, planInspection, raiseAndNotify, runLifecycle } from '../app/arrange.js';
import { memoryDeps, type MemoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { englishFinder, englishPiecesOf, pagesFor, pageText } from './inProcessPages.js';

/**
 * What the dates rules and use cases say (refusals, warnings, the reason publication is held),
 * on Welsh pages in process: in Welsh, with none of the English catalogue of the area; and still in
 * English on an English page.
 */

/** The pages over the in-memory stores, in a language, as the person signed in. */
function pagesOf(deps: MemoryDeps) {
  const pages = pagesFor(deps);
  return (
    method: 'GET' | 'POST',
    path: string,
    form: Record<string, string> = {},
    { principal = SIGNED_IN.isa, lang = 'cy' }: { principal?: Principal; lang?: 'cy' | 'en' } = {},
  ) => pages(method, path, form, principal, lang);
}

/** North East, fieldwork from Monday 1 March 2027, its lifecycle run until Tuesday 9 February 2027. */
async function northEast(until = '2027-02-09T12:00:00Z') {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, until);
  return { deps, id: inspection.id, ask: pagesOf(deps) };
}

/** Each English message of the area cut at its placeholders, the pieces longer than 12 characters. */
const ENGLISH_PIECES = englishPiecesOf({ ...datesEn, ...reportEn });

const englishIn = englishFinder(ENGLISH_PIECES, pageText);

const dateForm = (name: string, date: string) => {
  const [year = '', month = '', day = ''] = date.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};

describe('the dates messages on Welsh pages', () => {
  it('refuses a fieldwork start in the past in Welsh, naming the earliest Monday', async () => {
    const { ask, id } = await northEast();

    const page = await ask('POST', `/inspections/${id}/reschedule`, dateForm('fieldworkStart', '2026-03-08'));

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'mae’r dyddiad hwn yn y gorffennol; y dyddiad cynharaf y gall y gwaith maes ddechrau yw dydd Llun 15 Chwefror 2027',
    );
    expect(englishIn(page.body)).toEqual([]);
  });

  it('still refuses it in English on an English page', async () => {
    const { ask, id } = await northEast();

    const page = await ask('POST', `/inspections/${id}/reschedule`, dateForm('fieldworkStart', '2026-03-08'), {
      lang: 'en',
    });

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'is in the past; fieldwork can start on Monday 15 February 2027 at the earliest',
    );
    expect(pageText(page.body)).not.toContain('y gorffennol');
  });

  it('refuses a bank-holiday Monday in Welsh, naming the holiday and offering the nearest working Mondays', async () => {
    const { ask, id } = await northEast();

    // Monday 3 May 2027 is the Early May bank holiday.
    const page = await ask('POST', `/inspections/${id}/reschedule`, dateForm('fieldworkStart', '2027-05-03'));

    expect(page.status).toBe(400);
    const shown = pageText(page.body);
    expect(shown).toContain('mae’r dyddiad hwn yn ŵyl banc (Gŵyl banc Calan Mai)');
    expect(shown).toContain(
      sayIn(
        said('dates.fieldworkBankHoliday', {
          holiday: said('dates.holiday.earlyMay'),
          offered: ['2027-04-26', '2027-05-10'],
        }),
        'cy',
      ),
    );
    expect(shown).toContain('dydd Llun 26 Ebrill 2027 neu ddydd Llun 10 Mai 2027');
    expect(englishIn(page.body)).toEqual([]);
  });

  it('shows the warnings on the check-your-answers page in Welsh', async () => {
    const { ask, id } = await northEast();

    // Fieldwork from Monday 20 December 2027: week one holds Christmas Eve, week two a bank holiday.
    const page = await ask('POST', `/inspections/${id}/reschedule`, dateForm('fieldworkStart', '2027-12-20'));

    expect(page.status).toBe(200);
    const shown = pageText(page.body);
    expect(shown).toContain(
      'Mae wythnos gyntaf y gwaith maes (sy’n dechrau dydd Llun 20 Rhagfyr 2027) yn disgyn dros y Nadolig a’r Flwyddyn Newydd',
    );
    expect(shown).toContain('Mae gŵyl banc yn ail wythnos y gwaith maes');
    expect(shown).toContain('Dydd Calan (diwrnod yn lle)');
    expect(englishIn(page.body)).toEqual([]);
  });

  it('refuses a record-done date before the inspection was planned, in Welsh', async () => {
    const { ask, id } = await northEast('2027-02-12T10:00:00Z');

    const page = await ask(
      'POST',
      `/inspections/${id}/completions`,
      { milestoneId: 'orgStructureDue', step: 'record', ...dateForm('on', '2026-12-01') },
      { principal: SIGNED_IN.lead },
    );

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'rhaid iddo fod rhwng y diwrnod y cynlluniwyd yr arolygiad (dydd Llun 4 Ionawr 2027) a heddiw',
    );
    expect(englishIn(page.body)).toEqual([]);
  });

  it('says in Welsh why publication is held by an organisational alert', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-03-02T14:00:00Z');
    const alert = await raiseAndNotify(deps, SIGNED_IN.lead, organisationalAlert(inspection.id));
    await runLifecycle(deps, inspection.id, '2027-04-30T12:00:00Z');
    const ask = pagesOf(deps);

    const welsh = await ask('GET', `/inspections/${inspection.id}`);
    const english = await ask('GET', `/inspections/${inspection.id}`, {}, { lang: 'en' });

    expect(welsh.status).toBe(200);
    expect(pageText(welsh.body)).toContain(
      `Wedi’i ddal yn ôl: y cyhoeddi wedi’i ddal yn ôl: nid oes sicrwydd wedi’i gael am rybudd sefydliadol ${alert.ref} (y rhanbarth wedi cael gwybod), ac nid yw wedi’i nodi fel un a ddisgrifir yn yr adroddiad`,
    );
    expect(englishIn(welsh.body)).toEqual([]);
    expect(pageText(english.body)).toContain(
      `Held: publication held: organisational alert ${alert.ref} is not assured (region-notified) and not marked as described in the report`,
    );
  });
});
