import * as z from 'zod/mini';
import { addWorkingDays, type WorkingCalendar } from '../calendar.js';
import { asLocalDate, localDateFault, type LocalDate } from '../localDate.js';
import { zodMessage } from '../validation.js';
import {
  DEFAULT_REPORT_SETTINGS,
  laterOf,
  STAGE_IDS,
  type OwnerRole,
  type PlannedStage,
  type ReportSettings,
  type StageId,
} from './reportStages.js';

/**
 * What has happened to one stage of the report, from what people recorded: done on a date;
 * returned for another round with a reason (the stage again, with a new due date); for the
 * factual-accuracy check, a dispute referred to the chief operating officer, who decides it (§7.3).
 */

const localDate = z.pipe(
  z
    .string({ error: () => zodMessage('dates.plan.dateWritten') })
    .check(z.refine((value) => localDateFault(value) === undefined, { error: () => zodMessage('report.realDate') })),
  z.transform(asLocalDate),
);
/** Words a person must give: why a stage is returned, what is disputed, what was decided. */
const words = (key: 'report.say.why' | 'report.say.disputed' | 'report.say.decided') => {
  const error = () => zodMessage(key);
  return z
    .string({ error })
    .check(
      z.trim(),
      z.minLength(1, { error }),
      z.maxLength(2000, { error: () => zodMessage('dates.waive.reasonTooLong') }),
    );
};

const stageId = z.enum(STAGE_IDS, { error: () => zodMessage('report.stageId') });

/** A record of one stage, as stored and as read back: checked at the boundary. */
export const stageRecordSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('done'), stageId, on: localDate }),
    z.strictObject({
      kind: z.literal('returned'),
      stageId,
      on: localDate,
      reason: words('report.say.why'),
      /** The new round's due date; by default the stage's own working days from the return. */
      dueAgain: z.optional(localDate),
    }),
    z.strictObject({
      kind: z.literal('disputed'),
      stageId: z.literal('factualAccuracyCheck', { error: () => zodMessage('report.onlyFactualAccuracy') }),
      on: localDate,
      matter: words('report.say.disputed'),
    }),
    z.strictObject({
      kind: z.literal('disputeDecided'),
      stageId: z.literal('factualAccuracyCheck', { error: () => zodMessage('report.onlyFactualAccuracy') }),
      on: localDate,
      decision: words('report.say.decided'),
    }),
  ],
  { error: () => zodMessage('common.oneOf', { values: ['done', 'returned', 'disputed', 'disputeDecided'] }) },
);

export type StageRecord = z.infer<typeof stageRecordSchema>;

/**
 * - `open`: not yet done (first round);
 * - `again`: returned for another round, not yet done;
 * - `referred`: a factual-accuracy dispute waits for the chief operating officer;
 * - `done`.
 */
export type StageStatus = 'open' | 'again' | 'referred' | 'done';

export interface StageDispute {
  raisedOn: LocalDate;
  matter: string;
  /** The chief operating officer's decision is due by this date. */
  decisionDue: LocalDate;
  decidedOn?: LocalDate;
  decision?: string;
}

export interface StageState {
  stageId: StageId;
  status: StageStatus;
  /** 1 for the first round, 2 after one return, … */
  round: number;
  /** Who acts now: the stage's owner, or the chief operating officer while a dispute waits. */
  owner: OwnerRole;
  /** When the current step is due: the plan's date, a new round's date, or the dispute decision's. */
  due: LocalDate;
  doneOn?: LocalDate;
  returns: { on: LocalDate; reason: string; dueAgain: LocalDate }[];
  disputes: StageDispute[];
}

/**
 * A stage's state from its records, taken in date order (records of one day in the order given):
 * 1. done: the stage is done on that date, unless a dispute is waiting for its decision;
 * 2. returned: the stage is not done; another round is due on `dueAgain`, or the stage's own working
 *    days after the return;
 * 3. disputed: referred to the chief operating officer, decision due in the configured working days;
 * 4. dispute decided: the stage is done on the later of its done record and the decision, if it has
 *    a done record; otherwise it goes on.
 */
export function stageState(
  stage: PlannedStage,
  records: readonly StageRecord[],
  calendar: WorkingCalendar,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
): StageState {
  const own = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.stageId === stage.id)
    .sort((a, b) => a.record.on.localeCompare(b.record.on) || a.index - b.index)
    .map(({ record }) => record);

  let round = 1;
  let roundDue = stage.due;
  let doneOn: LocalDate | undefined;
  const returns: StageState['returns'] = [];
  const disputes: StageDispute[] = [];

  for (const record of own) {
    switch (record.kind) {
      case 'done':
        doneOn = record.on;
        break;
      case 'returned': {
        const dueAgain = record.dueAgain ?? addWorkingDays(calendar, record.on, stage.workingDays);
        returns.push({ on: record.on, reason: record.reason, dueAgain });
        round += 1;
        roundDue = dueAgain;
        doneOn = undefined;
        break;
      }
      case 'disputed':
        disputes.push({
          raisedOn: record.on,
          matter: record.matter,
          decisionDue: addWorkingDays(calendar, record.on, settings.disputeDecisionWorkingDays),
        });
        break;
      case 'disputeDecided': {
        const waiting = disputes.find((dispute) => dispute.decidedOn === undefined);
        if (waiting) {
          waiting.decidedOn = record.on;
          waiting.decision = record.decision;
        }
        break;
      }
    }
  }

  const base = { stageId: stage.id, round, returns, disputes };
  const waiting = disputes.find((dispute) => dispute.decidedOn === undefined);
  if (waiting) {
    return { ...base, status: 'referred', owner: 'chief operating officer', due: waiting.decisionDue };
  }
  if (doneOn !== undefined) {
    const lastDecision = disputes.reduce<LocalDate | undefined>(
      (latest, dispute) => (latest === undefined ? dispute.decidedOn : laterOf(latest, dispute.decidedOn as LocalDate)),
      undefined,
    );
    const on = lastDecision === undefined ? doneOn : laterOf(doneOn, lastDecision);
    return { ...base, status: 'done', owner: stage.owner, due: roundDue, doneOn: on };
  }
  return { ...base, status: round === 1 ? 'open' : 'again', owner: stage.owner, due: roundDue };
}

/** Every stage's state, in the plan's order. */
export function stageStates(
  stages: readonly PlannedStage[],
  records: readonly StageRecord[],
  calendar: WorkingCalendar,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
): StageState[] {
  return stages.map((stage) => stageState(stage, records, calendar, settings));
}
