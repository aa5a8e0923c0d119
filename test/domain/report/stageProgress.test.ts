import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import type { PlannedStage } from '../../../functions/domain/report/reportStages.js';
import { stageRecordSchema, stageState, type StageRecord } from '../../../functions/domain/report/stageProgress.js';

const calendar = englandAndWalesCalendar();
const d = asLocalDate;

const strategicEditing: PlannedStage = {
  id: 'strategicEditing',
  title: 'Strategic editing (structure, accuracy and quality)',
  owner: 'Head or Deputy Head of Programme',
  source: '§7.1',
  due: d('2027-04-08'),
  workingDays: 2,
};
const factualAccuracy: PlannedStage = {
  id: 'factualAccuracyCheck',
  title: 'Factual-accuracy check by the region',
  owner: 'region (RPD or SPOC)',
  source: '§7.1, §7.3',
  due: d('2027-04-23'),
  workingDays: 10,
};

const records = (...input: unknown[]): StageRecord[] => input.map((record) => stageRecordSchema.parse(record));

describe('a report stage’s state from its records', () => {
  it('is open, with its owner and planned date, before anything is recorded', () => {
    const state = stageState(strategicEditing, [], calendar);

    expect(state).toMatchObject({
      status: 'open',
      round: 1,
      owner: 'Head or Deputy Head of Programme',
      due: '2027-04-08',
    });
  });

  it('is done on the date recorded, and ignores other stages’ records', () => {
    const state = stageState(
      strategicEditing,
      records(
        { kind: 'done', stageId: 'contractEditing', on: '2027-04-06' },
        { kind: 'done', stageId: 'strategicEditing', on: '2027-04-09' },
      ),
      calendar,
    );

    expect(state).toMatchObject({ status: 'done', doneOn: '2027-04-09', round: 1 });
  });

  it('goes round again when returned: due the stage’s own working days later unless a date is given', () => {
    const returned = records({
      kind: 'returned',
      stageId: 'strategicEditing',
      on: '2027-04-08',
      reason: 'The findings on public protection need restructuring',
    });

    const state = stageState(strategicEditing, returned, calendar);

    expect(state).toMatchObject({ status: 'again', round: 2, due: '2027-04-12' });
    expect(state.returns).toEqual([
      { on: '2027-04-08', reason: 'The findings on public protection need restructuring', dueAgain: '2027-04-12' },
    ]);
  });

  it('takes a new round’s date when one is given, and is done when the round is', () => {
    const state = stageState(
      strategicEditing,
      records(
        { kind: 'done', stageId: 'strategicEditing', on: '2027-04-07' },
        { kind: 'returned', stageId: 'strategicEditing', on: '2027-04-08', reason: 'Again', dueAgain: '2027-04-14' },
        { kind: 'done', stageId: 'strategicEditing', on: '2027-04-13' },
      ),
      calendar,
    );

    expect(state).toMatchObject({ status: 'done', round: 2, due: '2027-04-14', doneOn: '2027-04-13' });
  });

  it('refers a factual-accuracy dispute to the chief operating officer and waits for the decision (§7.3)', () => {
    const disputed = records(
      { kind: 'done', stageId: 'factualAccuracyCheck', on: '2027-04-22' },
      { kind: 'disputed', stageId: 'factualAccuracyCheck', on: '2027-04-22', matter: 'The staffing figures' },
    );

    const state = stageState(factualAccuracy, disputed, calendar);

    // Five working days from Thursday 22 April 2027.
    expect(state).toMatchObject({ status: 'referred', owner: 'chief operating officer', due: '2027-04-29' });
    expect(state.doneOn).toBeUndefined();
  });

  it('is done on the day the dispute is decided, when the comments were in before', () => {
    const decided = records(
      { kind: 'done', stageId: 'factualAccuracyCheck', on: '2027-04-22' },
      { kind: 'disputed', stageId: 'factualAccuracyCheck', on: '2027-04-22', matter: 'The staffing figures' },
      { kind: 'disputeDecided', stageId: 'factualAccuracyCheck', on: '2027-04-27', decision: 'The figures stand' },
    );

    const state = stageState(factualAccuracy, decided, calendar);

    expect(state).toMatchObject({ status: 'done', owner: 'region (RPD or SPOC)', doneOn: '2027-04-27' });
    expect(state.disputes).toEqual([
      {
        raisedOn: '2027-04-22',
        matter: 'The staffing figures',
        decisionDue: '2027-04-29',
        decidedOn: '2027-04-27',
        decision: 'The figures stand',
      },
    ]);
  });

  it('refuses a dispute on any stage but the factual-accuracy check, and a return without a reason', () => {
    expect(
      stageRecordSchema.safeParse({ kind: 'disputed', stageId: 'statisticsCheck', on: '2027-04-22', matter: 'x' })
        .success,
    ).toBe(false);
    const noReason = stageRecordSchema.safeParse({
      kind: 'returned',
      stageId: 'firstDraft',
      on: '2027-04-02',
      reason: ' ',
    });
    expect(noReason.error?.issues[0]?.message).toBe('must say why the stage needs another round');
    expect(stageRecordSchema.safeParse({ kind: 'done', stageId: 'firstDraft', on: '2027-02-30' }).success).toBe(false);
  });
});
