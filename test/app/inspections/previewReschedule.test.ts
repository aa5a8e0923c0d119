import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { previewReschedule } from '../../../functions/app/inspections/previewReschedule.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

/** The North East's inspection (fieldwork from Monday 1 March 2027), run up to `until`. */
async function northEastAt(until?: string) {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  if (until) await runLifecycle(deps, inspection.id, until);
  deps.driver.clear();
  return { deps, inspectionId: inspection.id };
}

const addresses = (people: { email: string }[]) => people.map((p) => p.email).sort();

describe('a mistyped year (2026 for 2027)', () => {
  it('is refused at 9:50 pm, field by field, and nothing is written or sent', async () => {
    // Announced on 8 February; at 9:50 pm on 22 February someone types 2026 for 2027.
    const { deps, inspectionId } = await northEastAt('2027-02-22T21:50:00Z');
    const before = await timelineOf(deps, inspectionId);
    const trail = await deps.timeline.auditTrail(inspectionId);
    const sent = deps.notifier.sent.length;

    const move = reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2026-03-08', confirmWarnings: true });

    await expect(move).rejects.toThrow(RequestError);
    await expect(move).rejects.toMatchObject({
      errors: [
        {
          field: 'fieldworkStart',
          message: 'is in the past; fieldwork can start on Monday 22 February 2027 at the earliest',
        },
      ],
    });
    expect(await timelineOf(deps, inspectionId)).toEqual(before);
    expect(await deps.timeline.auditTrail(inspectionId)).toEqual(trail);
    expect(deps.driver.starts).toEqual([]);
    await runLifecycle(deps, inspectionId, '2027-02-22T21:59:00Z');
    expect(deps.notifier.sent).toHaveLength(sent);
  });

  it('is refused by the preview the same way', async () => {
    const { deps, inspectionId } = await northEastAt('2027-02-22T21:50:00Z');

    const preview = previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2026-03-08' });

    await expect(preview).rejects.toMatchObject({ errors: [{ field: 'fieldworkStart' }] });
  });
});

describe('dates that may not be chosen', () => {
  it('refuses a milestone date in the past', async () => {
    const { deps, inspectionId } = await northEastAt('2027-02-10T12:00:00Z');

    const move = reschedule(deps, SIGNED_IN.lead, { inspectionId, milestoneDates: { evidenceDeadline: '2027-02-09' } });

    await expect(move).rejects.toMatchObject({
      errors: [{ field: 'milestoneDates.evidenceDeadline', message: 'is in the past; choose today or a later date' }],
    });
  });

  it('refuses fieldwork moved so early that a deadline not yet met would already have passed', async () => {
    // On 10 February the organisational structure (due 15 February) is not yet in; fieldwork from
    // 22 February would have made it due on 8 February.
    const { deps, inspectionId } = await northEastAt('2027-02-10T12:00:00Z');

    const move = reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-02-22', confirmWarnings: true });

    await expect(move).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({
          field: 'fieldworkStart',
          message: expect.stringMatching(/^would move “Organisational structure.*”, not yet done, into the past/),
        }),
      ]),
    });
  });

  it('refuses a bank-holiday Monday for the first day of fieldwork, offering the nearest working Mondays', async () => {
    const { deps, inspectionId } = await northEastAt();

    // Monday 30 August 2027 is the summer bank holiday: the planner would have started on the Tuesday.
    const move = reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-08-30', confirmWarnings: true });

    await expect(move).rejects.toMatchObject({
      errors: [
        {
          field: 'fieldworkStart',
          message:
            'is a bank holiday (Summer bank holiday); fieldwork starts on a working Monday: ' +
            'Monday 23 August 2027 or Monday 6 September 2027',
        },
      ],
    });
  });

  it('refuses a change checked against a plan that has changed since', async () => {
    const { deps, inspectionId } = await northEastAt();
    const checked = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08' });
    await reschedule(deps, SIGNED_IN.lead, { inspectionId, fieldworkStart: '2027-03-15', confirmWarnings: true });

    const move = reschedule(deps, SIGNED_IN.isa, {
      inspectionId,
      fieldworkStart: '2027-03-08',
      expectedPlanVersion: checked.planVersion,
    });

    await expect(move).rejects.toMatchObject({ errors: [{ field: 'expectedPlanVersion' }] });
    expect((await timelineOf(deps, inspectionId)).inspection).toMatchObject({ fieldworkStart: '2027-03-15' });
  });
});

describe('checking a change of dates before making it', () => {
  it('lists every date that moves and who is emailed what, and saves and sends nothing', async () => {
    const { deps, inspectionId } = await northEastAt('2027-02-09T12:00:00Z');
    const before = await timelineOf(deps, inspectionId);
    const sent = deps.notifier.sent.length;

    const preview = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08' });

    expect(preview.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ milestoneId: 'fieldworkWeek1Start', from: '2027-03-01', to: '2027-03-08' }),
        expect.objectContaining({ milestoneId: 'fieldworkEnd', from: '2027-03-19', to: '2027-03-25' }),
      ]),
    );
    expect(preview.regionTold).toBe(true);
    expect(preview.emails).toMatchObject([
      {
        kind: 'dates-changed',
        subject: expect.stringContaining('dates'),
        to: [PEOPLE.rpd, PEOPLE.spoc],
        cc: [PEOPLE.lead, PEOPLE.deputyLead, PEOPLE.isa, PEOPLE.headOfProgramme],
      },
    ]);
    expect(await timelineOf(deps, inspectionId)).toEqual(before);
    expect(deps.notifier.sent).toHaveLength(sent);
  });

  it('sends exactly what it listed once the change is confirmed', async () => {
    const { deps, inspectionId } = await northEastAt('2027-02-09T12:00:00Z');
    const preview = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08' });

    await reschedule(deps, SIGNED_IN.isa, {
      inspectionId,
      fieldworkStart: '2027-03-08',
      expectedPlanVersion: preview.planVersion,
      confirmWarnings: true,
    });
    const sentBefore = deps.notifier.sent.length;
    await runLifecycle(deps, inspectionId, '2027-02-09T12:00:00Z');

    const sent = deps.notifier.sent.slice(sentBefore);
    expect(sent.map((m) => ({ subject: m.subject, to: [...m.to].sort(), cc: [...m.cc].sort() }))).toEqual(
      preview.emails.map((e) => ({ subject: e.subject, to: addresses(e.to), cc: addresses(e.cc) })),
    );
  });

  it('tells only the inspectorate of a change made before the region has heard of the inspection', async () => {
    // 4 January: the announcement is not due until 8 February.
    const { deps, inspectionId } = await northEastAt();

    const preview = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08' });
    await reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08', confirmWarnings: true });
    await runLifecycle(deps, inspectionId, '2027-01-04T12:00:00Z');

    expect(preview.regionTold).toBe(false);
    expect(preview.emails).toMatchObject([
      {
        kind: 'dates-changed-internal',
        to: [PEOPLE.lead],
        cc: [PEOPLE.deputyLead, PEOPLE.isa, PEOPLE.headOfProgramme],
      },
    ]);
    const region = [PEOPLE.rpd.email, PEOPLE.spoc.email];
    expect(deps.notifier.sent.map((m) => m.headers['X-DIPP-Notice-Kind'])).toEqual(['dates-changed-internal']);
    expect(deps.notifier.sent.flatMap((m) => [...m.to, ...m.cc]).filter((a) => region.includes(a))).toEqual([]);
  });

  it('warns of a fieldwork week holding a bank holiday, of Christmas, and of a clash, without refusing', async () => {
    const { deps, inspectionId } = await northEastAt();
    // The same lead leads London's inspection, with fieldwork from 8 March.
    await planInspection(deps, { region: 'London', fieldworkStart: '2027-03-08' });

    const holidayWeek = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-05-17' });
    const christmas = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-12-13' });
    const clash = await previewReschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-15' });

    expect(holidayWeek.warnings).toEqual([
      {
        code: 'bank-holiday-week',
        message:
          'Fieldwork week two (from Monday 31 May 2027) contains a bank holiday: Spring bank holiday on Monday 31 May 2027',
      },
    ]);
    expect(christmas.warnings.map((w) => w.code)).toContain('christmas');
    expect(christmas.warnings.map((w) => w.message)).toContain(
      'Fieldwork week two (from Monday 27 December 2027) falls over Christmas and New Year',
    );
    expect(clash.warnings).toContainEqual({
      code: 'clash',
      message:
        'Fieldwork overlaps the London inspection (Monday 8 March 2027 to Friday 26 March 2027), ' +
        'which Lee Inspector and Dee Deputy also lead or deputise',
    });
    const unconfirmed = reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-15' });
    await expect(unconfirmed).rejects.toMatchObject({
      errors: [
        {
          field: 'confirmWarnings',
          message:
            'must be true to go ahead despite these 2 warnings: Fieldwork week two (from Monday 29 March 2027) ' +
            'contains a bank holiday: Easter Monday on Monday 29 March 2027; Fieldwork overlaps the London ' +
            'inspection (Monday 8 March 2027 to Friday 26 March 2027), which Lee Inspector and Dee Deputy also ' +
            'lead or deputise',
        },
      ],
    });
    expect((await timelineOf(deps, inspectionId)).inspection.fieldworkStart).toBe('2027-03-01');
    const made = await reschedule(deps, SIGNED_IN.isa, {
      inspectionId,
      fieldworkStart: '2027-03-15',
      confirmWarnings: true,
    });
    expect(made.inspection.fieldworkStart).toBe('2027-03-15');
  });
});
