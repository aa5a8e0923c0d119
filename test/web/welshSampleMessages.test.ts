import { describe, expect, it } from 'vitest';
import { uploadLongList } from '../../functions/app/caseSample/uploadLongList.js';
import { viewSample } from '../../functions/app/caseSample/viewSample.js';
import type { Principal } from '../../functions/domain/access.js';
import type { LongListCase } from '../../functions/domain/caseSample/cases.js';
import { eligibilityWindow, ineligibility } from '../../functions/domain/caseSample/eligibility.js';
import { caseSampleCy } from '../../functions/domain/messages/caseSample.cy.js';
import { caseSampleEn } from '../../functions/domain/messages/caseSample.en.js';
import { longListCsv, syntheticLongList } from '../../functions/local/syntheticLongList.js';
import type { WebRequest } from '../../functions/web/responses.js';
import { announce, ASSISTANTS, FIELDWORK, makeReady } from '../app/caseSample/arrangeSample.js';
import { planInspection } from '../app/arrange.js';
import { identityDeps } from '../app/identity/arrange.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { englishFinder, englishPiecesOf, pagesFor, pageText, unlikeWelsh } from './inProcessPages.js';

/**
 * What the case sample's rules and use cases say (functions/domain/messages/caseSample.*.ts), on a
 * Welsh page: a refused long-list, why the sample is not ready, why a case has core or adjusted
 * questions, a shortfall, a team form's line, a refused change request and a decision's outcome,
 * all in Welsh with none of the English; and the same page in English still in English.
 */

const WALES_SPOC = regionUser('wales');

/**
 * English that a Welsh page must not show: each of the area's English messages that differs from
 * its Welsh, cut at its placeholders, the pieces longer than 12 characters.
 */
const ENGLISH_PIECES = englishPiecesOf(unlikeWelsh(caseSampleEn, caseSampleCy));

const englishIn = englishFinder(ENGLISH_PIECES, pageText);

/** Wales's long-list for fieldwork on Monday 1 March 2027, its first PDU left with three practitioners: a shortfall. */
function walesList(): LongListCase[] {
  const window = eligibilityWindow(FIELDWORK);
  const cases = syntheticLongList({ region: 'Wales', fieldworkStart: FIELDWORK, rows: 3000, seed: 14 });
  const eligible = cases.filter((item) => ineligibility(item, window) === undefined);
  const pdu = eligible[0]?.pdu;
  const few = [...new Set(eligible.filter((item) => item.pdu === pdu).map((item) => item.practitioner.staffId))].slice(
    0,
    3,
  );
  // Some cases left out too, so that the long-list's counts say why.
  return cases.filter((item) => item.pdu !== pdu || few.includes(item.practitioner.staffId));
}

async function arrange() {
  const deps = identityDeps();
  const { inspection } = await planInspection(deps, { region: 'Wales', fieldworkStart: FIELDWORK });
  const pages = pagesFor(deps);
  const ask = (
    principal: Principal,
    method: 'GET' | 'POST',
    path: string,
    form: Record<string, string> = {},
    lang: 'cy' | 'en' = 'cy',
    files: WebRequest['files'] = {},
  ) => pages(method, path, form, principal, lang, files);
  return { deps, id: inspection.id, ask };
}

describe('the case sample’s messages on a Welsh page', () => {
  it('words a refused long-list, the readiness, the reasons and the shortfalls in Welsh, and in English on an English page', async () => {
    const { deps, id, ask } = await arrange();

    const empty = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`);
    expect(empty.status).toBe(200);
    expect(pageText(empty.body)).toContain('Nid oes rhestr hir wedi’i huwchlwytho');
    expect(englishIn(empty.body)).toEqual([]);

    // A file with a column that could name a person, and a row with a risk level it does not know.
    const csv = longListCsv(walesList().slice(0, 5));
    const [header = '', firstRow = '', ...rest] = csv.split(/\r?\n/).filter((row) => row !== '');
    const badRow = firstRow.replace(/,(Low|Medium|High|Very high),/i, ',Extreme,');
    const refusedCsv = [`${header},Surname`, `${badRow},Jones`, ...rest.map((row) => `${row},Jones`)].join('\n');
    const refused = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, 'cy', {
      longList: { filename: 'long-list.csv', mimeType: 'text/csv', bytes: Buffer.from(refusedCsv, 'utf8') },
    });
    expect(refused.status).toBe(400);
    expect(pageText(refused.body)).toContain(
      'Colofn "Surname": gallai ddal enw, dyddiad geni neu gyfeiriad unigolyn ar brawf, na ddylai’r gwasanaeth eu cael',
    );
    expect(pageText(refused.body)).toContain('Ni dderbyniwyd y rhestr hir, ac ni chadwyd dim: 1 broblem i’w cywiro');
    expect(englishIn(refused.body)).toEqual([]);

    const wrongRisk = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, 'cy', {
      longList: {
        filename: 'long-list.csv',
        mimeType: 'text/csv',
        bytes: Buffer.from([header, badRow, ...rest].join('\n'), 'utf8'),
      },
    });
    expect(wrongRisk.status).toBe(400);
    expect(pageText(wrongRisk.body)).toMatch(
      /Rhes 2, colofn "RoSH": nid yw’n un o’r rhain: low, medium, high, very high/,
    );
    expect(englishIn(wrongRisk.body)).toEqual([]);

    await uploadLongList(deps, SIGNED_IN.isa, { inspectionId: id, csv: longListCsv(walesList()) });
    const page = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`);
    expect(page.status).toBe(200);
    const welsh = pageText(page.body);
    // Why it is not ready, a shortfall, why cases were left out, and why each case has its questions.
    expect(welsh).toContain('1 diffyg yn aros am benderfyniad');
    expect(welsh).toContain('Dim amserlen: nodwch y tîm ar gyfer wythnos gyntaf y gwaith maes');
    expect(welsh).toMatch(/yn brin o’r 5 y mae’n rhaid i PDU eu rhoi/);
    expect(welsh).toContain('Wedi’u hepgor: dechreuodd y tu allan i’r ddwy wythnos gymwys');
    expect(welsh).toMatch(/(Trwydded|Dedfryd gymunedol); ni ataliwyd cyswllt/);
    expect(englishIn(page.body)).toEqual([]);

    const english = pageText((await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`, {}, 'en')).body);
    expect(english).toContain('1 shortfall awaits a decision');
    expect(english).toMatch(/short of the 5 a PDU must give/);
    expect(english).toMatch(/(Licence|Community sentence); contact not suspended/);
    expect(english).not.toContain('diffyg yn aros');

    // A line of the team form that is not a name and an email address.
    const team = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/team`, {
      assistantInspectors: 'Only a name',
    });
    expect(team.status).toBe(400);
    expect(pageText(team.body)).toContain('llinell 1: rhaid iddi fod yn enw, coma, yna gyfeiriad e-bost');
    expect(englishIn(team.body)).toEqual([]);
    // The lead already on the team: the use case's rule, by line, in Welsh.
    const twice = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/team`, {
      assistantInspectors: `${ASSISTANTS[0]?.name}, ${SIGNED_IN.lead.email}`,
    });
    expect(twice.status).toBe(400);
    expect(pageText(twice.body)).toContain(
      'llinell 1: mae ar y tîm eisoes (mae’r arolygydd arweiniol yn cyfweld hefyd)',
    );
    expect(englishIn(twice.body)).toEqual([]);
  });

  it('words a refused change request and a decision’s outcome in Welsh', async () => {
    const { deps, id, ask } = await arrange();
    await uploadLongList(deps, SIGNED_IN.isa, { inspectionId: id, csv: longListCsv(walesList()) });
    await makeReady(deps, id);
    await announce(deps, id);
    const cases = (await viewSample(deps, SIGNED_IN.isa, id)).sample?.cases ?? [];
    const [excluded, late] = cases;
    if (!excluded || !late) throw new Error('no cases sampled');

    const asked = await ask(WALES_SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: excluded.crn,
      kind: 'exclude-case',
      ground: 'current-review',
      reason: 'Mae adolygiad ar y gweill',
    });
    expect(asked.status).toBe(303);
    const request = (await deps.caseSample.getSample(id))?.requests?.[0];
    if (!request) throw new Error('no request recorded');
    const decided = await ask(SIGNED_IN.lead, 'POST', `/inspections/${id}/sample/requests/${request.id}/decision`, {
      index: '0',
      decision: 'approve',
      note: 'Cytunwyd',
    });
    expect(decided.status).toBe(303);
    const after = await ask(WALES_SPOC, 'GET', `/inspections/${id}/sample`);
    expect(pageText(after.body)).toMatch(new RegExp(`yn disodli achos ${excluded.crn}`));
    expect(englishIn(after.body)).toEqual([]);

    // Thursday 18 February 2027: the day after the schedule-change deadline.
    deps.clock.set('2027-02-18T10:00:00Z');
    const refused = await ask(WALES_SPOC, 'POST', `/inspections/${id}/sample/requests/new`, {
      crn: late.crn,
      kind: 'exclude-case',
      ground: 'current-review',
      reason: 'Dechreuodd adolygiad',
    });
    expect(refused.status).toBe(400);
    expect(pageText(refused.body)).toMatch(
      /ni ellir gofyn amdano nawr: mae’r dyddiad cau ar gyfer newid yr amserlen \(dydd Mercher 17 Chwefror 2027\) wedi mynd heibio/,
    );
    expect(englishIn(refused.body)).toEqual([]);
  });
});
