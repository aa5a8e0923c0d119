import { describe, expect, it } from 'vitest';
import { TransientError } from '../../../functions/app/errors.js';
import { recordCompletion } from '../../../functions/app/inspections/recordCompletion.js';
import { findNext } from '../../../functions/app/lifecycle/nextStep.js';
import type { Principal } from '../../../functions/domain/access.js';
import { processDue } from '../../../functions/app/lifecycle/processDue.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { milestoneOf, planInspection, runLifecycle, timelineOf } from '../arrange.js';

const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

describe('the lifecycle driver', () => {
  it('sends each notice of the timeline once, from planning to publication', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    const record = async (milestoneId: string, at: string, who: Principal = SIGNED_IN.lead) => {
      await runLifecycle(deps, inspection.id, at);
      await recordCompletion(deps, who, { inspectionId: inspection.id, milestoneId });
    };
    await record('weekTwoScheduleShared', '2027-02-26T10:00:00Z');
    await record('factualAccuracySent', '2027-04-09T10:00:00Z');
    await record('publication', '2027-04-30T10:00:00Z', SIGNED_IN.headOfProgramme);

    // The last event: the check, on Tuesday 4 May (after the bank holiday), that publication was recorded;
    // then, five working days after publication, the request to the region for feedback (§6.9).
    const afterTimeline = await runLifecycle(deps, inspection.id, '2027-05-04T09:00:00Z');
    expect(afterTimeline).toMatchObject({ done: false, kind: 'notice', at: '2027-05-10T08:00:00.000Z' });
    const last = await runLifecycle(deps, inspection.id, '2027-05-10T09:00:00Z');

    expect(last).toMatchObject({ done: true, reason: 'every event is done' });
    expect(deps.notifier.noticeIds().filter((id) => id.startsWith('report:'))).toEqual(['report:feedbackRequest']);
    const sent = deps.notifier.noticeIds();
    expect(duplicates(sent)).toEqual([]);
    const notices = await deps.ledger.listNotices(inspection.id);
    expect(notices.map((n) => n.status)).toEqual(notices.map(() => 'sent'));
    expect(notices.map((n) => n.id).sort()).toEqual([...sent].sort());
    const { events } = await timelineOf(deps, inspection.id);
    expect(events.filter((e) => e.status === 'pending')).toEqual([]);
    expect(await milestoneOf(deps, inspection.id, 'publication')).toMatchObject({ status: 'met' });
  });

  it('does nothing again when its tasks run twice at the same moment', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-02-23T09:00:00Z');
    const sentBefore = deps.notifier.noticeIds();
    const trailBefore = await deps.timeline.auditTrail(inspection.id);

    const input = { inspectionId: inspection.id, driver: inspection.driver };
    await processDue(deps, input, 'notice');
    await processDue(deps, input, 'deadline-check');

    expect(sentBefore).toContain('deadline-overdue:evidenceDeadline:2027-02-23');
    expect(deps.notifier.noticeIds()).toEqual(sentBefore);
    expect(await deps.timeline.auditTrail(inspection.id)).toEqual(trailBefore);
  });

  it('sends only what had not gone when a task is retried after a refusal', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    const input = { inspectionId: inspection.id, driver: inspection.driver };
    // 8 February: the announcement and the request for the organisational structure fall due together.
    deps.clock.set('2027-02-08T09:00:00Z');
    deps.notifier.failNext('transient');
    deps.notifier.failNext('cut-off');

    await expect(processDue(deps, input, 'notice')).rejects.toThrow(TransientError);
    await expect(processDue(deps, input, 'notice')).rejects.toThrow(TransientError);
    await processDue(deps, input, 'notice');

    expect(deps.notifier.noticeIds()).toEqual([
      'announcement:announcement:2027-02-08',
      'announcement:announcement:2027-02-08',
      'org-structure-request:orgStructureDue:2027-02-08',
    ]);
    expect(deps.notifier.sent[1]?.headers).toMatchObject({ 'X-DIPP-Possible-Duplicate': 'yes' });
  });

  it('stops a replaced driver without acting', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    deps.clock.set('2027-02-08T09:00:00Z');
    const replaced = { inspectionId: inspection.id, driver: `${inspection.id}-v1-00000000` };

    const found = await findNext(deps, replaced);
    const processed = await processDue(deps, replaced, 'notice');

    for (const step of [found, processed]) {
      expect(step).toMatchObject({ done: true, reason: `superseded by driver ${inspection.driver}` });
    }
    expect(deps.notifier.sent).toEqual([]);
    const { events } = await timelineOf(deps, inspection.id);
    expect(events.filter((e) => e.status !== 'pending')).toEqual([]);
  });

  it('marks an evidence deadline not recorded overdue, then escalated, telling the region each time', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    await runLifecycle(deps, inspection.id, '2027-02-23T12:00:00Z');
    const overdue = await milestoneOf(deps, inspection.id, 'evidenceDeadline');
    await runLifecycle(deps, inspection.id, '2027-02-25T12:00:00Z');
    const escalated = await milestoneOf(deps, inspection.id, 'evidenceDeadline');

    expect(overdue.status).toBe('overdue');
    expect(escalated.status).toBe('escalated');
    expect(deps.notifier.noticeIds().filter((id) => id.includes(':evidenceDeadline:'))).toEqual([
      'deadline-reminder:evidenceDeadline:2027-02-15',
      'deadline-reminder:evidenceDeadline:2027-02-19',
      'deadline-overdue:evidenceDeadline:2027-02-23',
      'deadline-escalation:evidenceDeadline:2027-02-25',
    ]);
  });

  it('does not chase an evidence deadline recorded in time', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-02-22T12:00:00Z');

    await recordCompletion(deps, SIGNED_IN.isa, { inspectionId: inspection.id, milestoneId: 'evidenceDeadline' });
    await runLifecycle(deps, inspection.id, '2027-02-26T12:00:00Z');

    expect(await milestoneOf(deps, inspection.id, 'evidenceDeadline')).toMatchObject({ status: 'met' });
    expect(deps.notifier.noticeIds().filter((id) => id.includes(':evidenceDeadline:'))).toEqual([
      'deadline-reminder:evidenceDeadline:2027-02-15',
      'deadline-reminder:evidenceDeadline:2027-02-19',
    ]);
    const { events } = await timelineOf(deps, inspection.id);
    const checks = events.filter((e) => e.kind === 'deadline-check' && e.milestoneId === 'evidenceDeadline');
    expect(checks.map((e) => [e.status, e.outcome])).toEqual([
      ['skipped', 'already met'],
      ['skipped', 'already met'],
    ]);
  });
});
