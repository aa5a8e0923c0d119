import { describe, expect, it } from 'vitest';
import { recordCompletion } from '../../../functions/app/inspections/recordCompletion.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { resumeDrivers } from '../../../functions/app/lifecycle/resumeDrivers.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { ukInstant } from '../../../functions/domain/localDate.js';
import { milestoneOf, planInspection, runLifecycle, timelineOf } from '../arrange.js';

/**
 * Issue 18: notices that say work was done go when someone records the work, never because a
 * date came; nothing reaches the region before its announcement. The North East inspection has
 * fieldwork from Monday 1 March 2027: the week-two schedule is planned for Friday 26 February, the
 * draft report for Friday 9 April, publication for Friday 30 April.
 */

const WORK_DONE = ['week-two-schedule', 'factual-accuracy-check', 'publication'];
const REGION = [PEOPLE.rpd.email, PEOPLE.spoc.email];

const kindsSent = (deps: MemoryDeps) => deps.notifier.sent.map((m) => m.headers['X-DIPP-Notice-Kind']);
const sentKind = (deps: MemoryDeps, kind: string) =>
  deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Kind'] === kind);

describe('notices of work done', () => {
  it('sends none when nobody records the work: it reminds the person responsible, then chases them and the Head of Programme', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    const last = await runLifecycle(deps, inspection.id, '2027-06-30T12:00:00Z');

    expect(kindsSent(deps).filter((kind) => WORK_DONE.includes(kind ?? ''))).toEqual([]);
    expect(last).toMatchObject({ done: true, reason: 'waiting for work to be recorded' });
    const chasers = [...sentKind(deps, 'task-reminder'), ...sentKind(deps, 'task-overdue')];
    expect(chasers).toHaveLength(6);
    for (const message of chasers) {
      // Within the inspectorate a notice is signed by the service, not by the lead writing to themselves.
      expect(message.text).toContain('Yours sincerely,\nThe DIPP inspection service');
      expect(message.text).not.toContain('Lead inspector');
      expect(message.to.some((to) => REGION.includes(to))).toBe(false);
      expect(message.cc.some((to) => REGION.includes(to))).toBe(false);
    }
    expect(
      sentKind(deps, 'task-overdue').map((m) => [...m.to, ...m.cc].includes(PEOPLE.headOfProgramme.email)),
    ).toEqual([true, true, true]);
    for (const id of ['weekTwoScheduleShared', 'factualAccuracySent', 'publication']) {
      expect((await milestoneOf(deps, inspection.id, id)).status, id).toBe('overdue');
    }
    // Nor is the region reminded of, or chased for, comments on a draft report it was never sent.
    expect(deps.notifier.noticeIds().filter((id) => id.includes(':factualAccuracyDue:'))).toEqual([]);
    expect((await milestoneOf(deps, inspection.id, 'factualAccuracyDue')).status).toBe('pending');
  });

  it('sends the week-two schedule notice once, when the lead records it, saying when', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    // Wednesday 24 February 2027, 11:00: two days before its planned date.
    await runLifecycle(deps, inspection.id, '2027-02-24T11:00:00Z');
    expect(sentKind(deps, 'week-two-schedule')).toEqual([]);

    await recordCompletion(deps, SIGNED_IN.lead, {
      inspectionId: inspection.id,
      milestoneId: 'weekTwoScheduleShared',
    });
    await runLifecycle(deps, inspection.id, '2027-02-24T11:00:00Z');
    await runLifecycle(deps, inspection.id, '2027-03-31T12:00:00Z');

    const [notice, ...again] = sentKind(deps, 'week-two-schedule');
    expect(again).toEqual([]);
    expect(notice?.to).toEqual([PEOPLE.spoc.email]);
    expect(notice?.text).toContain('was shared with you on Wednesday 24 February 2027');
    expect(notice?.text).not.toContain('signing in');
    expect(kindsSent(deps).filter((kind) => kind === 'task-reminder' || kind === 'task-overdue')).toHaveLength(0);
    const { events } = await timelineOf(deps, inspection.id);
    expect(events.find((e) => e.notice === 'task-reminder' && e.milestoneId === 'weekTwoScheduleShared')).toMatchObject(
      { status: 'skipped' },
    );
  });

  it('hands the inspection to a fresh driver when the work is recorded, so the notice does not wait for the next event', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-02-24T11:00:00Z');
    deps.driver.clear();

    await recordCompletion(deps, SIGNED_IN.lead, { inspectionId: inspection.id, milestoneId: 'weekTwoScheduleShared' });

    const { inspection: after } = await timelineOf(deps, inspection.id);
    expect(deps.driver.starts).toEqual([{ input: { inspectionId: inspection.id }, name: after.driver }]);
  });

  it('waits for 09:00 on the next working day when the work is recorded in the evening', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    // Friday 9 April 2027 at 19:00 BST: the draft report is recorded as sent.
    await runLifecycle(deps, inspection.id, '2027-04-09T18:00:00Z');
    await recordCompletion(deps, SIGNED_IN.lead, { inspectionId: inspection.id, milestoneId: 'factualAccuracySent' });

    await runLifecycle(deps, inspection.id, '2027-04-12T07:59:00Z');
    const before = sentKind(deps, 'factual-accuracy-check');
    await runLifecycle(deps, inspection.id, '2027-04-12T08:00:00Z');

    expect(before).toEqual([]);
    const [notice] = sentKind(deps, 'factual-accuracy-check');
    expect(notice?.text).toContain('was sent to you on Friday 9 April 2027');
    expect(await deps.ledger.listNotices(inspection.id)).toContainEqual(
      expect.objectContaining({ kind: 'factual-accuracy-check', sentAt: '2027-04-12T08:00:00.000Z' }),
    );
  });

  it('marks nothing met because its date passed: fieldwork weeks wait for someone to record them', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    await runLifecycle(deps, inspection.id, '2027-04-01T12:00:00Z');

    for (const id of [
      'planningMeeting',
      'fieldworkWeek1Start',
      'reviewWeekStart',
      'fieldworkWeek2Start',
      'fieldworkEnd',
    ]) {
      expect((await milestoneOf(deps, inspection.id, id)).status, id).toBe('pending');
    }
    expect(await milestoneOf(deps, inspection.id, 'announcement')).toMatchObject({ status: 'met' });
  });
});

describe('the region before its announcement', () => {
  it('gets nothing while the announcement has not gone; the inspectorate’s own notices still go', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    // The announcement, on Monday 8 February 2027, is refused for good by the mail service.
    deps.notifier.failNext('permanent');

    await runLifecycle(deps, inspection.id, '2027-03-31T12:00:00Z');

    const toRegion = deps.notifier.sent.filter((m) => [...m.to, ...m.cc].some((to) => REGION.includes(to)));
    expect(toRegion).toEqual([]);
    expect(await deps.ledger.listNotices(inspection.id)).toContainEqual(
      expect.objectContaining({ kind: 'announcement', status: 'failed' }),
    );
    const { events } = await timelineOf(deps, inspection.id);
    const held = events.filter((e) => e.outcome === 'the region has not been told of the inspection yet');
    expect(held.map((e) => e.notice)).toEqual(
      expect.arrayContaining(['org-structure-request', 'deadline-reminder', 'deadline-overdue', 'fieldwork-start']),
    );
    expect(kindsSent(deps)).toContain('planning-notes-reminder');
    expect((await milestoneOf(deps, inspection.id, 'evidenceDeadline')).status).toBe('pending');
  });

  it('hears nothing of a change of dates made before its announcement', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    // Wednesday 3 February 2027: five days before the announcement, fieldwork moves two weeks.
    deps.clock.set('2027-02-03T11:00:00Z');
    await reschedule(deps, SIGNED_IN.isa, {
      inspectionId: inspection.id,
      fieldworkStart: '2027-03-15',
      confirmWarnings: true,
    });

    await runLifecycle(deps, inspection.id, '2027-02-22T12:00:00Z');

    expect(kindsSent(deps)).not.toContain('dates-changed');
    const announcement = sentKind(deps, 'announcement');
    expect(announcement).toHaveLength(1);
    expect(announcement[0]?.text).toContain('Monday 15 March 2027');
  });
});

describe('resuming drivers', () => {
  it('starts none for an inspection whose only work left waits for a record', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-06-30T12:00:00Z');
    deps.driver.clear();

    expect(await resumeDrivers(deps)).toEqual([]);
    expect(deps.driver.starts).toEqual([]);
  });

  it('starts one for an inspection whose only work left is a report notice still to go (the feedback request)', async () => {
    // Every milestone recorded at noon on its day: after the last timed event, only the request
    // for the region's feedback, due ten days after publication, is left. A restart in between
    // (a crash of the local runtime, the nightly resumption after a lost driver) must not lose it.
    const deps = memoryDeps();
    const created = await planInspection(deps);
    const id = created.inspection.id;
    const byDate = [...created.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    for (const milestone of byDate.filter((m) => m.id !== 'announcement')) {
      await runLifecycle(deps, id, ukInstant(milestone.dueDate, '12:00'));
      await recordCompletion(deps, SIGNED_IN.isa, { inspectionId: id, milestoneId: milestone.id });
    }
    await runLifecycle(deps, id, '2027-05-05T12:00:00Z');
    const state = await timelineOf(deps, id);
    expect(state.events.filter((event) => event.status === 'pending' && event.condition !== 'when-recorded')).toEqual(
      [],
    );
    deps.driver.clear();

    expect(await resumeDrivers(deps)).toEqual([id]);
    await runLifecycle(deps, id, '2027-05-31T12:00:00Z');
    expect(sentKind(deps, 'feedback-request')).toHaveLength(1);
  });
});
