import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { recordCompletion } from '../../../functions/app/inspections/recordCompletion.js';
import { undoCompletion } from '../../../functions/app/inspections/undoCompletion.js';
import { waiveMilestone } from '../../../functions/app/inspections/waiveMilestone.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { milestoneOf, planInspection, runLifecycle } from '../arrange.js';

/** The North East's inspection, announced on 8 February 2027; its organisational structure is due 15 February. */
async function announced() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-02-08T12:00:00Z');
  const orgStructure = { inspectionId: inspection.id, milestoneId: 'orgStructureDue' };
  return { deps, inspectionId: inspection.id, orgStructure };
}

describe('recording a milestone with the date it was done and a note', () => {
  it('keeps the date given, the note, who recorded it and when', async () => {
    const { deps, inspectionId, orgStructure } = await announced();
    deps.clock.set('2027-02-15T14:05:00Z');

    const { milestone } = await recordCompletion(deps, SIGNED_IN.lead, {
      ...orgStructure,
      on: '2027-02-12',
      note: 'Sent by the SPOC to the inspections mailbox',
    });

    expect(milestone.status).toBe('met');
    expect(await deps.timeline.completions(inspectionId)).toMatchObject([
      {
        milestoneId: 'orgStructureDue',
        at: '2027-02-12T14:05:00.000Z',
        by: 'Lee Inspector',
        byId: SIGNED_IN.lead.email,
        recordedAt: '2027-02-15T14:05:00.000Z',
        note: 'Sent by the SPOC to the inspections mailbox',
        previous: 'pending',
      },
    ]);
  });

  it('refuses a date after today or before the inspection was planned, and writes nothing', async () => {
    const { deps, inspectionId, orgStructure } = await announced();
    deps.clock.set('2027-02-15T14:05:00Z');

    const tomorrow = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, on: '2027-02-16' });
    const beforePlanned = recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, on: '2027-01-03' });

    for (const record of [tomorrow, beforePlanned]) {
      await expect(record).rejects.toMatchObject({
        errors: [
          { field: 'on', message: 'must be between when the inspection was planned (Monday 4 January 2027) and today' },
        ],
      });
    }
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
  });

  it('refuses anything before the inspection is announced', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    deps.clock.set('2027-02-01T10:00:00Z');

    const record = recordCompletion(deps, SIGNED_IN.isa, {
      inspectionId: inspection.id,
      milestoneId: 'orgStructureDue',
    });

    await expect(record).rejects.toMatchObject({
      errors: [
        {
          field: 'milestoneId',
          message: 'cannot be recorded before the inspection is announced (due Monday 8 February 2027)',
        },
      ],
    });
    expect(await milestoneOf(deps, inspection.id, 'orgStructureDue')).toMatchObject({ status: 'pending' });
  });
});

describe('undoing a record', () => {
  it('lets the person who recorded it undo it the same day: the milestone is as it was, and the undo audited', async () => {
    const { deps, inspectionId, orgStructure } = await announced();
    deps.clock.set('2027-02-12T10:00:00Z');
    await recordCompletion(deps, SIGNED_IN.lead, orgStructure);
    deps.clock.set('2027-02-12T16:00:00Z');

    const { milestone } = await undoCompletion(deps, SIGNED_IN.lead, orgStructure);

    expect(milestone.status).toBe('pending');
    const stored = await milestoneOf(deps, inspectionId, 'orgStructureDue');
    expect(stored.status).toBe('pending');
    expect(stored.completedAt).toBeUndefined();
    expect(await deps.timeline.completions(inspectionId)).toMatchObject([
      { status: 'met', undone: { at: '2027-02-12T16:00:00.000Z', by: 'Lee Inspector' } },
    ]);
    expect((await deps.timeline.auditTrail(inspectionId)).at(-1)).toMatchObject({
      action: 'completion undone',
      actor: 'Lee Inspector',
      subject: 'milestone orgStructureDue',
      after: 'pending',
    });
  });

  it('lets an administrator undo someone else’s record, and a waiver, the same day', async () => {
    const { deps, inspectionId, orgStructure } = await announced();
    deps.clock.set('2027-02-12T10:00:00Z');
    await waiveMilestone(deps, SIGNED_IN.lead, { ...orgStructure, reason: 'Sent with the evidence pack' });

    await undoCompletion(deps, SIGNED_IN.isa, orgStructure);

    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'pending' });
  });

  it.each([
    ['another lead of the inspection', SIGNED_IN.deputyLead, '2027-02-12T16:00:00Z', 'the person who recorded it'],
    ['the person who recorded it, the next day', SIGNED_IN.lead, '2027-02-13T09:00:00Z', 'on the day it was recorded'],
  ])('is refused to %s, and nothing changes', async (_who, principal, at, why) => {
    const { deps, inspectionId, orgStructure } = await announced();
    deps.clock.set('2027-02-12T10:00:00Z');
    await recordCompletion(deps, SIGNED_IN.lead, orgStructure);
    const trail = await deps.timeline.auditTrail(inspectionId);
    deps.clock.set(at);

    const undo = undoCompletion(deps, principal, orgStructure);

    await expect(undo).rejects.toThrow(RequestError);
    await expect(undo).rejects.toMatchObject({
      errors: [{ field: 'milestoneId', message: expect.stringContaining(why) }],
    });
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'met' });
    expect(await deps.timeline.auditTrail(inspectionId)).toEqual(trail);
  });

  it('never sends a notice again: the overdue notice sent before the record is not sent after the undo', async () => {
    const { deps, inspectionId, orgStructure } = await announced();
    // Overdue on Tuesday 16 February at 09:00 (one working day after the deadline): its notice goes.
    await runLifecycle(deps, inspectionId, '2027-02-16T10:00:00Z');
    const overdue = () => deps.notifier.noticeIds().filter((id) => id.startsWith('deadline-overdue:orgStructureDue'));
    expect(overdue()).toHaveLength(1);
    await recordCompletion(deps, SIGNED_IN.lead, orgStructure);
    deps.clock.set('2027-02-16T11:00:00Z');

    await undoCompletion(deps, SIGNED_IN.lead, orgStructure);
    await runLifecycle(deps, inspectionId, '2027-02-16T17:00:00Z');

    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'overdue' });
    expect(overdue()).toHaveLength(1);
    // Recorded again after the undo: it stands, with nothing sent twice.
    await recordCompletion(deps, SIGNED_IN.lead, { ...orgStructure, note: 'Arrived this afternoon' });
    await runLifecycle(deps, inspectionId, '2027-02-19T17:00:00Z');
    expect(await milestoneOf(deps, inspectionId, 'orgStructureDue')).toMatchObject({ status: 'met-late' });
    expect(overdue()).toHaveLength(1);
    expect(deps.notifier.noticeIds().filter((id) => id.includes('escalation:orgStructureDue'))).toEqual([]);
  });

  it('refuses to undo a milestone nobody recorded', async () => {
    const { deps, orgStructure } = await announced();

    const undo = undoCompletion(deps, SIGNED_IN.isa, orgStructure);

    await expect(undo).rejects.toMatchObject({
      errors: [{ field: 'milestoneId', message: 'has no record of being done to undo' }],
    });
  });
});
