import { describe, expect, it } from 'vitest';
import { visibleInspection } from '../../../functions/app/access/inspectionAccess.js';
import { changeOfficial } from '../../../functions/app/inspections/changeOfficial.js';
import type { Principal } from '../../../functions/domain/access.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';

/**
 * Naming and replacing an inspection's officials (issue 15): North East, fieldwork from Monday
 * 1 March 2027, announced on Monday 8 February 2027. Planned without a SPOC.
 */
const NEW_SPOC = { name: 'Nia Newcontact', email: 'nia.newcontact@region.example' };
const NEW_LEAD = { name: 'Lowri Newlead', email: 'lowri.newlead@officials.example' };
const { spoc: _noSpoc, ...WITHOUT_SPOC } = PEOPLE;
const RPD: Principal = { role: 'region', ...PEOPLE.rpd, regionId: 'north-east' };

async function planned(now = '2027-01-04T10:00:00Z') {
  const deps = memoryDeps({ now });
  const { inspection } = await planInspection(deps, { people: WITHOUT_SPOC });
  return { deps, id: inspection.id };
}

/** Announced: the lifecycle has run to the afternoon of the announcement. */
async function announced() {
  const arranged = await planned();
  await runLifecycle(arranged.deps, arranged.id, '2027-02-08T14:00:00Z');
  arranged.deps.notifier.sent.length = 0;
  return arranged;
}

/** Runs the driver the inspection now names, to a moment, and gives what was sent meanwhile. */
async function sentUntil(deps: MemoryDeps, id: string, until: string) {
  const before = deps.notifier.sent.length;
  await runLifecycle(deps, id, until);
  return deps.notifier.sent.slice(before);
}

describe('naming the SPOC', () => {
  it('the RPD names the SPOC: they get one notice with the key dates and the calendar, and the region’s notices from then on', async () => {
    const { deps, id } = await announced();

    const { state } = await changeOfficial(deps, RPD, { inspectionId: id, role: 'spoc', ...NEW_SPOC });
    const welcome = await sentUntil(deps, id, '2027-02-08T16:00:00Z');
    const later = await sentUntil(deps, id, '2027-02-18T12:00:00Z');

    expect(state.inspection.people.spoc).toEqual(NEW_SPOC);
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.to).toEqual([NEW_SPOC.email]);
    expect(welcome[0]?.cc).toEqual([PEOPLE.lead.email]);
    expect(welcome[0]?.subject).toContain('single point of contact');
    expect(welcome[0]?.text).toContain('Monday 1 March 2027');
    expect(welcome[0]?.attachments.map((file) => file.contentType)).toEqual(['text/calendar']);
    const toRegion = later.filter((message) => message.to.includes(NEW_SPOC.email));
    expect(toRegion.length).toBeGreaterThan(0);
    expect(later.some((message) => message.to.includes(PEOPLE.rpd.email) && !message.to.includes(NEW_SPOC.email))).toBe(
      false,
    );
  });

  it('is audited with who changed it, before and after', async () => {
    const { deps, id } = await announced();

    await changeOfficial(deps, RPD, { inspectionId: id, role: 'spoc', ...NEW_SPOC });

    const entry = (await deps.timeline.auditTrail(id)).find((e) => e.action === 'official named');
    expect(entry).toMatchObject({
      actor: PEOPLE.rpd.name,
      actorId: PEOPLE.rpd.email,
      before: { spoc: null },
      after: { spoc: NEW_SPOC, told: ['contact-named'] },
    });
  });

  it('only the region’s RPD or an administrator may: not the SPOC, another region, nor the lead', async () => {
    const { deps, id } = await announced();
    const refused = (who: Principal) => changeOfficial(deps, who, { inspectionId: id, role: 'spoc', ...NEW_SPOC });

    await expect(refused(regionUser('north-east'))).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(refused({ ...RPD, regionId: 'wales' })).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(refused(SIGNED_IN.lead)).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(changeOfficial(deps, RPD, { inspectionId: id, role: 'lead', ...NEW_LEAD })).rejects.toMatchObject({
      name: 'ForbiddenError',
      message: expect.stringContaining('lead inspector'),
    });
    expect((await timelineOf(deps, id)).inspection.people.spoc).toBeUndefined();
  });

  it('before the announcement changes the record and tells the region nothing before it', async () => {
    const { deps, id } = await planned();

    await changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'spoc', ...NEW_SPOC });
    const sent = await sentUntil(deps, id, '2027-02-08T14:00:00Z');

    expect((await timelineOf(deps, id)).inspection.people.spoc).toEqual(NEW_SPOC);
    expect(sent.filter((message) => message.headers['X-DIPP-Notice-Id']?.startsWith('contact-'))).toEqual([]);
    expect(sent.map((message) => message.headers['X-DIPP-Notice-Id'])).toContain(
      'announcement:announcement:2027-02-08',
    );
  });
});

describe('replacing the lead', () => {
  it('moves access at once, and tells the new lead and the one replaced, once each', async () => {
    const { deps, id } = await announced();
    const newLead: Principal = { role: 'lead', ...NEW_LEAD };

    await changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'lead', ...NEW_LEAD });
    const sent = await sentUntil(deps, id, '2027-02-08T16:00:00Z');
    await sentUntil(deps, id, '2027-02-09T16:00:00Z');

    await expect(visibleInspection(deps, SIGNED_IN.lead, id)).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(visibleInspection(deps, newLead, id)).resolves.toMatchObject({ id });
    const byNotice = (kind: string) =>
      deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Id']?.startsWith(kind));
    expect(byNotice('official-named').map((m) => m.to)).toEqual([[NEW_LEAD.email]]);
    expect(byNotice('official-replaced').map((m) => m.to)).toEqual([[PEOPLE.lead.email]]);
    expect(byNotice('official-replaced')[0]?.text).toContain(NEW_LEAD.name);
    expect(sent).toHaveLength(2);
  });

  it('outside working hours, tells them at 09:00 on the next working day', async () => {
    const { deps, id } = await announced();
    deps.clock.set('2027-02-12T21:50:00Z'); // Friday evening

    await changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'lead', ...NEW_LEAD });
    const overWeekend = await sentUntil(deps, id, '2027-02-15T08:59:00Z');
    const monday = await sentUntil(deps, id, '2027-02-15T09:01:00Z');

    expect(overWeekend.filter((m) => m.headers['X-DIPP-Notice-Id']?.startsWith('official-'))).toEqual([]);
    expect(monday.filter((m) => m.headers['X-DIPP-Notice-Id']?.startsWith('official-'))).toHaveLength(2);
  });

  it('refuses the person who already holds the role, and the deputy as lead, saying which field', async () => {
    const { deps, id } = await announced();

    await expect(
      changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'lead', ...PEOPLE.lead }),
    ).rejects.toMatchObject({
      name: 'RequestError',
      errors: [{ field: 'email', message: expect.stringContaining('already') }],
    });
    await expect(
      changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'lead', ...PEOPLE.deputyLead }),
    ).rejects.toMatchObject({
      name: 'RequestError',
      errors: [{ field: 'email', message: expect.stringContaining('deputy') }],
    });
    await expect(
      changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'chiefInspector', ...NEW_LEAD }),
    ).rejects.toMatchObject({ name: 'RequestError', errors: [{ field: 'role' }] });
    await expect(
      changeOfficial(deps, SIGNED_IN.isa, { inspectionId: id, role: 'lead', name: 'X', email: 'not an address' }),
    ).rejects.toMatchObject({ name: 'RequestError', errors: [{ field: 'email' }] });
  });

  it('a name put right tells nobody', async () => {
    const { deps, id } = await announced();

    await changeOfficial(deps, SIGNED_IN.isa, {
      inspectionId: id,
      role: 'lead',
      name: 'Lee J. Inspector',
      email: PEOPLE.lead.email,
    });
    const sent = await sentUntil(deps, id, '2027-02-08T16:00:00Z');

    expect((await timelineOf(deps, id)).inspection.people.lead.name).toBe('Lee J. Inspector');
    expect(sent).toEqual([]);
  });
});
