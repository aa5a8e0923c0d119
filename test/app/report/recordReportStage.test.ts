import { describe, expect, it } from 'vitest';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { readReportProgress, recordReportStage } from '../../../functions/app/report/recordReportStage.js';
import type { Principal } from '../../../functions/domain/access.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { milestoneOf, planInspection, runLifecycle, timelineOf } from '../arrange.js';

/**
 * Recording the report's progress (§7.1, §7.3, issue 15): North East, fieldwork from Monday
 * 1 March to Friday 19 March 2027. The plan: first draft Friday 2 April, contract editing Tuesday
 * 6 April, strategic editing Thursday 8 April, the draft to the region Friday 9 April, its comments
 * Friday 23 April, the statistics check Wednesday 28 April, publication Friday 30 April (Monday
 * 3 May is a bank holiday).
 */

const REGION = regionUser('north-east');

async function record(deps: MemoryDeps, who: Principal, id: string, fields: Record<string, unknown>) {
  return recordReportStage(deps, who, { inspectionId: id, ...fields });
}

/** The inspection with the lifecycle run to `until` (announced, fieldwork over): nothing of the report recorded. */
async function afterFieldwork(until = '2027-04-02T10:00:00Z') {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, until);
  return { deps, id: inspection.id };
}

/** The first draft written on its date, contract editing done on its date; the clock at `now`. */
async function contractEdited(now = '2027-04-06T10:00:00Z') {
  const { deps, id } = await afterFieldwork();
  await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });
  deps.clock.set('2027-04-06T10:00:00Z');
  await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' });
  deps.clock.set(now);
  return { deps, id };
}

async function progressNow(deps: MemoryDeps, id: string) {
  return readReportProgress(deps, (await timelineOf(deps, id)).inspection);
}

const stateOf = (progress: Awaited<ReturnType<typeof progressNow>>, stageId: string) =>
  progress.states.find((state) => state.stageId === stageId);
const forecastOf = (progress: Awaited<ReturnType<typeof progressNow>>, stageId: string) =>
  progress.forecast.stages.find((stage) => stage.id === stageId);

/** What a refused record must leave as it was: the report's records and the audit trail. */
async function written(deps: MemoryDeps, id: string) {
  const { inspection } = await timelineOf(deps, id);
  return { records: inspection.reportRecords ?? [], audit: await deps.timeline.auditTrail(id) };
}

describe('recording a stage of the report done', () => {
  it('the lead records the first draft: its milestone is met and the stage shows done', async () => {
    const { deps, id } = await afterFieldwork();

    const progress = await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });

    expect(stateOf(progress, 'firstDraft')).toMatchObject({ status: 'done', round: 1, doneOn: '2027-04-02' });
    const milestone = await milestoneOf(deps, id, 'draftReportDue');
    expect(milestone).toMatchObject({ status: 'met', completedBy: PEOPLE.lead.name });
    // One record, on the milestone: nothing is kept twice.
    expect((await timelineOf(deps, id)).inspection.reportRecords ?? []).toEqual([]);
    const audit = await deps.timeline.auditTrail(id);
    expect(audit.at(-1)).toMatchObject({ actor: PEOPLE.lead.name, actorId: PEOPLE.lead.email });
    expect(audit.at(-1)?.subject).toContain('draftReportDue');
  });

  it('contract editing done on its date keeps publication on the plan', async () => {
    const { deps, id } = await contractEdited();

    const { forecast } = await progressNow(deps, id);

    expect(forecast).toMatchObject({ planned: '2027-04-30', forecast: '2027-04-30', slippageWorkingDays: 0 });
  });

  it('contract editing done two working days late moves the forecast publication two working days', async () => {
    const { deps, id } = await afterFieldwork();
    await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });
    deps.clock.set('2027-04-08T10:00:00Z');

    const progress = await record(deps, SIGNED_IN.isa, id, {
      kind: 'done',
      stageId: 'contractEditing',
      on: '2027-04-08',
    });

    expect(stateOf(progress, 'contractEditing')).toMatchObject({ status: 'done', doneOn: '2027-04-08' });
    expect(forecastOf(progress, 'contractEditing')).toMatchObject({ lateWorkingDays: 2, overdue: false });
    // The stages after it are due two working days later: strategic editing on Monday 12 April.
    expect(forecastOf(progress, 'strategicEditing')).toMatchObject({ plannedDue: '2027-04-08', due: '2027-04-12' });
    // Friday 30 April, two working days on past the Early May bank holiday: Wednesday 5 May.
    expect(progress.forecast).toMatchObject({
      planned: '2027-04-30',
      forecast: '2027-05-05',
      slippageWorkingDays: 2,
      published: false,
    });
    expect(progress.forecast.summary).toBe(
      'Publication forecast for Wednesday 5 May 2027: 2 working days after the plan (Friday 30 April 2027), 2 working days after the aim (Friday 30 April 2027)',
    );
  });

  it('strategic editing not done by its date moves the forecast a working day for each working day it stays undone', async () => {
    const { deps, id } = await contractEdited();
    const slippageOn = async (at: string) => {
      deps.clock.set(at);
      const progress = await progressNow(deps, id);
      return {
        overdue: forecastOf(progress, 'strategicEditing')?.overdue,
        slippage: progress.forecast.slippageWorkingDays,
        forecast: progress.forecast.forecast,
      };
    };

    // Due Thursday 8 April.
    expect(await slippageOn('2027-04-08T16:00:00Z')).toEqual({ overdue: false, slippage: 0, forecast: '2027-04-30' });
    expect(await slippageOn('2027-04-09T10:00:00Z')).toEqual({ overdue: true, slippage: 1, forecast: '2027-05-04' });
    // The weekend costs nothing.
    expect(await slippageOn('2027-04-11T10:00:00Z')).toEqual({ overdue: true, slippage: 1, forecast: '2027-05-04' });
    expect(await slippageOn('2027-04-12T10:00:00Z')).toEqual({ overdue: true, slippage: 2, forecast: '2027-05-05' });
    expect(await slippageOn('2027-04-13T10:00:00Z')).toEqual({ overdue: true, slippage: 3, forecast: '2027-05-06' });
  });

  it('a stage returned after it is done goes round again, due its own working days after the return', async () => {
    const { deps, id } = await contractEdited('2027-04-07T10:00:00Z');

    const progress = await record(deps, SIGNED_IN.headOfProgramme, id, {
      kind: 'returned',
      stageId: 'contractEditing',
      on: '2027-04-07',
      reason: 'House style not applied to the recommendations',
    });

    expect(stateOf(progress, 'contractEditing')).toMatchObject({
      status: 'again',
      round: 2,
      // Two working days after Wednesday 7 April.
      due: '2027-04-09',
      returns: [{ on: '2027-04-07', reason: 'House style not applied to the recommendations', dueAgain: '2027-04-09' }],
    });
    expect(stateOf(progress, 'contractEditing')?.doneOn).toBeUndefined();
  });

  it('a returned stage can be given its new date, and is done again in its second round', async () => {
    const { deps, id } = await contractEdited('2027-04-07T10:00:00Z');

    const returned = await record(deps, SIGNED_IN.headOfProgramme, id, {
      kind: 'returned',
      stageId: 'contractEditing',
      on: '2027-04-07',
      reason: 'House style not applied to the recommendations',
      dueAgain: '2027-04-12',
    });
    deps.clock.set('2027-04-12T10:00:00Z');
    const doneAgain = await record(deps, SIGNED_IN.isa, id, {
      kind: 'done',
      stageId: 'contractEditing',
      on: '2027-04-12',
    });

    expect(stateOf(returned, 'contractEditing')).toMatchObject({ status: 'again', round: 2, due: '2027-04-12' });
    expect(stateOf(doneAgain, 'contractEditing')).toMatchObject({ status: 'done', round: 2, doneOn: '2027-04-12' });
  });

  it('is audited with who recorded it, the stage’s state before and the record', async () => {
    const { deps, id } = await afterFieldwork();
    await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });
    deps.clock.set('2027-04-06T10:00:00Z');

    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' });

    expect((await deps.timeline.auditTrail(id)).at(-1)).toMatchObject({
      at: '2027-04-06T10:00:00.000Z',
      actor: PEOPLE.isa.name,
      actorId: PEOPLE.isa.email,
      action: 'report stage done',
      subject: `report stage contractEditing of inspection ${id}`,
      before: { status: 'open', round: 1 },
      after: { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' },
    });
    expect((await timelineOf(deps, id)).inspection.reportRecords).toEqual([
      { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' },
    ]);
  });

  it('hands the inspection to a fresh driver, so the reminders follow the new forecast', async () => {
    const { deps, id } = await afterFieldwork();
    await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-02' });
    deps.clock.set('2027-04-06T10:00:00Z');
    deps.driver.clear();

    await record(deps, SIGNED_IN.isa, id, { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' });

    const { inspection } = await timelineOf(deps, id);
    expect(deps.driver.starts).toEqual([{ input: { inspectionId: id }, name: inspection.driver }]);
  });

  it('two administrators recording the same stage at once: one is kept, the other is told it is done', async () => {
    const { deps, id } = await afterFieldwork();
    deps.clock.set('2027-04-06T10:00:00Z');
    const done = { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' };

    const outcomes = await Promise.allSettled([
      record(deps, SIGNED_IN.isa, id, done),
      record(deps, SIGNED_IN.headOfProgramme, id, done),
    ]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toMatchObject({
      errors: [
        {
          field: 'kind',
          message: 'Contract editing (grammar and house style) is already recorded as done on Tuesday 6 April 2027',
        },
      ],
    });
    expect((await timelineOf(deps, id)).inspection.reportRecords).toEqual([done]);
  });
});

describe('a factual-accuracy dispute', () => {
  /** The draft went to the region on Friday 9 April; the clock at Tuesday 20 April. */
  async function draftWithRegion() {
    const { deps, id } = await contractEdited('2027-04-09T10:00:00Z');
    await record(deps, SIGNED_IN.headOfProgramme, id, { kind: 'done', stageId: 'strategicEditing', on: '2027-04-08' });
    await record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'chiefInspectorReview', on: '2027-04-09' });
    deps.clock.set('2027-04-20T10:00:00Z');
    return { deps, id };
  }
  const DISPUTE = {
    kind: 'disputed',
    stageId: 'factualAccuracyCheck',
    on: '2027-04-20',
    matter: 'The caseload figures in chapter 2 are out of date',
  };

  it('raised by the region is referred to the chief operating officer, with a decision due in five working days', async () => {
    const { deps, id } = await draftWithRegion();

    const progress = await record(deps, REGION, id, DISPUTE);

    expect(stateOf(progress, 'factualAccuracyCheck')).toMatchObject({
      status: 'referred',
      owner: 'chief operating officer',
      due: '2027-04-27',
      disputes: [{ raisedOn: '2027-04-20', matter: DISPUTE.matter, decisionDue: '2027-04-27' }],
    });
    expect(forecastOf(progress, 'factualAccuracyCheck')).toMatchObject({ owner: 'chief operating officer' });
    expect((await deps.timeline.auditTrail(id)).at(-1)).toMatchObject({
      actor: PEOPLE.spoc.name,
      actorId: PEOPLE.spoc.email,
      action: 'report stage disputed',
      after: DISPUTE,
    });
  });

  it('is decided by a Head of Programme or an administrator, not by the lead nor the region', async () => {
    const { deps, id } = await draftWithRegion();
    await record(deps, REGION, id, DISPUTE);
    deps.clock.set('2027-04-22T10:00:00Z');
    const decision = {
      kind: 'disputeDecided',
      stageId: 'factualAccuracyCheck',
      on: '2027-04-22',
      decision: 'The figures are updated to March 2027',
    };
    const before = await written(deps, id);

    for (const who of [SIGNED_IN.lead, REGION]) {
      const refused = record(deps, who, id, decision);
      await expect(refused).rejects.toThrow(ForbiddenError);
      await expect(refused).rejects.toThrow('you may not record this of the report’s progress');
    }
    expect(await written(deps, id)).toEqual(before);
    const progress = await record(deps, SIGNED_IN.headOfProgramme, id, decision);

    // Decided, the region's check goes on (its comments are not yet recorded).
    expect(stateOf(progress, 'factualAccuracyCheck')).toMatchObject({
      status: 'open',
      owner: 'region (RPD or SPOC)',
      disputes: [{ raisedOn: '2027-04-20', decidedOn: '2027-04-22', decision: decision.decision }],
    });
    expect((await deps.timeline.auditTrail(id)).at(-1)).toMatchObject({
      actor: PEOPLE.headOfProgramme.name,
      action: 'report stage disputeDecided',
    });
  });

  it('a second dispute is refused while one waits for the decision', async () => {
    const { deps, id } = await draftWithRegion();
    await record(deps, REGION, id, DISPUTE);
    deps.clock.set('2027-04-21T10:00:00Z');
    const before = await written(deps, id);

    const refused = record(deps, REGION, id, { ...DISPUTE, on: '2027-04-21', matter: 'And the staffing table' });

    await expect(refused).rejects.toThrow(RequestError);
    await expect(refused).rejects.toMatchObject({
      errors: [
        {
          field: 'kind',
          message: 'a dispute raised on Tuesday 20 April 2027 is already waiting for the chief operating officer',
        },
      ],
    });
    expect(await written(deps, id)).toEqual(before);
  });
});

describe('what is refused, and nothing written', () => {
  // Thursday 8 April 2027: the first draft and contract editing are done, strategic editing is not.
  const cases: { what: string; who: Principal; fields: Record<string, unknown>; field: string; message: string }[] = [
    {
      what: 'a date in the future',
      who: SIGNED_IN.headOfProgramme,
      fields: { kind: 'done', stageId: 'strategicEditing', on: '2027-04-09' },
      field: 'on',
      message: 'must be today (Thursday 8 April 2027) or earlier',
    },
    {
      what: 'a date before fieldwork ended',
      who: SIGNED_IN.headOfProgramme,
      fields: { kind: 'done', stageId: 'strategicEditing', on: '2027-03-18' },
      field: 'on',
      message: 'must be on or after the end of fieldwork (Friday 19 March 2027)',
    },
    {
      what: 'returning a stage not done',
      who: SIGNED_IN.headOfProgramme,
      fields: { kind: 'returned', stageId: 'strategicEditing', on: '2027-04-08', reason: 'Too long' },
      field: 'kind',
      message:
        'Strategic editing (structure, accuracy and quality) can only be returned for another round once it is done',
    },
    {
      what: 'returning a stage without saying why',
      who: SIGNED_IN.headOfProgramme,
      fields: { kind: 'returned', stageId: 'contractEditing', on: '2027-04-08', reason: '  ' },
      field: 'reason',
      message: 'must say why the stage needs another round',
    },
    {
      what: 'a stage done twice',
      who: SIGNED_IN.isa,
      fields: { kind: 'done', stageId: 'contractEditing', on: '2027-04-08' },
      field: 'kind',
      message: 'Contract editing (grammar and house style) is already recorded as done on Tuesday 6 April 2027',
    },
    {
      what: 'the Welsh translation of an English region’s report',
      who: SIGNED_IN.isa,
      fields: { kind: 'done', stageId: 'translation', on: '2027-04-08' },
      field: 'stageId',
      message: 'Welsh translation is not a stage of this inspection’s report',
    },
    {
      what: 'a dispute on another stage than the factual-accuracy check',
      who: REGION,
      fields: { kind: 'disputed', stageId: 'strategicEditing', on: '2027-04-08', matter: 'Wrong' },
      field: 'stageId',
      message: 'only the factual-accuracy check can be disputed',
    },
  ];

  it.each(cases)('$what', async ({ who, fields, field, message }) => {
    const { deps, id } = await contractEdited('2027-04-08T10:00:00Z');
    const before = await written(deps, id);

    const refused = record(deps, who, id, fields);

    await expect(refused).rejects.toThrow(RequestError);
    await expect(refused).rejects.toMatchObject({ errors: [{ field, message }] });
    expect(await written(deps, id)).toEqual(before);
  });

  it.each([
    {
      what: 'the lead of another inspection',
      who: SIGNED_IN.otherLead,
      message: 'you cannot see the inspection north-east-2027-03-01',
    },
    {
      what: 'the region recording a stage done',
      who: REGION,
      message: 'you may not record this of the report’s progress',
    },
    {
      what: 'another region',
      who: regionUser('wales'),
      message: 'you cannot see the inspection north-east-2027-03-01',
    },
  ])('$what is forbidden', async ({ who, message }) => {
    const { deps, id } = await contractEdited('2027-04-08T10:00:00Z');
    const before = await written(deps, id);

    const refused = record(deps, who, id, { kind: 'done', stageId: 'strategicEditing', on: '2027-04-08' });

    await expect(refused).rejects.toThrow(ForbiddenError);
    await expect(refused).rejects.toThrow(message);
    expect(await written(deps, id)).toEqual(before);
    expect(stateOf(await progressNow(deps, id), 'strategicEditing')).toMatchObject({ status: 'open' });
  });

  it('a first draft refused leaves its milestone as it was', async () => {
    const { deps, id } = await afterFieldwork();
    const before = await milestoneOf(deps, id, 'draftReportDue');

    const refused = record(deps, SIGNED_IN.lead, id, { kind: 'done', stageId: 'firstDraft', on: '2027-04-05' });

    await expect(refused).rejects.toMatchObject({
      errors: [{ field: 'on', message: 'must be today (Friday 2 April 2027) or earlier' }],
    });
    expect(await milestoneOf(deps, id, 'draftReportDue')).toEqual(before);
  });
});
