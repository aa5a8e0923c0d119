import * as z from 'zod/mini';
import { canSee, canSeeCalendarOf, sameEmail, type Principal } from '../../domain/access.js';
import { milestonesCalendar } from '../../domain/calendarFile.js';
import type { Language } from '../../domain/planner.js';
import { PERSON_ROLES } from '../../domain/roles.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import type { InspectionRecord, MilestoneRecord } from '../../ports/records.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse } from '../errors.js';
import { milestonesOf } from './readHelpers.js';
import type { FileResult } from './views.js';

/** A calendar's events: one per milestone, on its due date. */
const calendarEntries = (inspection: InspectionRecord, milestones: MilestoneRecord[]) =>
  milestones.map((milestone) => ({
    inspectionId: inspection.id,
    region: inspection.region,
    milestone: { ...milestone, date: milestone.dueDate },
  }));

const calendar = (filename: string, body: string): FileResult => ({
  contentType: 'text/calendar; charset=utf-8',
  filename,
  body,
});

/** An iCalendar feed of one inspection's milestones, its sequence the plan's version. */
export async function inspectionCalendar(deps: Deps, principal: Principal, inspectionId: unknown): Promise<FileResult> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  const entries = calendarEntries(inspection, await milestonesOf(deps, inspection.id));
  const body = milestonesCalendar(`DIPP ${inspection.region}`, entries, {
    now: deps.clock.now(),
    sequence: inspection.planVersion,
  });
  return calendar(`${inspection.id}.ics`, body);
}

const personSchema = z.object({ email: z.email({ error: () => zodMessage('due.emailAddress') }) });

/** An iCalendar feed of every inspection a person takes part in: their own, or anyone's for those who see everything. */
export async function personCalendar(
  deps: Deps,
  principal: Principal,
  input: unknown,
  lang: Language = 'en',
): Promise<FileResult> {
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { email } = parsed.data;
  if (!canSeeCalendarOf(principal, email)) throw new ForbiddenError(said('due.ownCalendarOnly'));
  const takesPart = (inspection: InspectionRecord) =>
    PERSON_ROLES.some((role) => sameEmail(inspection.people[role]?.email, email));
  const theirs = (await deps.timeline.listInspections()).filter(
    (inspection) => takesPart(inspection) && canSee(principal, inspection),
  );
  const entries = await Promise.all(
    theirs.map(async (inspection) => calendarEntries(inspection, await milestonesOf(deps, inspection.id))),
  );
  const name = lang === 'cy' ? 'Arolygiadau DIPP' : 'DIPP inspections';
  return calendar('dipp.ics', milestonesCalendar(name, entries.flat(), { now: deps.clock.now(), lang }));
}
