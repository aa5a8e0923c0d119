import { describe, expect, it } from 'vitest';
import { readReportProgress, recordReportStage } from '../../../functions/app/report/recordReportStage.js';
import type { Principal } from '../../../functions/domain/access.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

/**
 * The report's road when things come out of order: records dated before the stage's last record,
 * a reminder whose date becomes known after its send time, a report published late. North East, fieldwork from
 * Monday 1 March to Friday 19 March 2027; contract editing due Tuesday 6 April, publication Friday
 * 30 April.
 */

async function record(deps: MemoryDeps, who: Principal, id: string, fields: Record<string, unknown>) {
  return recordReportStage(deps, who, { inspectionId: id, ...fields });
}

/** The first draft written on Friday 2 April, the lifecycle run to then. */
async function draftWritten() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-04-02T10:00:00Z');
  await record(deps, SIGNED_IN.lead, inspection.id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });
  return { deps, id: inspection.id };
}

/** Refused (its name), or the stage's status once recorded. */
const outcomeOf = (recording: Promise<Awaited<ReturnType<typeof record>>>, stageId: string) =>
  recording.then(
    (progress) => progress.states.find((state) => state.stageId === stageId)?.status,
    (error: Error) => error.name,
  );

describe('records dated out of order', () => {
  it('a return dated before the stage’s done date is refused, or leaves the stage to do again', async () => {
    const { deps, id } = await draftWritten();
    deps.clock.set('2027-04-08T10:00:00Z');
    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-08' });

    const outcome = await outcomeOf(
      record(deps, SIGNED_IN.headOfProgramme, id, {
        kind: 'returned',
        stageId: 'contractEditing',
        on: '2027-04-07',
        reason: 'House style not applied to the recommendations',
      }),
      'contractEditing',
    );

    // Actual: accepted and stored, yet the stage still shows done (round 2): the return is lost.
    expect(['again', 'RequestError']).toContain(outcome);
  });

  it('a second round done dated before the return is refused, or leaves the stage done', async () => {
    const { deps, id } = await draftWritten();
    deps.clock.set('2027-04-06T10:00:00Z');
    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' });
    deps.clock.set('2027-04-08T10:00:00Z');
    await record(deps, SIGNED_IN.headOfProgramme, id, {
      kind: 'returned',
      stageId: 'contractEditing',
      on: '2027-04-08',
      reason: 'House style not applied to the recommendations',
    });
    deps.clock.set('2027-04-09T10:00:00Z');

    const outcome = await outcomeOf(
      record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-07' }),
      'contractEditing',
    );

    // Actual: accepted and stored, yet the stage still shows 'again': the done record is lost.
    expect(['done', 'RequestError']).toContain(outcome);
  });
});

describe('the report’s notices', () => {
  it('sends a reminder dated today when the stage’s date becomes known after the send time', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-03-30T10:00:00Z');
    // Tuesday 30 March, 11:00 BST: contract editing's five-day reminder is dated today (09:00).
    await record(deps, SIGNED_IN.lead, inspection.id, { kind: 'done', stageId: 'firstDraft', on: '2027-03-30' });

    await runLifecycle(deps, inspection.id, '2027-04-08T10:00:00Z');

    // Actual: only reminder-1 and the overdue notice; reminder-5 is never sent.
    expect(deps.notifier.noticeIds()).toContain('report:contractEditing.round-1.reminder-5');
  });

  it('the feedback request gives the day the report was published, not the day planned', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-05-05T10:00:00Z');
    await record(deps, SIGNED_IN.headOfProgramme, inspection.id, {
      kind: 'done',
      stageId: 'publication',
      on: '2027-05-05',
    });

    await runLifecycle(deps, inspection.id, '2027-05-12T10:00:00Z');

    const progress = await readReportProgress(deps, (await timelineOf(deps, inspection.id)).inspection);
    expect(progress.forecast.summary).toContain('Published on Wednesday 5 May 2027');
    const [request] = deps.notifier.sentFor('report:feedbackRequest');
    // Actual: 'was published on Friday 30 April 2027' (the publication milestone's planned date).
    expect(request?.text).toContain('was published on Wednesday 5 May 2027');
  });
});
