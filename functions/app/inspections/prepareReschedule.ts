import { inProgramme } from '../shared/inProgramme.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import {
  dateChangeWarnings,
  dateRequestProblems,
  decideDateChange,
  movedIntoPastProblems,
  type DateChangeDecision,
  type DateWarning,
} from '../../domain/dateChange.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { planInspection, type InspectionPlan } from '../../domain/planner.js';
import { scheduleFor } from '../../domain/schedule.js';
import { capacityClashesBroughtBy } from '../../domain/programme/clashes.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError } from '../../domain/validation.js';
import type { InspectionRecord, InspectionState } from '../../ports/records.js';
import { changeableInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, refuse, RequestError } from '../errors.js';
import { mustLoadTimeline } from './loadTimeline.js';
import { planOf } from '../notices/planOf.js';

export const rescheduleSchema = z.object({
  inspectionId: z.string(),
  fieldworkStart: z.optional(z.string({ error: 'must be a date written YYYY-MM-DD' })),
  milestoneDates: z.optional(
    z.record(z.string(), z.unknown(), { error: 'must be an object of milestone ids and dates' }),
  ),
  /**
   * The plan version the person checked (the preview's): refused if the inspection changed since.
   * One message whatever is wrong (not a number, not whole, below 1), as before: the number's.
   */
  expectedPlanVersion: z.optional(z.int({ error: 'must be the plan version you checked' }).check(z.gte(1))),
  /** The person saw the new dates' warnings (a bank-holiday week, Christmas, a clash) and goes ahead. */
  confirmWarnings: z.optional(z.boolean({ error: 'must be true or false' })),
});
export type RescheduleRequest = z.infer<typeof rescheduleSchema>;

/** A reschedule worked out but not saved: what the preview shows and what the change writes. */
export interface PreparedReschedule {
  request: RescheduleRequest;
  before: InspectionState;
  plan: InspectionPlan;
  milestoneDates: Record<string, LocalDate>;
  decision: DateChangeDecision;
  warnings: DateWarning[];
  now: Date;
}

/**
 * Works out a change of dates without saving anything:
 * 1. the person must be able to change the inspection; the request is parsed;
 * 2. refused: a date in the past, fieldwork starting on a bank holiday (the nearest working
 *    Mondays offered), a date the planner refuses, a plan version the person did not check;
 * 3. the new plan, and the domain's decision of what moves and who is emailed what;
 * 4. refused: a change that moves no date, or moves a milestone not yet done into the past;
 * 5. the warnings the person confirms (bank-holiday week, Christmas, a clash with another inspection).
 */
export async function prepareReschedule(deps: Deps, principal: Principal, input: unknown): Promise<PreparedReschedule> {
  await changeableInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const shape = rescheduleSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const request = shape.data;
  if (request.fieldworkStart === undefined && request.milestoneDates === undefined) {
    refuse([ruleError('fieldworkStart', undefined, 'dates.change.nothingGiven')]);
  }
  const now = deps.clock.now();
  const today = ukDateOf(now);
  const typed = dateRequestProblems(request, { today, calendar: deps.calendar });
  if (typed.length > 0) refuse(typed);

  const before = await mustLoadTimeline(deps, request.inspectionId);
  const { inspection } = before;
  if (request.expectedPlanVersion !== undefined && request.expectedPlanVersion !== inspection.planVersion) {
    throw new RequestError(said('dates.change.checkedAgain'), [
      ruleError('expectedPlanVersion', request.expectedPlanVersion, 'dates.change.versionOutOfDate', {
        version: inspection.planVersion,
      }),
    ]);
  }
  const fieldworkStart = request.fieldworkStart ?? inspection.fieldworkStart;
  // Moving fieldwork drops dates set by hand for the old fieldwork, unless they are set again here.
  const milestoneDates = {
    ...(fieldworkStart === inspection.fieldworkStart ? inspection.milestoneDates : {}),
    ...(request.milestoneDates ?? {}),
  };
  const planned = planInspection(
    { region: inspection.region, fieldworkStart, overrides: inspection.overrides, milestoneDates },
    deps.calendar,
  );
  if (!planned.ok) refuse(planned.errors);
  const plan = planned.value;
  const decision = decideDateChange({
    milestones: before.milestones,
    events: before.events,
    plan,
    schedule: scheduleFor(plan, deps.calendar),
    now,
    today,
    calendar: deps.calendar,
    workingHours: deps.config.workingHours,
  });
  if (decision.changes.length === 0) {
    throw new RequestError(said('dates.change.noChange'), [
      ruleError(
        request.fieldworkStart ? 'fieldworkStart' : 'milestoneDates',
        request.fieldworkStart ?? request.milestoneDates,
        'dates.change.changesNoDate',
      ),
    ]);
  }
  const intoPast = movedIntoPastProblems(decision, before.milestones, { today, request });
  if (intoPast.length > 0) refuse(intoPast);
  const others = (await deps.timeline.listInspections()).filter((other) => other.id !== inspection.id);
  const warnings = [
    ...dateChangeWarnings(plan, inspection, others),
    ...capacityWarnings(deps, inspection, plan, others),
  ];
  return {
    request,
    before,
    plan,
    milestoneDates: milestoneDates as Record<string, LocalDate>,
    decision,
    warnings,
    now,
  };
}

/** Too much fieldwork or editing at once that the new dates would bring (issue 15): warned about, to confirm. */
function capacityWarnings(
  deps: Deps,
  inspection: InspectionRecord,
  plan: InspectionPlan,
  others: readonly InspectionRecord[],
): DateWarning[] {
  return capacityClashesBroughtBy(
    others.map((other) => inProgramme(deps.calendar, other, planOf(other))),
    inProgramme(deps.calendar, inspection, planOf(inspection)),
    inProgramme(deps.calendar, inspection, plan),
    deps.calendar,
  ).map((clash) => ({ code: 'clash', message: clash.message, said: clash.said }));
}
