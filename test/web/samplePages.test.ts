import { describe, expect, it } from 'vitest';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { longListCsv } from '../../functions/local/syntheticLongList.js';
import { cookieNames } from '../../functions/web/cookies.js';
import type { WebRequest } from '../../functions/web/responses.js';
import { webApp } from '../../functions/web/webApp.js';
import {
  announce,
  ASSISTANTS,
  longList,
  makeReady,
  sampleActions,
  shortList,
} from '../app/caseSample/arrangeSample.js';
import { planInspection } from '../app/arrange.js';
import { identityDeps, signedIn, type IdentityTestDeps } from '../app/identity/arrange.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * The case sample's pages in process on the in-memory store: the inspectorate's upload, sample,
 * shortfalls and team; the region's view once issued; the download; and a multipart form through
 * the pages' edge (webApp), its CSRF token checked like any other form's.
 */

const NORTH_EAST_SPOC = regionUser('north-east');

async function arrange() {
  const deps = identityDeps();
  const { inspection } = await planInspection(deps);
  const pages = pagesFor(deps);
  const ask = (
    principal: Principal,
    method: 'GET' | 'POST',
    path: string,
    form: Record<string, string> = {},
    files: WebRequest['files'] = {},
  ) => pages(method, path, form, principal, 'en', files);
  const csvFile = (csv: string) => ({
    longList: { filename: 'long-list.csv', mimeType: 'text/csv', bytes: Buffer.from(csv, 'utf8') },
  });
  return { deps, id: inspection.id, ask, csvFile };
}

/** A multipart body as a browser sends a form with a file. */
function multipart(fields: Record<string, string>, file?: { name: string; filename: string; content: string }) {
  const boundary = '----dippBoundary7MA4YWxkTrZu0gW';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  if (file) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n`,
    );
  }
  return {
    bytes: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function edge(deps: IdentityTestDeps, principal: Principal) {
  const { sessionId } = await signedIn(deps, claimsOf(principal));
  const app = webApp(deps, deps.signIn);
  const cookieHeader = `${cookieNames(deps.config.baseUrl).session}=${sessionId}`;
  return { app, cookieHeader };
}

describe('the inspectorate’s case sample pages', () => {
  it('uploads a long-list, shows the sample by PDU, takes a shortfall’s decision and a team, and shows the interviews', async () => {
    const { deps, id, ask, csvFile } = await arrange();

    const before = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`);
    expect(before.status).toBe(200);
    expect(pageText(before.body)).toContain('No long-list uploaded');

    const form = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample/long-list`);
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain('accept=".csv,text/csv"');

    const uploaded = await ask(
      SIGNED_IN.isa,
      'POST',
      `/inspections/${id}/sample/long-list`,
      {},
      csvFile(longListCsv(shortList())),
    );
    expect(uploaded.status).toBe(303);
    expect(uploaded.headers.location).toBe(`/inspections/${id}/sample?done=uploaded`);

    const sample = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample?done=uploaded`);
    const words = pageText(sample.body);
    expect(words).toContain('The long-list was uploaded and the sample drawn.');
    expect(words).toMatch(/Rows read \d+ Eligible cases \d+/);
    expect(sample.body).toMatch(
      /<caption class="govuk-table__caption govuk-table__caption--s">[^<]+ \(\d+ cases\)<\/caption>/,
    );
    expect(words).toMatch(/Core|Adjusted/);
    expect(words).toContain('Question titles');
    expect(words).toContain('1 shortfall awaits a decision');
    expect(sample.body).toContain('id="reserve"');
    expect(words).toContain('Not scheduled yet');

    const record = await deps.caseSample.getSample(id);
    const shortfall = record?.sample?.shortfalls[0];
    if (!shortfall) throw new Error('the short long-list gave no shortfall');
    const refused = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/shortfalls`, {
      shortfallId: shortfall.id,
      index: '0',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('href="#shortfall-0-decision"');

    const decided = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/shortfalls`, {
      shortfallId: shortfall.id,
      index: '0',
      decision: 'accept',
      note: 'The region has no more practitioners in this PDU',
    });
    expect(decided.status).toBe(303);

    const teamForm = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample/team`);
    expect(teamForm.status).toBe(200);
    const team = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/team`, {
      assistantInspectors: ASSISTANTS.map((person) => `${person.name}, ${person.email}`).join('\n'),
      practitionerUnavailable: '',
    });
    expect(team.status).toBe(303);

    const after = pageText((await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`)).body);
    expect(after).toContain('Ready');
    expect(after).toContain('Accept: sample fewer');
    expect(after).toMatch(/Monday 1 March 2027, \d+:\d\d(am|pm) to/);
    expect(after).toContain('With Assistant 1');
    expect(await sampleActions(deps, id)).toEqual([
      'long-list uploaded',
      'sample shortfall decided',
      'interview team set',
    ]);

    const inspection = pageText((await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}`)).body);
    expect(inspection).toContain('Case sample Ready');
    expect(inspection).toContain('Open the case sample and interview schedule');
  });

  it('refuses a bad file with each problem by row and column, and stores nothing', async () => {
    const { deps, id, ask, csvFile } = await arrange();
    const lines = longListCsv(longList(60)).split(/\r?\n/);
    // Two rows broken: a CRN that is not one, and a date that is not a date.
    const broken = lines.map((line, index) =>
      index === 2
        ? line.replace(/^[A-Z]\d{6}/, 'NOTACRN')
        : index === 5
          ? line.replace(/\d{2}\/\d{2}\/\d{4}/, '31/02/2026x')
          : line,
    );

    const page = await ask(
      SIGNED_IN.isa,
      'POST',
      `/inspections/${id}/sample/long-list`,
      {},
      csvFile(broken.join('\n')),
    );

    expect(page.status).toBe(400);
    expect(page.body).toContain('govuk-error-summary');
    const words = pageText(page.body);
    expect(words).toMatch(/Row 3/i);
    expect(words).toMatch(/Row 6/i);
    expect(page.body).toContain('href="#longList"');
    expect(await deps.caseSample.getSample(id)).toBeUndefined();
  });

  it('lists at most 50 of a file’s problems and says how many more', async () => {
    const { id, ask, csvFile } = await arrange();
    const lines = longListCsv(longList(80)).split(/\r?\n/);
    const broken = lines.map((line, index) => (index > 0 && line ? line.replace(/^[A-Z]\d{6}/, 'NOTACRN') : line));

    const page = await ask(
      SIGNED_IN.isa,
      'POST',
      `/inspections/${id}/sample/long-list`,
      {},
      csvFile(broken.join('\n')),
    );

    expect(page.status).toBe(400);
    const listed = page.body.match(/<li>\s*<a href="#longList"/g) ?? [];
    expect(listed).toHaveLength(51);
    expect(pageText(page.body)).toContain('And 30 more problems');
  });

  it('asks for a file when none was chosen', async () => {
    const { id, ask } = await arrange();
    const page = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`);
    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain('The file must be chosen');
  });

  it('shows a team form’s mistakes by line, saving nothing', async () => {
    const { deps, id, ask, csvFile } = await arrange();
    await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, csvFile(longListCsv(longList())));

    const page = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/team`, {
      assistantInspectors: 'Assistant One, one@officials.example\nNo email here',
      practitionerUnavailable: 'N01P001, 2027-03-09',
    });

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'Assistant inspectors line 2: must be a name, a comma, then an email address',
    );
    expect((await deps.caseSample.getSample(id))?.team).toBeUndefined();
  });

  it('sets the size and draws again before the sample is issued, and shows neither form after', async () => {
    const { deps, id, ask, csvFile } = await arrange();
    await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, csvFile(longListCsv(longList())));

    const tooFew = await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/size`, { perPdu: '3' });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body).toContain('href="#perPdu"');
    expect((await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/size`, { perPdu: '6' })).status).toBe(303);
    expect((await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/redraw`)).status).toBe(303);
    expect((await deps.caseSample.getSample(id))?.perPdu).toBe(6);

    await makeReady(deps, id);
    await announce(deps, id);
    const issued = await ask(SIGNED_IN.isa, 'GET', `/inspections/${id}/sample`);
    expect(pageText(issued.body)).toContain('Issued to the region');
    expect(issued.body).not.toContain(`action="/inspections/${id}/sample/size"`);
    expect(issued.body).not.toContain(`action="/inspections/${id}/sample/redraw"`);
  });

  it('refuses the upload to someone who does not manage the sample', async () => {
    const { id, ask, csvFile } = await arrange();
    const page = await ask(SIGNED_IN.otherLead, 'POST', `/inspections/${id}/sample/long-list`, {}, csvFile('x'));
    expect(page.status).toBe(403);
  });
});

describe('the region’s case sample page', () => {
  it('says the sample is not issued yet before the announcement, then shows the region its own cases', async () => {
    const { deps, id, ask, csvFile } = await arrange();
    await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, csvFile(longListCsv(longList())));

    const before = await ask(NORTH_EAST_SPOC, 'GET', `/inspections/${id}/sample`);
    expect(before.status).toBe(200);
    expect(pageText(before.body)).toContain('The case sample has not been issued yet');
    expect(before.body).not.toContain('data-crn');
    expect((await ask(NORTH_EAST_SPOC, 'GET', `/inspections/${id}/sample.csv`)).status).toBe(404);

    await makeReady(deps, id);
    await announce(deps, id);
    const after = await ask(NORTH_EAST_SPOC, 'GET', `/inspections/${id}/sample`);
    expect(after.status).toBe(200);
    const record = await deps.caseSample.getSample(id);
    expect(after.body).toContain(`data-crn="${record?.sample?.sampled[0]?.crn}"`);
    expect(after.body).toContain('id="download"');
    expect(after.body).not.toContain('id="reserve"');
    expect(after.body).not.toContain('id="long-list"');
    expect(after.body).not.toContain('id="shortfalls"');
    expect(after.body).not.toContain('/sample/long-list');
    expect(await sampleActions(deps, id)).toContain('case sample viewed');

    const download = await ask(NORTH_EAST_SPOC, 'GET', `/inspections/${id}/sample.csv`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="case-sample-${id}.csv"`);
    expect(download.body).toContain('CRN,PDU,Practitioner');
    expect(await sampleActions(deps, id)).toContain('case sample downloaded');
  });

  it('refuses another region’s user', async () => {
    const { deps, id, ask, csvFile } = await arrange();
    await ask(SIGNED_IN.isa, 'POST', `/inspections/${id}/sample/long-list`, {}, csvFile(longListCsv(longList())));
    await makeReady(deps, id);
    await announce(deps, id);

    const page = await ask(regionUser('wales'), 'GET', `/inspections/${id}/sample`);
    expect([403, 404]).toContain(page.status);
    expect(page.body).not.toContain('data-crn');
    expect([403, 404]).toContain((await ask(regionUser('wales'), 'GET', `/inspections/${id}/sample.csv`)).status);
  });
});

describe('a form with a file at the pages’ edge', () => {
  it('uploads the long-list from a multipart form carrying the session’s token', async () => {
    const deps = identityDeps();
    const { inspection } = await planInspection(deps);
    const { app, cookieHeader } = await edge(deps, SIGNED_IN.isa);
    const form = await app({
      method: 'GET',
      path: `/inspections/${inspection.id}/sample/long-list`,
      query: new URLSearchParams(),
      body: '',
      cookieHeader,
    });
    const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const body = multipart(
      { _csrf: token },
      { name: 'longList', filename: 'long-list.csv', content: longListCsv(longList()) },
    );

    const page = await app({
      method: 'POST',
      path: `/inspections/${inspection.id}/sample/long-list`,
      query: new URLSearchParams(),
      body: '',
      ...body,
      cookieHeader,
    });

    expect(page.status).toBe(303);
    expect((await deps.caseSample.getSample(inspection.id))?.longList?.rowsRead).toBe(3000);
  });

  it('refuses a multipart post without the token, storing nothing', async () => {
    const deps = identityDeps();
    const { inspection } = await planInspection(deps);
    const { app, cookieHeader } = await edge(deps, SIGNED_IN.isa);
    const body = multipart({}, { name: 'longList', filename: 'long-list.csv', content: longListCsv(longList()) });

    const page = await app({
      method: 'POST',
      path: `/inspections/${inspection.id}/sample/long-list`,
      query: new URLSearchParams(),
      body: '',
      ...body,
      cookieHeader,
    });

    expect(page.status).toBe(403);
    expect(pageText(page.body)).toContain('The form could not be sent');
    expect(await deps.caseSample.getSample(inspection.id)).toBeUndefined();
  });

  it('refuses a file anywhere but the long-list upload', async () => {
    const deps = identityDeps();
    const { inspection } = await planInspection(deps);
    const { app, cookieHeader } = await edge(deps, SIGNED_IN.isa);
    const page = await app({
      method: 'POST',
      path: `/inspections/${inspection.id}/sample/team`,
      query: new URLSearchParams(),
      body: '',
      ...multipart({ _csrf: 'x' }, { name: 'longList', filename: 'a.csv', content: 'A' }),
      cookieHeader,
    });
    expect(page.status).toBe(415);
  });
});
