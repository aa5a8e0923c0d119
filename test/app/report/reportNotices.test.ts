import { describe, expect, it } from 'vitest';
import { processDue } from '../../../functions/app/lifecycle/processDue.js';
import { readReportProgress, recordReportStage } from '../../../functions/app/report/recordReportStage.js';
import type { Principal } from '../../../functions/domain/access.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

/**
 * The report's notices the lifecycle driver sends (issue 15): North East, fieldwork from Monday
 * 1 March to Friday 19 March 2027. Contract editing is due Tuesday 6 April, strategic editing
 * Thursday 8 April, publication Friday 30 April; notices go at 09:00 UK time (08:00 UTC in BST).
 */

const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
const reportIds = (deps: MemoryDeps) => deps.notifier.noticeIds().filter((id) => id.startsWith('report:'));
const sentFor = (deps: MemoryDeps, id: string) => deps.notifier.sentFor(`report:${id}`);

async function record(deps: MemoryDeps, who: Principal, id: string, fields: Record<string, unknown>) {
  return recordReportStage(deps, who, { inspectionId: id, ...fields });
}

/**
 * The lead records the first draft early, on Thursday 25 March (before Easter), having run the
 * lifecycle up to then as the driver would.
 */
async function draftWritten(region = 'North East', people: Record<string, unknown> = PEOPLE) {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps, { region, people });
  await runLifecycle(deps, inspection.id, '2027-03-25T10:00:00Z');
  await record(deps, SIGNED_IN.lead, inspection.id, { kind: 'done', stageId: 'firstDraft', on: '2027-03-25' });
  return { deps, id: inspection.id };
}

describe('the report stages’ reminders', () => {
  it('reminds the ISA of contract editing for the contract editor, then sends one overdue notice copied to the Head of Programme', async () => {
    const { deps, id } = await draftWritten();

    await runLifecycle(deps, id, '2027-04-08T10:00:00Z');

    expect(reportIds(deps)).toEqual([
      'report:contractEditing.round-1.reminder-5',
      'report:contractEditing.round-1.reminder-1',
      'report:contractEditing.round-1.overdue',
    ]);
    const sentAt = Object.fromEntries((await deps.ledger.listNotices(id)).map((n) => [n.id, n.sentAt]));
    // Five working days before Tuesday 6 April (Easter Monday skipped), the day before, the day after.
    expect(sentAt['report:contractEditing.round-1.reminder-5']).toBe('2027-03-30T08:00:00.000Z');
    expect(sentAt['report:contractEditing.round-1.reminder-1']).toBe('2027-04-05T08:00:00.000Z');
    expect(sentAt['report:contractEditing.round-1.overdue']).toBe('2027-04-07T08:00:00.000Z');
    for (const reminder of ['reminder-5', 'reminder-1']) {
      const [message] = sentFor(deps, `contractEditing.round-1.${reminder}`);
      expect(message).toMatchObject({ to: [PEOPLE.isa.email], cc: [] });
      expect(message?.text).toContain(
        "Contract editing (grammar and house style) is due on Tuesday 6 April 2027 (the contract editor's step: please pass this on)",
      );
    }
    const [overdue, ...again] = sentFor(deps, 'contractEditing.round-1.overdue');
    expect(again).toEqual([]);
    expect(overdue).toMatchObject({ to: [PEOPLE.isa.email], cc: [PEOPLE.headOfProgramme.email] });
    expect(overdue?.subject).toContain('Overdue');
    expect(overdue?.text).toContain(
      "Contract editing (grammar and house style) was due on Tuesday 6 April 2027 and is not recorded as done (the contract editor's step)",
    );
    expect(overdue?.text).toContain('It is 1 working day late');
  });

  it('sends nothing twice when the driver runs again, or its task runs twice at the same moment', async () => {
    const { deps, id } = await draftWritten();
    await runLifecycle(deps, id, '2027-04-08T10:00:00Z');
    const sentBefore = deps.notifier.noticeIds();
    const ledgerBefore = await deps.ledger.listNotices(id);

    await runLifecycle(deps, id, '2027-04-08T10:00:00Z');
    const { inspection } = await timelineOf(deps, id);
    const input = { inspectionId: id, driver: inspection.driver };
    await processDue(deps, input, 'notice');
    await processDue(deps, input, 'notice');

    expect(deps.notifier.noticeIds()).toEqual(sentBefore);
    expect(duplicates(deps.notifier.noticeIds())).toEqual([]);
    expect(await deps.ledger.listNotices(id)).toEqual(ledgerBefore);
  });

  it('once contract editing is recorded, reminds the Head of Programme of strategic editing at its pushed date', async () => {
    const { deps, id } = await draftWritten();
    await runLifecycle(deps, id, '2027-04-08T10:00:00Z');
    const before = reportIds(deps);
    // Two working days late: strategic editing is now due Monday 12 April, not Thursday 8 April.
    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-08' });

    await runLifecycle(deps, id, '2027-04-14T10:00:00Z');

    // Its five-day reminder (Thursday 1 April) had passed when the date was known: left out.
    expect(reportIds(deps).slice(before.length)).toEqual([
      'report:strategicEditing.round-1.reminder-1',
      'report:strategicEditing.round-1.overdue',
    ]);
    const sentAt = Object.fromEntries((await deps.ledger.listNotices(id)).map((n) => [n.id, n.sentAt]));
    expect(sentAt['report:strategicEditing.round-1.reminder-1']).toBe('2027-04-09T08:00:00.000Z');
    expect(sentAt['report:strategicEditing.round-1.overdue']).toBe('2027-04-13T08:00:00.000Z');
    const [reminder] = sentFor(deps, 'strategicEditing.round-1.reminder-1');
    expect(reminder).toMatchObject({ to: [PEOPLE.headOfProgramme.email], cc: [] });
    expect(reminder?.text).toContain(
      'Strategic editing (structure, accuracy and quality) is due on Monday 12 April 2027',
    );
    expect(reminder?.text).not.toContain('please pass this on');
    // The Head of Programme is its owner: told once, not copied to themselves.
    const [overdue] = sentFor(deps, 'strategicEditing.round-1.overdue');
    expect(overdue).toMatchObject({ to: [PEOPLE.headOfProgramme.email], cc: [] });
    expect(duplicates(deps.notifier.noticeIds())).toEqual([]);
  });

  it('reminds a stage returned for another round of its new date', async () => {
    const { deps, id } = await draftWritten();
    await runLifecycle(deps, id, '2027-04-06T10:00:00Z');
    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' });
    deps.clock.set('2027-04-07T10:00:00Z');
    await record(deps, SIGNED_IN.headOfProgramme, id, {
      kind: 'returned',
      stageId: 'contractEditing',
      on: '2027-04-07',
      reason: 'House style not applied to the recommendations',
      dueAgain: '2027-04-13',
    });
    const before = reportIds(deps);

    await runLifecycle(deps, id, '2027-04-14T10:00:00Z');

    expect(reportIds(deps).slice(before.length)).toEqual([
      'report:contractEditing.round-2.reminder-1',
      'report:contractEditing.round-2.overdue',
    ]);
    const [reminder] = sentFor(deps, 'contractEditing.round-2.reminder-1');
    expect(reminder?.text).toContain('is due on Tuesday 13 April 2027');
  });

  it('reminds nobody of the stages after one not done', async () => {
    const { deps, id } = await draftWritten();

    await runLifecycle(deps, id, '2027-05-31T10:00:00Z');

    expect(reportIds(deps)).toEqual([
      'report:contractEditing.round-1.reminder-5',
      'report:contractEditing.round-1.reminder-1',
      'report:contractEditing.round-1.overdue',
    ]);
  });

  it('sends no report notice while the first draft is not recorded (its milestone reminds the lead)', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    await runLifecycle(deps, inspection.id, '2027-04-20T10:00:00Z');

    expect(reportIds(deps)).toEqual([]);
    expect(deps.notifier.noticeIds()).toContain('draft-report-reminder:draftReportDue:2027-04-01');
  });
});

describe('the feedback request after publication', () => {
  /** Publication recorded by the Head of Programme on its date; the driver run to the day before the request. */
  async function published(region: string, on: string, people: Record<string, unknown> = PEOPLE) {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps, { region, people });
    await runLifecycle(deps, inspection.id, `${on}T10:00:00Z`);
    await record(deps, SIGNED_IN.headOfProgramme, inspection.id, { kind: 'done', stageId: 'publication', on });
    return { deps, id: inspection.id };
  }

  it('goes once to the region, copied to the Head of Programme, five working days after publication; the stage is then done', async () => {
    const { deps, id } = await published('North East', '2027-04-30');

    await runLifecycle(deps, id, '2027-05-10T09:00:00Z');
    const { inspection } = await timelineOf(deps, id);
    const input = { inspectionId: id, driver: inspection.driver };
    await processDue(deps, input, 'notice');
    await processDue(deps, input, 'notice');
    const last = await runLifecycle(deps, id, '2027-06-30T12:00:00Z');

    const [request, ...again] = sentFor(deps, 'feedbackRequest');
    expect(again).toEqual([]);
    expect(request?.to).toContain(PEOPLE.spoc.email);
    expect(request?.cc).toEqual([PEOPLE.headOfProgramme.email]);
    expect(request?.headers['X-DIPP-Languages']).toBe('en');
    expect(request?.text).toContain('We would welcome your feedback on how the inspection was conducted');
    // Monday 3 May is a bank holiday: five working days after Friday 30 April is Monday 10 May.
    const notice = (await deps.ledger.listNotices(id)).find((n) => n.id === 'report:feedbackRequest');
    expect(notice?.sentAt).toBe('2027-05-10T08:00:00.000Z');
    const after = await timelineOf(deps, id);
    expect(after.inspection.reportRecords).toEqual([{ kind: 'done', stageId: 'feedbackRequest', on: '2027-05-10' }]);
    const progress = await readReportProgress(deps, after.inspection);
    expect(progress.states.find((s) => s.stageId === 'feedbackRequest')).toMatchObject({
      status: 'done',
      doneOn: '2027-05-10',
    });
    expect((await deps.timeline.auditTrail(id)).find((e) => e.action === 'report stage done')).toMatchObject({
      actor: 'system',
      after: { kind: 'done', stageId: 'feedbackRequest', on: '2027-05-10' },
    });
    expect(last).toMatchObject({ done: true });
    expect(duplicates(deps.notifier.noticeIds())).toEqual([]);
  });

  it('goes to the RPD when the region has no SPOC', async () => {
    const { spoc: _noSpoc, ...withoutSpoc } = PEOPLE;
    const { deps, id } = await published('North East', '2027-04-30', withoutSpoc);

    await runLifecycle(deps, id, '2027-05-10T09:00:00Z');

    const [request, ...again] = sentFor(deps, 'feedbackRequest');
    expect(again).toEqual([]);
    expect(request).toMatchObject({ to: [PEOPLE.rpd.email], cc: [PEOPLE.headOfProgramme.email] });
    expect(request?.text).toContain(`Dear ${PEOPLE.rpd.name}`);
  });

  it('is in Welsh and English, Welsh first, for Wales', async () => {
    // Wales publishes eight weeks after fieldwork (§7.4): Friday 14 May 2027.
    const { deps, id } = await published('Wales', '2027-05-14');

    const last = await runLifecycle(deps, id, '2027-06-30T12:00:00Z');

    const [request, ...again] = sentFor(deps, 'feedbackRequest');
    expect(again).toEqual([]);
    expect(request?.headers['X-DIPP-Languages']).toBe('cy, en');
    const welsh = request?.text.indexOf('Byddem yn croesawu eich adborth') ?? -1;
    const english = request?.text.indexOf('We would welcome your feedback') ?? -1;
    expect(welsh).toBeGreaterThan(-1);
    expect(english).toBeGreaterThan(welsh);
    const notice = (await deps.ledger.listNotices(id)).find((n) => n.id === 'report:feedbackRequest');
    expect(notice?.sentAt).toBe('2027-05-21T08:00:00.000Z');
    expect(last).toMatchObject({ done: true });
  });
});
