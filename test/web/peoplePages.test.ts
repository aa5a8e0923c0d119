import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/domain/access.js';
import { planInspection, runLifecycle, timelineOf } from '../app/arrange.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { PEOPLE } from '../support/records.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * Naming and replacing officials from the pages (issue 15), in process: the inspection page's
 * people, the form, what it says about who is emailed, and its refusals.
 */
const { spoc: _none, ...WITHOUT_SPOC } = PEOPLE;
const RPD: Principal = { role: 'region', ...PEOPLE.rpd, regionId: 'north-east' };

async function northEast(until = '2027-02-09T12:00:00Z') {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps, { people: WITHOUT_SPOC });
  await runLifecycle(deps, inspection.id, until);
  return { deps, id: inspection.id, ask: pagesFor(deps) };
}

/** The people list's rows as a reader reads them: role, name, and any link. */
function peopleOf(html: string): string {
  return pageText(/<dl[^>]*id="people"[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '');
}

describe('the officials on the inspection page', () => {
  it('lists every official with a link to change them for an administrator, and "Name" for the SPOC not yet named', async () => {
    const { id, ask } = await northEast();

    const page = await ask('GET', `/inspections/${id}`);

    const people = peopleOf(page.body);
    expect(people).toContain(`Lead inspector ${PEOPLE.lead.name} Change lead inspector`);
    expect(people).toContain(`Deputy lead inspector ${PEOPLE.deputyLead.name} Change`);
    expect(people).toContain('Single point of contact Not named yet Name single point of contact');
    expect(page.body).toContain(`href="/inspections/${id}/people/spoc"`);
  });

  it('offers the RPD only the SPOC, and the SPOC nothing', async () => {
    const { id, ask } = await northEast();

    const asRpd = (await ask('GET', `/inspections/${id}`, {}, RPD)).body;
    const asSpoc = (await ask('GET', `/inspections/${id}`, {}, regionUser('north-east'))).body;

    expect(asRpd).toContain(`href="/inspections/${id}/people/spoc"`);
    expect(asRpd).not.toContain(`href="/inspections/${id}/people/lead"`);
    expect(asSpoc).not.toContain(`/people/`);
    expect((await ask('GET', `/inspections/${id}/people/spoc`, {}, regionUser('north-east'))).status).toBe(403);
    expect((await ask('GET', `/inspections/${id}/people/lead`, {}, RPD)).status).toBe(403);
    expect((await ask('GET', `/inspections/${id}/people/chiefInspector`)).status).toBe(404);
  });
});

describe('the form', () => {
  it('says who will be emailed, then saves and shows a banner', async () => {
    const { deps, id, ask } = await northEast();

    const form = await ask('GET', `/inspections/${id}/people/lead`);
    const saved = await ask('POST', `/inspections/${id}/people/lead`, {
      name: 'Lowri Newlead',
      email: 'lowri.newlead@officials.example',
    });
    const after = await ask('GET', saved.headers.location ?? '');

    expect(pageText(form.body)).toContain(`The lead inspector is ${PEOPLE.lead.name} (${PEOPLE.lead.email}).`);
    expect(pageText(form.body)).toContain(`and tell ${PEOPLE.lead.name} that they no longer hold the role`);
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/inspections/${id}?changed=lead`);
    expect(pageText(after.body)).toContain('The lead inspector is now Lowri Newlead.');
    expect((await timelineOf(deps, id)).inspection.people.lead.email).toBe('lowri.newlead@officials.example');
  });

  it('before the announcement, says the region is not emailed yet', async () => {
    const { id, ask } = await northEast('2027-01-05T12:00:00Z');

    const form = await ask('GET', `/inspections/${id}/people/spoc`, {}, RPD);

    expect(pageText(form.body)).toContain('nobody in the region is emailed now');
  });

  it('refuses a bad address and the person already in the role, by field, saving nothing', async () => {
    const { deps, id, ask } = await northEast();
    const before = (await timelineOf(deps, id)).inspection.planVersion;

    const bad = await ask('POST', `/inspections/${id}/people/isa`, { name: 'Ida New', email: 'ida at example' });
    const same = await ask('POST', `/inspections/${id}/people/isa`, PEOPLE.isa);

    expect(bad.status).toBe(400);
    expect(bad.body).toContain('href="#email"');
    expect(same.status).toBe(400);
    expect(pageText(same.body)).toContain(`${PEOPLE.isa.name} is the inspection support administrator already`);
    expect((await timelineOf(deps, id)).inspection.planVersion).toBe(before);
  });

  it('speaks Welsh, refusals included', async () => {
    const { id, ask } = await northEast();

    const form = await ask('GET', `/inspections/${id}/people/spoc`, {}, RPD, 'cy');
    const same = await ask('POST', `/inspections/${id}/people/isa`, PEOPLE.isa, SIGNED_IN.isa, 'cy');

    expect(pageText(form.body)).toContain('Enwi’r un pwynt cyswllt');
    expect(pageText(same.body)).toContain(`${PEOPLE.isa.name} yw’r gweinyddwr cymorth arolygu yn barod`);
    expect(pageText(same.body)).not.toContain('already');
  });
});
