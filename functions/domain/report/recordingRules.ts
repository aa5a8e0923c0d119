import { canAnswer, canChange, seesEverything, type Guarded, type Principal } from '../access.js';
import type { LocalDate } from '../localDate.js';
import { said, type Said } from '../messages/said.js';
import { STAGE_TITLES } from './reportStages.js';
import type { StageRecord, StageState } from './stageProgress.js';

/**
 * Who may record what of the report's progress (§7.1, §7.3):
 * - a stage done, or returned for another round: the inspectorate (administrators, Heads of
 *   Programme, the inspection's lead or deputy lead);
 * - a factual-accuracy dispute: the inspectorate, or the region itself;
 * - the chief operating officer's decision on it: administrators and Heads of Programme.
 */
export function mayRecord(principal: Principal, inspection: Guarded, kind: StageRecord['kind']): boolean {
  switch (kind) {
    case 'done':
    case 'returned':
      return canChange(principal, inspection);
    case 'disputed':
      return canChange(principal, inspection) || canAnswer(principal, inspection);
    case 'disputeDecided':
      return seesEverything(principal);
  }
}

/** What the record would contradict in the stage's state, as said; undefined when it may be recorded. */
export function stageRecordProblem(
  record: StageRecord,
  state: StageState,
  when: { today: LocalDate; fieldworkEnd: LocalDate },
): { field: string; said: Said } | undefined {
  const stage = said(STAGE_TITLES[record.stageId]);
  if (record.on > when.today) return { field: 'on', said: said('report.record.inFuture', { today: when.today }) };
  if (record.on < when.fieldworkEnd) {
    return { field: 'on', said: said('report.record.beforeFieldworkEnd', { end: when.fieldworkEnd }) };
  }
  const waiting = state.disputes.find((dispute) => dispute.decidedOn === undefined);
  const lastReturn = state.returns.at(-1)?.on;
  switch (record.kind) {
    case 'done':
      if (state.status === 'done' && state.doneOn !== undefined) {
        return { field: 'kind', said: said('report.record.alreadyDone', { stage, on: state.doneOn }) };
      }
      if (lastReturn !== undefined && record.on < lastReturn) {
        return { field: 'on', said: said('report.record.doneBeforeReturn', { on: lastReturn }) };
      }
      return undefined;
    case 'returned':
      if (state.status !== 'done') return { field: 'kind', said: said('report.record.returnNotDone', { stage }) };
      if (state.doneOn !== undefined && record.on < state.doneOn) {
        return { field: 'on', said: said('report.record.returnBeforeDone', { on: state.doneOn }) };
      }
      if (record.dueAgain !== undefined && record.dueAgain <= record.on) {
        return { field: 'dueAgain', said: said('report.record.dueAgainTooSoon', { on: record.on }) };
      }
      return undefined;
    case 'disputed':
      if (waiting) return { field: 'kind', said: said('report.record.disputeWaiting', { on: waiting.raisedOn }) };
      return undefined;
    case 'disputeDecided':
      if (!waiting) return { field: 'kind', said: said('report.record.noDisputeWaiting') };
      if (record.on < waiting.raisedOn) {
        return { field: 'on', said: said('report.record.decidedBeforeRaised', { on: waiting.raisedOn }) };
      }
      return undefined;
  }
}
