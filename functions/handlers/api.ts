import { z } from 'zod';
import { actOnAlert, getAlert, listAlerts, PERSON_ACTIONS, raiseAlert } from '../app/alerts.js';
import { ForbiddenError, RequestError, type Deps } from '../app/deps.js';
import { recordCompletion, reschedule, startInspection, waiveMilestone } from '../app/inspections.js';
import {
  alertCapacity,
  canChange,
  canCreate,
  canSee,
  canSeeAlert,
  canSeeCalendarOf,
  sameEmail,
  seesEverything,
  type Principal,
} from '../domain/access.js';
import { isClosed } from '../domain/alerts.js';
import { milestonesCalendar } from '../domain/calendarFile.js';
import { addDays, localDateProblem, ukDateOf, type LocalDate } from '../domain/localDate.js';
import { summarise } from '../domain/overview.js';
import { PERSON_ROLES } from '../domain/people.js';
import type { FieldError } from '../domain/validation.js';
import {
  alertRecordSchema,
  completionRecordSchema,
  inspectionRecordSchema,
  milestoneRecordSchema,
  noticeRecordSchema,
  type AlertRecord,
  type InspectionRecord,
  type InspectionState,
  type MilestoneRecord,
} from '../ports/records.js';
import { parse } from './parse.js';

/**
 * The HTTP API (issue 6): one table of routes, served by API Gateway in AWS and by the local server
 * (functions/local/apiServer.ts), and called in-process by the pages. Each route checks who is
 * asking (functions/domain/access.ts) before it reads or changes anything, takes the actor from
 * the sign-in rather than the request, and has its response checked against a schema.
 */

export type ApiResult = { json: unknown } | { file: { contentType: string; filename: string; body: string } };

export interface ApiRoute {
  name: string;
  method: 'GET' | 'POST';
  /** API Gateway's route path, e.g. `/api/inspections/{inspectionId}`. */
  path: string;
  /** Reads only: served by a function that may only read the table. */
  reads: boolean;
  describe: string;
  response?: z.ZodType;
  handle(deps: Deps, principal: Principal, input: Record<string, unknown>): Promise<ApiResult>;
}

const forbid = (message: string): never => {
  throw new ForbiddenError(message);
};

const today = (deps: Deps): LocalDate => ukDateOf(deps.clock.now());

/**
 * The inspection's record (one read, not its timeline), if the person may see it. To someone who
 * does not see everything, one that does not exist is refused like one they may not see, so ids
 * cannot be tried to learn what exists.
 */
async function visible(deps: Deps, principal: Principal, inspectionId: unknown): Promise<InspectionRecord> {
  if (typeof inspectionId !== 'string' || inspectionId.trim() === '') {
    throw new RequestError('say which inspection', [
      { field: 'inspectionId', value: inspectionId, message: 'must be an inspection’s id, e.g. wales-2027-05-17' },
    ]);
  }
  const inspection = await deps.store.getInspection(inspectionId);
  if (inspection && canSee(principal, inspection)) return inspection;
  if (!inspection && seesEverything(principal)) {
    throw new RequestError(`no such inspection: ${inspectionId}`, [
      { field: 'inspectionId', value: inspectionId, message: 'is not an inspection' },
    ]);
  }
  return forbid(`you cannot see the inspection ${inspectionId}`);
}

/** The inspection's milestones, in date order (without its events). */
async function milestonesOf(deps: Deps, inspectionId: string): Promise<MilestoneRecord[]> {
  return (await deps.store.milestones(inspectionId)).sort(byDueDate);
}

/** An alert, if the person may see it (a region: once it has been told of it). */
async function visibleAlert(
  deps: Deps,
  principal: Principal,
  alertId: unknown,
): Promise<{ alert: AlertRecord; inspection: InspectionRecord }> {
  let alert: AlertRecord;
  try {
    alert = await getAlert(deps, String(alertId ?? ''));
  } catch (error) {
    if (error instanceof RequestError && !seesEverything(principal))
      forbid(`you cannot see the alert ${String(alertId)}`);
    throw error;
  }
  const inspection = await visible(deps, principal, alert.inspectionId);
  if (!canSeeAlert(principal, inspection, alert)) forbid(`you cannot see the alert ${alert.ref}`);
  return { alert, inspection };
}

async function changeable(deps: Deps, principal: Principal, inspectionId: unknown): Promise<void> {
  const inspection = await visible(deps, principal, inspectionId);
  if (!canChange(principal, inspection)) forbid(`you cannot change the inspection ${inspection.id}`);
}

/** The inspection's alerts the person may see. */
async function alertsOf(deps: Deps, principal: Principal, inspection: InspectionRecord): Promise<AlertRecord[]> {
  if (!inspection.alertCount) return [];
  return (await deps.store.alerts(inspection.id)).filter((alert) => canSeeAlert(principal, inspection, alert));
}

const openCount = (alerts: AlertRecord[]) => alerts.filter((alert) => !isClosed(alert.status)).length;

const summarySchema = z.object({
  phase: z.string(),
  nextDeadline: z
    .object({ id: z.string(), title: z.string(), dueDate: z.string(), party: z.string(), role: z.string() })
    .optional(),
  overdue: z.array(z.object({ id: z.string(), title: z.string(), dueDate: z.string(), status: z.string() })),
  openAlerts: z.number().int().min(0),
  rag: z.enum(['red', 'amber', 'green']),
  ragReason: z.enum(['Overdue', 'Due soon', 'Alert open', 'On track']),
  dueWithin: z.boolean(),
});

export const inspectionRowSchema = z.object({
  id: z.string(),
  ref: z.string(),
  region: z.string(),
  regionId: z.string(),
  fieldworkStart: z.string(),
  planVersion: z.number().int(),
  lead: z.string(),
  summary: summarySchema,
});
export type InspectionRow = z.infer<typeof inspectionRowSchema>;

export const inspectionViewSchema = z.object({
  inspection: inspectionRecordSchema,
  milestones: z.array(milestoneRecordSchema),
  completions: z.array(completionRecordSchema),
  alerts: z.array(alertRecordSchema),
  summary: summarySchema,
});
export type InspectionView = z.infer<typeof inspectionViewSchema>;

const milestoneResultSchema = z.object({ milestone: milestoneRecordSchema, alreadyRecorded: z.boolean() });
const planSchema = z.object({ inspection: inspectionRecordSchema, milestones: z.array(milestoneRecordSchema) });

const byDueDate = (a: MilestoneRecord, b: MilestoneRecord) =>
  a.dueDate.localeCompare(b.dueDate) || (a.time ?? '').localeCompare(b.time ?? '');

/** A calendar's events: one per milestone, on its due date. */
const calendarEntries = (inspection: InspectionRecord, milestones: MilestoneRecord[]) =>
  milestones.map((milestone) => ({
    inspectionId: inspection.id,
    region: inspection.region,
    milestone: { ...milestone, date: milestone.dueDate },
  }));

const calendar = (filename: string, body: string): ApiResult => ({
  file: { contentType: 'text/calendar; charset=utf-8', filename, body },
});

/** The actor is the signed-in person, whatever the request says. */
const signedIn = (principal: Principal, input: Record<string, unknown>) => ({ ...input, actor: principal.name });

const planOf = (state: InspectionState) => ({ inspection: state.inspection, milestones: state.milestones });

/** A change to one inspection: allowed only to someone who may change it, made in their name. */
function changeRoute(
  route: Pick<ApiRoute, 'name' | 'path' | 'describe' | 'response'>,
  change: (deps: Deps, input: Record<string, unknown>) => Promise<unknown>,
): ApiRoute {
  return {
    ...route,
    method: 'POST',
    reads: false,
    async handle(deps, principal, input) {
      await changeable(deps, principal, input.inspectionId);
      return { json: await change(deps, signedIn(principal, input)) };
    },
  };
}

const dueQuery = z
  .object({
    from: z.string({ error: 'must be a date written YYYY-MM-DD' }),
    to: z.string({ error: 'must be a date written YYYY-MM-DD' }),
  })
  .superRefine((value, context) => {
    for (const field of ['from', 'to'] as const) {
      const problem = localDateProblem(value[field]);
      if (problem) context.addIssue({ code: 'custom', path: [field], message: problem });
    }
    if (value.to < value.from) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (value.to > addDays(value.from as LocalDate, 366)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must be within a year of from' });
    }
  });

export const API_ROUTES: readonly ApiRoute[] = [
  {
    name: 'listInspections',
    method: 'GET',
    path: '/api/inspections',
    reads: true,
    describe: 'every inspection the person may see, each at a glance',
    response: z.array(inspectionRowSchema),
    async handle(deps, principal) {
      const visibleOnes = (await deps.store.listInspections()).filter((inspection) => canSee(principal, inspection));
      const rows = await Promise.all(
        visibleOnes.map(async (inspection): Promise<InspectionRow> => {
          const [milestones, alerts] = await Promise.all([
            milestonesOf(deps, inspection.id),
            alertsOf(deps, principal, inspection),
          ]);
          return {
            id: inspection.id,
            ref: inspection.ref,
            region: inspection.region,
            regionId: inspection.regionId,
            fieldworkStart: inspection.fieldworkStart,
            planVersion: inspection.planVersion,
            lead: inspection.people.lead.name,
            summary: summarise(milestones, openCount(alerts), today(deps)),
          };
        }),
      );
      return { json: rows.sort((a, b) => a.fieldworkStart.localeCompare(b.fieldworkStart)) };
    },
  },
  {
    name: 'startInspection',
    method: 'POST',
    path: '/api/inspections',
    reads: false,
    describe: 'plan a new inspection and start its workflow',
    response: planSchema,
    async handle(deps, principal, input) {
      if (!canCreate(principal)) forbid('only administrators and Heads of Programme plan inspections');
      return { json: planOf(await startInspection(deps, signedIn(principal, input))) };
    },
  },
  {
    name: 'getInspection',
    method: 'GET',
    path: '/api/inspections/{inspectionId}',
    reads: true,
    describe: 'one inspection with its timeline, completions and alerts',
    response: inspectionViewSchema,
    async handle(deps, principal, input) {
      const inspection = await visible(deps, principal, input.inspectionId);
      const [milestones, alerts, completions] = await Promise.all([
        milestonesOf(deps, inspection.id),
        alertsOf(deps, principal, inspection),
        deps.store.completions(inspection.id),
      ]);
      return {
        json: {
          inspection,
          milestones,
          completions,
          alerts,
          summary: summarise(milestones, openCount(alerts), today(deps)),
        } satisfies InspectionView,
      };
    },
  },
  changeRoute(
    {
      name: 'reschedule',
      path: '/api/inspections/{inspectionId}/reschedule',
      describe: 'move the fieldwork start or single milestone dates',
      response: planSchema,
    },
    async (deps, input) => planOf(await reschedule(deps, input)),
  ),
  changeRoute(
    {
      name: 'recordCompletion',
      path: '/api/inspections/{inspectionId}/completions',
      describe: 'record that a milestone was done (met, or met late)',
      response: milestoneResultSchema,
    },
    recordCompletion,
  ),
  changeRoute(
    {
      name: 'waiveMilestone',
      path: '/api/inspections/{inspectionId}/waivers',
      describe: 'waive a milestone, with a reason',
      response: milestoneResultSchema,
    },
    waiveMilestone,
  ),
  {
    name: 'listNotices',
    method: 'GET',
    path: '/api/inspections/{inspectionId}/notices',
    reads: true,
    describe: 'the notices of an inspection with their status (sent, bounced, failed …)',
    response: z.array(noticeRecordSchema),
    async handle(deps, principal, input) {
      const inspection = await visible(deps, principal, input.inspectionId);
      const notices = await deps.store.notices(inspection.id);
      // A region sees what was sent to the region, not the inspectorate's internal reminders.
      const shown =
        principal.role === 'region'
          ? notices.filter(
              (n) =>
                n.toRoles.some((r) => r === 'rpd' || r === 'spoc') ||
                [...n.to, ...n.cc].some((email) => sameEmail(email, principal.email)),
            )
          : notices;
      return { json: shown.sort((a, b) => a.firstAttemptAt.localeCompare(b.firstAttemptAt)) };
    },
  },
  {
    name: 'inspectionCalendar',
    method: 'GET',
    path: '/api/inspections/{inspectionId}/calendar.ics',
    reads: true,
    describe: 'an iCalendar feed of the inspection’s milestones, to subscribe to in Outlook',
    async handle(deps, principal, input) {
      const inspection = await visible(deps, principal, input.inspectionId);
      const entries = calendarEntries(inspection, await milestonesOf(deps, inspection.id));
      const body = milestonesCalendar(`DIPP ${inspection.region}`, entries, {
        now: deps.clock.now(),
        sequence: inspection.planVersion,
      });
      return calendar(`${inspection.id}.ics`, body);
    },
  },
  {
    name: 'personCalendar',
    method: 'GET',
    path: '/api/people/{email}/calendar.ics',
    reads: true,
    describe: 'an iCalendar feed of every inspection a person takes part in',
    async handle(deps, principal, input) {
      const email = parse(z.object({ email: z.email({ error: 'must be an email address' }) }), input).email;
      if (!canSeeCalendarOf(principal, email)) forbid('you can subscribe to your own calendar only');
      const takesPart = (inspection: InspectionRecord) =>
        PERSON_ROLES.some((role) => sameEmail(inspection.people[role]?.email, email));
      const theirs = (await deps.store.listInspections()).filter(
        (inspection) => takesPart(inspection) && canSee(principal, inspection),
      );
      const entries = await Promise.all(
        theirs.map(async (inspection) => calendarEntries(inspection, await milestonesOf(deps, inspection.id))),
      );
      return calendar('dipp.ics', milestonesCalendar('DIPP inspections', entries.flat(), { now: deps.clock.now() }));
    },
  },
  {
    name: 'dueMilestones',
    method: 'GET',
    path: '/api/milestones/due',
    reads: true,
    describe: 'everything due between two dates, and everything overdue, across the inspections the person may see',
    response: z.object({ due: z.array(milestoneRecordSchema), overdue: z.array(milestoneRecordSchema) }),
    async handle(deps, principal, input) {
      const { from, to } = parse(dueQuery, input);
      const inspections = new Map((await deps.store.listInspections()).map((i) => [i.id, i]));
      const mine = (m: MilestoneRecord) => {
        const inspection = inspections.get(m.inspectionId);
        return inspection !== undefined && canSee(principal, inspection);
      };
      const [due, overdue] = await Promise.all([
        deps.store.dueBetween(from as LocalDate, to as LocalDate),
        deps.store.overdue(),
      ]);
      return { json: { due: due.filter(mine).sort(byDueDate), overdue: overdue.filter(mine).sort(byDueDate) } };
    },
  },
  {
    name: 'listAlerts',
    method: 'GET',
    path: '/api/alerts',
    reads: true,
    describe: 'alerts, of one inspection or of all the person may see; only open ones with open=true',
    response: z.array(alertRecordSchema),
    async handle(deps, principal, input) {
      // One inspection's alerts need only that inspection, already read to check it may be seen.
      const scope =
        input.inspectionId !== undefined
          ? [await visible(deps, principal, input.inspectionId)]
          : await deps.store.listInspections();
      const alerts = await listAlerts(deps, input);
      const inspections = new Map(scope.map((i) => [i.id, i]));
      return {
        json: alerts.filter((alert) => {
          const inspection = inspections.get(alert.inspectionId);
          return inspection !== undefined && canSeeAlert(principal, inspection, alert);
        }),
      };
    },
  },
  {
    name: 'raiseAlert',
    method: 'POST',
    path: '/api/alerts',
    reads: false,
    describe: 'raise an individual or organisational alert',
    response: alertRecordSchema,
    async handle(deps, principal, input) {
      const inspection = await visible(deps, principal, input.inspectionId);
      const capacity = alertCapacity(principal, inspection, 'raise');
      if (!capacity) return forbid(`you cannot raise alerts in ${inspection.id}`);
      const { by: _by, ...rest } = input;
      return { json: await raiseAlert(deps, { ...rest, raisedBy: principal.name, as: capacity }, { vouched: true }) };
    },
  },
  {
    name: 'getAlert',
    method: 'GET',
    path: '/api/alerts/{alertId}',
    reads: true,
    describe: 'one alert: its state, deadlines, escalations and evidence',
    response: alertRecordSchema,
    async handle(deps, principal, input) {
      return { json: (await visibleAlert(deps, principal, input.alertId)).alert };
    },
  },
  {
    name: 'actOnAlert',
    method: 'POST',
    path: '/api/alerts/{alertId}/{action}',
    reads: false,
    describe: 'confirm, acknowledge, submit-evidence, assure, withdraw or mark-in-report',
    response: alertRecordSchema,
    async handle(deps, principal, input) {
      const { alertId, action, by: _by, as: _as, ...rest } = input;
      const { alert, inspection } = await visibleAlert(deps, principal, alertId);
      const actionSchema = z.enum(PERSON_ACTIONS, { error: `must be one of: ${PERSON_ACTIONS.join(', ')}` });
      const chosen = parse(z.object({ action: actionSchema }), { action }).action;
      const capacity = alertCapacity(principal, inspection, chosen);
      if (!capacity) return forbid(`you cannot ${chosen.replace(/-/g, ' ')} alerts in ${inspection.id}`);
      return {
        json: await actOnAlert(
          deps,
          chosen,
          alert.id,
          { ...rest, by: principal.name, as: capacity },
          { vouched: true },
        ),
      };
    },
  },
];

export type ApiOutcome =
  { status: 200; result: ApiResult } | { status: 400 | 403 | 404; message: string; errors: FieldError[] };

/** Runs a route for a signed-in person: 200, or 400/403/404 with a message (never a stack trace). */
export async function callRoute(
  deps: Deps,
  route: ApiRoute,
  principal: Principal,
  input: Record<string, unknown>,
): Promise<ApiOutcome> {
  try {
    const result = await route.handle(deps, principal, input);
    if ('json' in result && route.response) {
      const checked = route.response.safeParse(result.json);
      if (!checked.success) {
        throw new Error(`the ${route.name} response does not match its schema: ${checked.error.message}`);
      }
    }
    return { status: 200, result };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: 403, message: error.message, errors: [] };
    if (error instanceof RequestError) {
      const missing = error.errors.some((e) => e.message === 'is not an alert' || e.message === 'is not an inspection');
      return { status: missing ? 404 : 400, message: error.message, errors: error.errors };
    }
    throw error;
  }
}

export const routeNamed = (name: string): ApiRoute => {
  const route = API_ROUTES.find((r) => r.name === name);
  if (!route) throw new Error(`no API route ${name}`);
  return route;
};
