import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import { isAnnounced } from '../../domain/notices/whoIsTold.js';
import {
  changeOfficial as changed,
  mayChangeOfficial,
  noticesOfChange,
  OFFICIAL_ROLES,
  type ChangeNotice,
  type OfficialChange,
} from '../../domain/officials.js';
import { emailAddressSchema, personNameSchema } from '../../domain/people.js';
import { phaseOf } from '../../domain/schedule.js';
import { fieldErrorsFrom, ruleError } from '../../domain/validation.js';
import { whenChangeNoticeGoes } from '../../domain/workingHours.js';
import type { EventRecord, InspectionRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse } from '../errors.js';
import { inspectionDriverName } from '../lifecycle/restartDriver.js';
import { planOf } from '../notices/planOf.js';
import { auditEntry } from '../shared/audit.js';
import { handOver } from '../shared/drivers.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { mustLoadTimeline } from './loadTimeline.js';

export const officialChangeSchema = z.strictObject({
  inspectionId: z.string(),
  role: z.enum(OFFICIAL_ROLES),
  name: personNameSchema,
  email: emailAddressSchema,
});
type OfficialChangeRequest = z.infer<typeof officialChangeSchema>;

/**
 * Names or replaces one official of an inspection (issue 15): the RPD names the SPOC; an
 * administrator replaces anyone. The people and the notices the change makes are written in one
 * transaction with the audit entry (before, after, who); the plan's version moves on, so that a
 * change of dates checked before it is checked again (it names who will be emailed). From then on
 * the inspection's notices go to the new person, and access follows at once (it is read from the
 * people). Those concerned are told once each, at once in working hours or else at the start of
 * the next working day.
 */
export async function changeOfficial(
  deps: Deps,
  principal: Principal,
  input: unknown,
): Promise<{ state: InspectionState; change: OfficialChange }> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const parsed = officialChangeSchema.safeParse({ ...(input as object), inspectionId: inspection.id });
  if (!parsed.success) {
    refuse(fieldErrorsFrom(parsed.error, input, { allowedKeys: Object.keys(officialChangeSchema.shape) }));
  }
  const request = parsed.data;
  if (!mayChangeOfficial(principal, inspection, request.role)) {
    throw new ForbiddenError(said('people.notAllowed', { role: request.role }));
  }
  const change = await retryOnConflict(() => save(deps, principal, request), {
    giveUp: said('people.meanwhile'),
    context: { inspectionId: inspection.id, role: request.role },
  });
  return { state: await mustLoadTimeline(deps, inspection.id), change };
}

async function save(deps: Deps, principal: Principal, request: OfficialChangeRequest): Promise<OfficialChange> {
  const state = await mustLoadTimeline(deps, request.inspectionId);
  const before = state.inspection;
  const person = { name: request.name, email: request.email };
  const result = changed(before.people, request.role, person);
  if (!result.ok) refuse([ruleError(result.field, person[result.field], result.said.key, result.said.values)]);
  const { change } = result;
  const now = deps.clock.now();
  const planVersion = before.planVersion + 1;
  const notices = noticesOfChange(change, isAnnounced(state.milestones));
  const at = whenChangeNoticeGoes(deps.calendar, deps.config.workingHours, now);
  const events = notices.map((notice) => changeEvent(before, planVersion, change, notice, at));
  const next: InspectionRecord = {
    ...before,
    people: change.people,
    planVersion,
    driver: events.length > 0 ? inspectionDriverName(before.id, planVersion) : before.driver,
    updatedAt: now.toISOString(),
  };
  await deps.timeline.replacePlan({
    inspection: next,
    expectedPlanVersion: before.planVersion,
    milestones: [],
    cancelEventIds: [],
    newEvents: events,
    audit: auditEntry({
      inspectionId: before.id,
      at: now,
      actor: principal,
      action: change.before ? 'official replaced' : 'official named',
      subject: `${change.role} of inspection ${before.id}`,
      before: { [change.role]: change.before ?? null },
      after: { [change.role]: change.after, told: events.map((event) => event.notice), planVersion },
    }),
  });
  if (events.length > 0) {
    await handOver(
      deps.driver,
      { inspectionId: before.id },
      { from: before.driver, to: next.driver, reason: `${change.role} changed: plan version ${planVersion}` },
    );
  }
  logger.info('official changed', { inspectionId: before.id, role: change.role, told: events.length });
  return change;
}

/** The timed notice a change makes: to the person it is for, by name, whoever holds the role when it goes. */
function changeEvent(
  inspection: InspectionRecord,
  planVersion: number,
  change: OfficialChange,
  notice: ChangeNotice,
  at: Date,
): EventRecord {
  const date = ukDateOf(at);
  const named = notice.to === 'role';
  const person = named ? change.after : (change.before ?? change.after);
  return {
    inspectionId: inspection.id,
    id: `${notice.kind}:${change.role}:v${planVersion}`,
    kind: 'notice',
    notice: notice.kind,
    milestoneId: 'announcement',
    date,
    at: at.toISOString(),
    phase: phaseOf(date, planOf(inspection)),
    to: [],
    cc: notice.cc,
    condition: 'always',
    completesMilestone: false,
    attachCalendar: named,
    status: 'pending',
    planVersion,
    official: {
      role: change.role,
      name: change.after.name,
      ...(change.before && !change.nameOnly ? { replacing: change.before.name } : {}),
    },
    toPerson: person,
  };
}
