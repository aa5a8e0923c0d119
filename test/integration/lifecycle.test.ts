import { describe, expect, it } from 'vitest';
import { recordCompletion } from '../../functions/app/inspections/recordCompletion.js';
import { reschedule } from '../../functions/app/inspections/reschedule.js';
import { resumeDrivers } from '../../functions/app/lifecycle/resumeDrivers.js';
import { ukInstant, type LocalDate } from '../../functions/domain/localDate.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import type { InspectionState } from '../../functions/ports/records.js';
import { recipients, runToEnd, runUntil, sentNotices, SIGNED_IN, start, useEmulators } from './harness.js';

const env = useEmulators();

const dueOf = (state: InspectionState, id: string) => state.milestones.find((m) => m.id === id)?.dueDate as LocalDate;
const complete = (s: LocalStack, inspectionId: string, milestoneId: string) =>
  s.run(() => recordCompletion(s.deps, SIGNED_IN.isa, { inspectionId, milestoneId }));

describe('a whole lifecycle on the simulated clock (North East, fieldwork 1 March 2027)', () => {
  it('sends every notice once, at its time, to its people; reminders stop once a deadline is met', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'North East', '2027-03-01');
    const id = created.inspection.id;
    // The region and the inspectorate meet every deadline, and record every meeting, fieldwork week
    // and piece of work, at noon on its day: nothing is met by itself (issue 18).
    const done = created.milestones.map((m) => m.id).filter((m) => m !== 'announcement');
    for (const milestoneId of done.sort((a, b) => dueOf(created, a).localeCompare(dueOf(created, b)))) {
      await runUntil(stack, ukInstant(dueOf(created, milestoneId), '12:00'));
      await complete(stack, id, milestoneId);
    }
    await runToEnd(stack);

    const final = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    const notices = await sentNotices(stack, id);
    const emails = await stack.ses.emails();
    // Every planned notice that was still due went, exactly once, at its planned instant; a notice
    // of work done went when the work was recorded, at noon.
    const expected = created.events.filter((e) => final.events.find((f) => f.id === e.id)?.status === 'done');
    const ofTimeline = notices.filter((n) => !n.id.startsWith('report:'));
    expect(ofTimeline.map((n) => n.id).sort()).toEqual(expected.map((e) => e.id).sort());
    // The report's road (issue 15): nobody here records contract editing or the statistics check, so
    // their owners are reminded (through the ISA, for the contract editor and the data team), each
    // notice once; after publication the region is asked for its feedback.
    const ofReport = notices.filter((n) => n.id.startsWith('report:')).map((n) => n.id);
    expect(new Set(ofReport).size).toBe(ofReport.length);
    // Contract editing is chased until the draft goes to the region (which passes it); the statistics
    // check is reminded, and publication is recorded before its overdue notice would go.
    expect(ofReport.sort()).toEqual([
      'report:contractEditing.round-1.overdue',
      'report:contractEditing.round-1.reminder-1',
      'report:feedbackRequest',
      'report:statisticsCheck.round-1.reminder-1',
      'report:statisticsCheck.round-1.reminder-5',
    ]);
    for (const notice of ofTimeline) {
      const event = created.events.find((e) => e.id === notice.id);
      const at =
        event?.condition === 'when-recorded' ? ukInstant(dueOf(created, event.milestoneId), '12:00') : event?.at;
      expect(notice.sentAt, notice.id).toBe(new Date(at ?? '').toISOString());
      expect(notice.email).toBeDefined();
    }
    expect(
      notices.filter((n) => ['week-two-schedule', 'factual-accuracy-check', 'publication'].includes(n.kind)),
    ).toHaveLength(3);
    expect(emails).toHaveLength(notices.length);
    // Reminders before a deadline went; the overdue notices and escalations did not.
    expect(notices.filter((n) => n.kind === 'deadline-reminder').length).toBeGreaterThanOrEqual(6);
    expect(notices.filter((n) => n.kind === 'deadline-overdue' || n.kind === 'deadline-escalation')).toEqual([]);
    expect(final.events.filter((e) => e.status === 'pending')).toEqual([]);
    expect(final.milestones.filter((m) => m.status !== 'met').map((m) => `${m.id} ${m.status}`)).toEqual([]);
    // The right people.
    const announcement = notices.find((n) => n.kind === 'announcement');
    expect(recipients(announcement?.email)).toEqual({
      to: ['rpd@officials.example'],
      cc: ['lead@officials.example', 'deputy@officials.example', 'isa@officials.example'],
    });
    expect(announcement?.email?.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    const reminder = notices.find((n) => n.kind === 'deadline-reminder');
    expect(recipients(reminder?.email).to).toEqual(['spoc@officials.example']);
    expect(recipients(notices.find((n) => n.kind === 'draft-report-reminder')?.email).to).toEqual([
      'lead@officials.example',
    ]);
    expect(recipients(notices.find((n) => n.kind === 'planning-notes-reminder')?.email).to).toEqual([
      'isa@officials.example',
    ]);
    const publication = notices.find((n) => n.kind === 'publication');
    expect(recipients(publication?.email).cc).toContain('head@officials.example');
    expect(publication?.sentAt).toBe('2027-04-30T11:00:00.000Z'); // recorded on Friday 30 April (E + 42) at noon BST
    // Notices carry names of officials and dates, never anything about a case.
    expect(emails.every((e) => !/case (details|name)|date of birth/i.test(e.body.text ?? ''))).toBe(true);
  }, 120_000);

  it('sends Wales its notices in Welsh and English, Welsh first', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'Wales', '2027-03-15');
    await runUntil(stack, '2027-02-23T00:00:00Z');

    const [announcement] = await sentNotices(stack, created.inspection.id);
    expect(announcement?.languages).toEqual(['cy', 'en']);
    expect(announcement?.email?.subject).toMatch(/^Cyhoeddiad.* \/ Announcement/);
    const text = announcement?.email?.body.text ?? '';
    expect(text.indexOf('Arolygiaeth Prawf EF')).toBeLessThan(text.indexOf('HM Inspectorate of Probation'));
  }, 60_000);
});

describe('a missed deadline', () => {
  it('sends the overdue notice to the SPOC and lead, then escalates to the Head of Programme', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'North West', '2027-03-08');
    const id = created.inspection.id;
    await runUntil(stack, '2027-03-10T12:00:00Z');

    const notices = await sentNotices(stack, id);
    const overdue = notices.find((n) => n.kind === 'deadline-overdue' && n.milestoneId === 'evidenceDeadline');
    const escalation = notices.find((n) => n.kind === 'deadline-escalation' && n.milestoneId === 'evidenceDeadline');
    // Evidence due Monday 1 March: overdue Tuesday 2 March, escalated Thursday 4 March, 09:00 GMT.
    expect(overdue?.sentAt).toBe('2027-03-02T09:00:00.000Z');
    expect(recipients(overdue?.email)).toEqual({ to: ['spoc@officials.example'], cc: ['lead@officials.example'] });
    expect(escalation?.sentAt).toBe('2027-03-04T09:00:00.000Z');
    expect(recipients(escalation?.email)).toEqual({ to: ['head@officials.example'], cc: ['lead@officials.example'] });
    const state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    expect(state.milestones.find((m) => m.id === 'evidenceDeadline')?.status).toBe('escalated');
    expect(await stack.deps.timeline.overdue()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ inspectionId: id, id: 'evidenceDeadline', status: 'escalated' }),
      ]),
    );

    // Evidence arrives late: met late, and it leaves the overdue list.
    await complete(stack, id, 'evidenceDeadline');
    const after = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    expect(after.milestones.find((m) => m.id === 'evidenceDeadline')?.status).toBe('met-late');
    expect(
      (await stack.deps.timeline.overdue()).some((m) => m.inspectionId === id && m.id === 'evidenceDeadline'),
    ).toBe(false);
  }, 60_000);

  it('stops the chain when evidence arrives after the overdue notice: met late, no escalation', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'North West', '2027-03-08');
    const id = created.inspection.id;
    await runUntil(stack, '2027-03-02T14:00:00Z');
    await complete(stack, id, 'evidenceDeadline');
    await runUntil(stack, '2027-03-10T00:00:00Z');

    const notices = await sentNotices(stack, id);
    expect(notices.filter((n) => n.milestoneId === 'evidenceDeadline').map((n) => n.kind)).toEqual([
      'deadline-reminder',
      'deadline-reminder',
      'deadline-overdue',
    ]);
    const state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    expect(state.milestones.find((m) => m.id === 'evidenceDeadline')?.status).toBe('met-late');
    expect(state.events.find((e) => e.id === 'deadline-escalation:evidenceDeadline:2027-03-04')).toMatchObject({
      status: 'skipped',
      outcome: 'already met-late',
    });
  }, 60_000);
});

describe('rescheduling mid-phase', () => {
  it('sends one dates-changed notice to everyone, nothing for the old dates, and keeps what was met', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'London', '2027-03-01');
    const id = created.inspection.id;
    await runUntil(stack, '2027-02-09T11:00:00Z'); // after the announcement and the first reminder
    const before = await sentNotices(stack, id);

    const moved = await stack.run(() =>
      reschedule(stack.deps, SIGNED_IN.isa, { inspectionId: id, fieldworkStart: '2027-03-15', confirmWarnings: true }),
    );
    await runToEnd(stack);

    const notices = await sentNotices(stack, id);
    const changed = notices.filter((n) => n.kind === 'dates-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.sentAt).toBe('2027-02-09T11:00:00.000Z');
    expect(recipients(changed[0]?.email).to).toEqual(['rpd@officials.example', 'spoc@officials.example']);
    expect(recipients(changed[0]?.email).cc).toEqual([
      'lead@officials.example',
      'deputy@officials.example',
      'isa@officials.example',
      'head@officials.example',
    ]);
    expect(changed[0]?.email?.body.text).toContain('Monday 1 March 2027');
    expect(changed[0]?.email?.body.text).toContain('Monday 15 March 2027');
    // After the change, only notices of the new plan were sent.
    const newIds = new Set(moved.events.map((e) => e.id));
    const afterwards = notices.filter((n) => (n.sentAt ?? '') > '2027-02-09T11:00:00.000Z');
    expect(afterwards.every((n) => newIds.has(n.id))).toBe(true);
    expect(afterwards.some((n) => n.id.includes('evidenceDeadline:2027-02-'))).toBe(false);
    // The announcement was met and is not sent again; no notice twice; every email accounted for.
    expect(moved.milestones.find((m) => m.id === 'announcement')?.status).toBe('met');
    expect(notices.filter((n) => n.kind === 'announcement')).toHaveLength(1);
    expect(new Set(notices.map((n) => n.id)).size).toBe(notices.length);
    expect(await stack.ses.emails()).toHaveLength(notices.length);
    expect(before.every((n) => notices.some((m) => m.id === n.id))).toBe(true);
    expect(stack.engine.counters.stopped).toBe(1);
    // Someone still looking at the old date is told the dates changed, not recorded against the wrong one.
    await expect(
      stack.run(() =>
        recordCompletion(stack.deps, SIGNED_IN.isa, {
          inspectionId: id,
          milestoneId: 'evidenceDeadline',
          expectedDueDate: '2027-02-22',
        }),
      ),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'expectedDueDate', message: expect.stringContaining('2027-03-08') })],
    });
  }, 120_000);
});

describe('a driver killed and started again', () => {
  it('resumes from the stored timeline: nothing twice, nothing skipped', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const created = await start(stack, 'East Midlands', '2027-03-01');
    const id = created.inspection.id;
    await runUntil(stack, '2027-02-12T12:00:00Z');
    const firstDriver = ((await stack.deps.timeline.loadTimeline(id)) as InspectionState).inspection.driver;

    await stack.engine.stop(firstDriver); // the process running the driver dies
    await runUntil(stack, '2027-02-17T12:00:00Z'); // five days pass with no driver
    const during = await sentNotices(stack, id);
    expect(during.every((n) => (n.sentAt ?? '') < '2027-02-12T12:00:00.000Z')).toBe(true);

    const resumed = await stack.run(() => resumeDrivers(stack.deps));
    expect(resumed).toEqual([id]);
    // A stale copy of the old driver also turns up: it sees it was superseded and stops.
    await stack.engine.start({ inspectionId: id }, firstDriver);
    await runToEnd(stack);

    const final = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    const notices = await sentNotices(stack, id);
    // Only the notices of work nobody recorded are left, waiting for their records.
    expect(final.events.filter((e) => e.status === 'pending').map((e) => e.condition)).toEqual([
      'when-recorded',
      'when-recorded',
      'when-recorded',
    ]);
    expect(
      final.events
        .filter((e) => e.status === 'done')
        .map((e) => e.id)
        .sort(),
    ).toEqual(notices.map((n) => n.id).sort());
    expect(await stack.ses.emails()).toHaveLength(notices.length);
    // What fell due while no driver ran went out at once on resuming, not never.
    const missed = created.events.filter((e) => e.at > '2027-02-12T12:00:00.000Z' && e.at < '2027-02-17T12:00:00.000Z');
    expect(missed.length).toBeGreaterThan(0);
    for (const event of missed) {
      const notice = notices.find((n) => n.id === event.id);
      const status = final.events.find((e) => e.id === event.id)?.status;
      expect(status === 'skipped' || notice?.sentAt === '2027-02-17T12:00:00.000Z').toBe(true);
    }
  }, 120_000);
});

describe('long waits', () => {
  it('waits more than 24.8 days (Node’s timer limit) without firing early', async () => {
    // Planned in December for an announcement on 8 February: a wait of about 69 days.
    const stack = await env.stack('2026-12-01T10:00:00Z');
    const { inspection } = await start(stack, 'North East', '2027-03-01');
    await runUntil(stack, '2027-02-08T08:59:00Z');
    expect(await sentNotices(stack, inspection.id)).toEqual([]);

    await runUntil(stack, '2027-02-08T09:30:00Z');
    expect((await sentNotices(stack, inspection.id)).map((n) => [n.kind, n.sentAt])).toEqual([
      ['announcement', '2027-02-08T09:00:00.000Z'],
      ['org-structure-request', '2027-02-08T09:00:00.000Z'],
    ]);
  }, 60_000);
});

describe('the administrator’s queries', () => {
  it('lists every inspection, and everything due in a date range across inspections, without a scan', async () => {
    const stack = await env.stack('2027-01-04T08:00:00Z');
    await start(stack, 'North East', '2027-03-01');
    await start(stack, 'Wales', '2027-03-15');

    const inspections = await stack.deps.timeline.listInspections();
    const due = await stack.deps.timeline.dueBetween('2027-02-25' as LocalDate, '2027-03-10' as LocalDate);

    expect(inspections.map((i) => i.id)).toEqual(['north-east-2027-03-01', 'wales-2027-03-15']);
    // The range spans February and March: both months' partitions are read.
    expect(due.map((m) => `${m.dueDate} ${m.inspectionId} ${m.id}`)).toEqual([
      '2027-02-26 north-east-2027-03-01 weekTwoScheduleShared',
      '2027-03-01 north-east-2027-03-01 fieldworkWeek1Start',
      '2027-03-01 wales-2027-03-15 orgStructureDue',
      '2027-03-02 wales-2027-03-15 planningMeeting',
      '2027-03-03 wales-2027-03-15 scheduleChangeDeadline',
      '2027-03-04 wales-2027-03-15 planningNotesIssued',
      '2027-03-08 north-east-2027-03-01 reviewWeekStart',
      '2027-03-08 wales-2027-03-15 evidenceDeadline',
    ]);
  }, 60_000);
});
