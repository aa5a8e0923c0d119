import { describe, expect, it } from 'vitest';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { findNext } from '../../../functions/app/lifecycle/nextStep.js';
import type { Principal } from '../../../functions/domain/access.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

/** An inspection whose announcement went on 8 February, its fieldwork then moved a week later by `who`. */
async function moveFieldworkAWeek(who: Principal = SIGNED_IN.lead) {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-02-09T12:00:00Z');
  const before = await timelineOf(deps, inspection.id);
  deps.driver.clear();
  const after = await reschedule(deps, who, {
    inspectionId: inspection.id,
    fieldworkStart: '2027-03-08',
    confirmWarnings: true,
  });
  return { deps, inspection, before, after };
}

describe('moving an inspection’s dates', () => {
  it('replaces the events whose dates moved and adds one dates-changed notice', async () => {
    const { after } = await moveFieldworkAWeek();

    const status = (id: string) => after.events.find((e) => e.id === id)?.status;
    expect(after.inspection).toMatchObject({ fieldworkStart: '2027-03-08', planVersion: 2 });
    expect(after.events.filter((e) => e.notice === 'dates-changed')).toMatchObject([
      {
        status: 'pending',
        changes: expect.arrayContaining([{ milestoneId: 'fieldworkWeek1Start', from: '2027-03-01', to: '2027-03-08' }]),
      },
    ]);
    expect(status('deadline-reminder:orgStructureDue:2027-02-12')).toBe('cancelled');
    expect(status('deadline-reminder:orgStructureDue:2027-02-19')).toBe('pending');
    expect(status('announcement:announcement:2027-02-08')).toBe('done');
  });

  it('keeps the milestones already met as met', async () => {
    const { before, after } = await moveFieldworkAWeek();

    const announcement = (state: typeof before) => state.milestones.find((m) => m.id === 'announcement');
    expect(announcement(before)).toMatchObject({ status: 'met', dueDate: '2027-02-08' });
    expect(announcement(after)).toMatchObject({ status: 'met', dueDate: '2027-02-15' });
  });

  it('hands the inspection to a new driver, which sends the dates-changed notice once', async () => {
    const { deps, inspection, after } = await moveFieldworkAWeek();

    expect(deps.driver.starts).toEqual([{ input: { inspectionId: inspection.id }, name: after.inspection.driver }]);
    expect(deps.driver.stops).toEqual([{ name: inspection.driver, reason: 'dates changed: plan version 2' }]);
    expect(await findNext(deps, { inspectionId: inspection.id, driver: inspection.driver })).toMatchObject({
      done: true,
      reason: `superseded by driver ${after.inspection.driver}`,
    });

    await runLifecycle(deps, inspection.id, '2027-02-09T12:00:00Z');
    await runLifecycle(deps, inspection.id, '2027-02-09T12:00:00Z');
    expect(deps.notifier.noticeIds().filter((id) => id.startsWith('dates-changed'))).toEqual(['dates-changed:v2']);
  });

  it('refuses a move that changes no date, naming the field', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    const move = reschedule(deps, SIGNED_IN.isa, {
      inspectionId: inspection.id,
      fieldworkStart: '2027-03-01',
      confirmWarnings: true,
    });

    await expect(move).rejects.toThrow(RequestError);
    await expect(move).rejects.toMatchObject({ errors: [{ field: 'fieldworkStart', message: 'changes no date' }] });
  });

  it.each([
    ['an administrator', SIGNED_IN.isa],
    ['a Head of Programme', SIGNED_IN.headOfProgramme],
    ['the lead', SIGNED_IN.lead],
    ['the deputy lead', SIGNED_IN.deputyLead],
  ])('may be done by %s', async (_who, principal) => {
    const { after } = await moveFieldworkAWeek(principal);
    expect(after.inspection.planVersion).toBe(2);
  });

  it.each([
    ['the region', regionUser('north-east')],
    ['the lead of another inspection', SIGNED_IN.otherLead],
  ])('is refused to %s, and nothing is written', async (_who, principal) => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    const before = await timelineOf(deps, inspection.id);
    const trail = await deps.timeline.auditTrail(inspection.id);
    deps.driver.clear();

    const move = reschedule(deps, principal, {
      inspectionId: inspection.id,
      fieldworkStart: '2027-03-08',
      confirmWarnings: true,
    });

    await expect(move).rejects.toThrow(ForbiddenError);
    expect(await timelineOf(deps, inspection.id)).toEqual(before);
    expect(await deps.timeline.auditTrail(inspection.id)).toEqual(trail);
    expect(deps.driver.starts).toEqual([]);
  });
});
