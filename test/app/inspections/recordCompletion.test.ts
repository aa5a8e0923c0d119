import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { recordCompletion } from '../../../functions/app/inspections/recordCompletion.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { waiveMilestone } from '../../../functions/app/inspections/waiveMilestone.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { milestoneOf, planInspection, runLifecycle } from '../arrange.js';

/**
 * An inspection announced on Monday 8 February 2027 (nothing can be recorded before), whose
 * organisational structure is due from the region on Monday 15 February.
 */
async function planned() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-02-08T12:00:00Z');
  const orgStructure = { inspectionId: inspection.id, milestoneId: 'orgStructureDue' };
  return { deps, inspectionId: inspection.id, orgStructure };
}

describe('recording a milestone as done', () => {
  it('meets a milestone done on or before its date', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-15T16:00:00Z');

    const { milestone } = await recordCompletion(deps, SIGNED_IN.isa, orgStructure);

    expect(milestone).toMatchObject({ status: 'met', completedBy: 'Isa Admin' });
    expect(await deps.timeline.completions(inspectionId)).toMatchObject([
      { milestoneId: 'orgStructureDue', status: 'met', at: '2027-02-15T16:00:00.000Z', by: 'Isa Admin' },
    ]);
  });

  it('meets it late when done after its date', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-17T10:00:00Z');

    await recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-02-16T09:30:00Z' });

    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({
      status: 'met-late',
      completedAt: '2027-02-16T09:30:00.000Z',
      completedBy: 'Lee Inspector',
    });
  });

  it('changes nothing when recorded twice', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-12T10:00:00Z');
    await recordCompletion(deps, SIGNED_IN.isa, orgStructure);
    const trail = await deps.timeline.auditTrail(inspectionId);

    deps.clock.set('2027-02-17T10:00:00Z');
    const again = await recordCompletion(deps, SIGNED_IN.lead, orgStructure);

    expect(again).toMatchObject({ alreadyRecorded: true, milestone: { status: 'met', completedBy: 'Isa Admin' } });
    expect(await deps.timeline.completions(inspectionId)).toHaveLength(1);
    expect(await deps.timeline.auditTrail(inspectionId)).toEqual(trail);
  });

  it('refuses a completion made against a due date that has since moved', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    await reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-08', confirmWarnings: true });

    const record = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, expectedDueDate: '2027-02-15' });

    await expect(record).rejects.toThrow(RequestError);
    await expect(record).rejects.toMatchObject({
      errors: [{ field: 'expectedDueDate', message: 'is out of date; it is now due 2027-02-22' }],
    });
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
  });
});

describe('the time given for a completion', () => {
  // memoryDeps' clock stands at 2027-01-04T09:00:00Z when the inspection is planned.
  const range = (now: string) =>
    `must be between when the inspection was planned (2027-01-04T09:00:00.000Z) and now (${now})`;

  it('refuses a time before the inspection was planned, and writes nothing', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    await runLifecycle(deps, inspectionId, '2027-02-17T10:00:00Z');
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'overdue' });
    const trail = await deps.timeline.auditTrail(inspectionId);

    // An overdue deadline recorded as met in 2001 stays overdue.
    const record = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2001-02-15T09:00:00Z' });

    await expect(record).rejects.toThrow(RequestError);
    await expect(record).rejects.toMatchObject({
      errors: [{ field: 'at', message: range('2027-02-17T10:00:00.000Z') }],
    });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'overdue' });
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
    expect(await deps.timeline.auditTrail(inspectionId)).toEqual(trail);
  });

  it('refuses a time one second before the inspection was planned', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-12T10:00:00Z');

    const record = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-01-04T08:59:59Z' });

    await expect(record).rejects.toMatchObject({
      errors: [{ field: 'at', message: range('2027-02-12T10:00:00.000Z') }],
    });
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
  });

  it('refuses a time after now, and writes nothing', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-12T10:00:00Z');
    const trail = await deps.timeline.auditTrail(inspectionId);

    const record = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-02-12T10:00:01Z' });

    await expect(record).rejects.toThrow(RequestError);
    await expect(record).rejects.toMatchObject({
      errors: [{ field: 'at', message: range('2027-02-12T10:00:00.000Z') }],
    });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'pending' });
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
    expect(await deps.timeline.auditTrail(inspectionId)).toEqual(trail);
  });

  it('accepts the ends of the range: when the inspection was planned, and now', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-12T10:00:00Z');

    await recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-01-04T09:00:00Z' });
    await recordCompletion(deps, SIGNED_IN.lead, {
      inspectionId,
      milestoneId: 'evidenceDeadline',
      at: '2027-02-12T10:00:00Z',
    });

    expect((await deps.timeline.completions(inspectionId)).map((c) => [c.milestoneId, c.at, c.status])).toEqual(
      expect.arrayContaining([
        ['orgStructureDue', '2027-01-04T09:00:00.000Z', 'met'],
        ['evidenceDeadline', '2027-02-12T10:00:00.000Z', 'met'],
      ]),
    );
  });

  it('meets it late when recorded after its date, though the time given is before it', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    // Recorded a week after the deadline of Monday 15 February, saying it was done the Friday before.
    deps.clock.set('2027-02-22T10:00:00Z');

    const { milestone } = await recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-02-12T10:00:00Z' });

    expect(milestone).toMatchObject({ status: 'met-late', completedAt: '2027-02-12T10:00:00.000Z' });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'met-late' });
    expect(await deps.timeline.completions(inspectionId)).toMatchObject([
      { milestoneId: 'orgStructureDue', status: 'met-late', at: '2027-02-12T10:00:00.000Z' },
    ]);
  });

  it('meets it when recorded on its date, with the time given kept', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    deps.clock.set('2027-02-15T23:30:00Z'); // still Monday 15 February in the UK (GMT)

    const { milestone } = await recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, at: '2027-02-15T09:00:00Z' });

    expect(milestone).toMatchObject({ status: 'met', completedAt: '2027-02-15T09:00:00.000Z' });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'met' });
  });
});

describe('waiving a milestone', () => {
  it('needs a reason', async () => {
    const { deps, inspectionId, orgStructure } = await planned();

    const waive = waiveMilestone(deps, SIGNED_IN.lead, { ...orgStructure, reason: ' ' });

    await expect(waive).rejects.toMatchObject({
      errors: [{ field: 'reason', message: 'must say why the milestone is waived' }],
    });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'pending' });
  });

  it('waives it with the reason recorded', async () => {
    const { deps, inspectionId, orgStructure } = await planned();
    const reason = 'The region sent its structure with the evidence pack instead';

    const { milestone } = await waiveMilestone(deps, SIGNED_IN.lead, { ...orgStructure, reason });

    expect(milestone.status).toBe('waived');
    expect(await deps.timeline.completions(inspectionId)).toMatchObject([{ status: 'waived', reason }]);
  });
});
