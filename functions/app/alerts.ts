import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  alertDeadlinesSchema,
  alertEvents,
  alertSchedule,
  leadChase,
  gateReason,
  isClosed,
  parseRaiseAlert,
  publicationGate,
  stillOwed,
  transition,
  type AlertAction,
  type AlertActor,
  type AlertEvent,
  type PublicationGate,
} from '../domain/alerts.js';
import type { PersonRole } from '../domain/people.js';
import { fieldErrorsFrom, type FieldError } from '../domain/validation.js';
import { ConflictError, DuplicateAlertError } from '../ports/inspectionStore.js';
import type { AlertRecord, AuditEntry, InspectionRecord, InspectionState } from '../ports/records.js';
import { logger } from '../shared/logger.js';
import { composeNotice, type NoticeRequest } from './composeNotice.js';
import { RequestError, TransientError, type Deps } from './deps.js';
import { restartDriver } from './inspections.js';
import { sendNoticeOnce } from './sendNotice.js';

/*
 * Alerts (§6.7). An alert's record in DynamoDB is the truth; its workflow execution (one driver at
 * a time, named in the record) sends what is due and waits for the next reminder or escalation.
 * Every action by a person saves the alert and hands it to a fresh driver, which stops the old one
 * at once: an assured or withdrawn alert's execution ends then, not at its next waiting time.
 */

/** Alert ids are `<inspectionId>-a<n>`; the reference people see is `DIPP-<ID>`, like the inspection's. */
export function parseAlertId(value: string): { inspectionId: string; alertId: string } | undefined {
  const id = value
    .trim()
    .toLowerCase()
    .replace(/^dipp-/, '');
  const match = /^(.+)-a\d+$/.exec(id);
  return match?.[1] ? { inspectionId: match[1], alertId: id } : undefined;
}

function driverName(alertId: string): string {
  return `${alertId}-${randomBytes(4).toString('hex')}`.slice(-80);
}

/** One open alert per case (or per region, for an organisational alert) and category. */
function openKey(alert: Pick<AlertRecord, 'caseReference' | 'category'>): string {
  return `${alert.caseReference ?? 'ORG'}#${alert.category}`;
}

function refuse(errors: FieldError[], message?: string): never {
  throw new RequestError(message ?? errors.map((e) => `${e.field} ${e.message}`).join('; '), errors);
}

const actorSchema = z
  .object({
    by: z.string().trim().min(1, { error: 'must name who is acting' }).max(120),
    as: z.enum(['inspector', 'lead', 'region'], { error: 'must be one of: inspector, lead, region' }),
  })
  .strict();
type Actor = z.infer<typeof actorSchema>;

/**
 * Who is acting, when the caller has already checked it: the HTTP API takes the person from their
 * sign-in and their capacity from their role (functions/domain/access.ts), so an administrator may
 * act for the lead or the region under their own name.
 */
export interface Vouched {
  vouched?: boolean;
}

/** The officials who may act in a role for an inspection: the lead (or deputy), the RPD or SPOC. */
function checkActor(inspection: InspectionRecord, actor: Actor): void {
  const people = inspection.people;
  const allowed: Record<Actor['as'], (string | undefined)[] | undefined> = {
    inspector: undefined,
    lead: [people.lead.name, people.deputyLead?.name],
    region: [people.rpd.name, people.spoc?.name],
  };
  const names = allowed[actor.as];
  if (names && !names.some((name) => name?.toLowerCase() === actor.by.toLowerCase())) {
    refuse([
      {
        field: 'by',
        value: actor.by,
        message: `is not ${actor.as === 'lead' ? 'the lead or deputy lead inspector' : 'the RPD or SPOC'} of ${inspection.id}: ${names.filter(Boolean).join(' or ')}`,
      },
    ]);
  }
}

/** The inspection's own record (its people), one read: raising and acting need no timeline. */
async function loadInspection(deps: Deps, inspectionId: string): Promise<InspectionRecord> {
  const inspection = await deps.store.getInspection(inspectionId);
  if (!inspection) refuse([{ field: 'inspectionId', value: inspectionId, message: 'is not an inspection' }]);
  return inspection;
}

async function loadAlert(deps: Deps, reference: string): Promise<AlertRecord> {
  const key = parseAlertId(reference);
  const alert = key ? await deps.store.getAlert(key.inspectionId, key.alertId) : undefined;
  if (!alert) refuse([{ field: 'alertId', value: reference, message: 'is not an alert' }]);
  return alert;
}

function audit(alert: AlertRecord, at: Date, actor: string, action: string, before?: unknown, after?: unknown) {
  return {
    inspectionId: alert.inspectionId,
    at: at.toISOString(),
    actor,
    action,
    subject: `alert ${alert.id}`,
    before,
    after,
  } satisfies AuditEntry;
}

const raiseRequestSchema = z
  .object({ as: z.enum(['inspector', 'lead'], { error: 'must be inspector or lead' }).default('inspector') })
  .passthrough();

/**
 * An inspector raises an alert; the lead confirms it (one the lead raises is confirmed at once).
 * Refused while an alert for the same case (or, organisational, the region) and category is open.
 */
export async function raiseAlert(deps: Deps, input: unknown, options: Vouched = {}): Promise<AlertRecord> {
  const role = raiseRequestSchema.safeParse(input ?? {});
  const { as: _given, ...fields } = (input ?? {}) as Record<string, unknown>;
  const as = role.success ? role.data.as : 'inspector';
  const parsed = parseRaiseAlert(fields);
  const errors = [...(role.success ? [] : fieldErrorsFrom(role.error, input)), ...(parsed.ok ? [] : parsed.errors)];
  if (errors.length > 0 || !parsed.ok) refuse(errors);
  const request = parsed.value;
  const inspection = await loadInspection(deps, request.inspectionId);
  if (!options.vouched) checkActor(inspection, { by: request.raisedBy, as });
  const now = deps.clock.now().toISOString();
  const number = await deps.store.nextAlertNumber(inspection.id);
  const id = `${inspection.id}-a${number}`;
  const byLead = as === 'lead';
  const alert: AlertRecord = {
    inspectionId: inspection.id,
    id,
    ref: `DIPP-${id.toUpperCase()}`,
    type: request.type,
    category: request.category,
    ...(request.caseReference ? { caseReference: request.caseReference } : {}),
    whatMightHappen: request.whatMightHappen,
    howSerious: request.howSerious,
    howImminent: request.howImminent,
    actionRequested: request.actionRequested,
    deadlines: alertDeadlinesSchema.parse(request.deadlines ?? {}),
    status: byLead ? 'confirmed' : 'raised',
    raised: { at: now, by: request.raisedBy },
    ...(byLead ? { confirmed: { at: now, by: request.raisedBy } } : {}),
    events: [],
    escalations: [],
    sent: [],
    driver: driverName(id),
    version: 1,
    updatedAt: now,
  };
  try {
    await deps.store.createAlert(
      alert,
      openKey(alert),
      audit(alert, deps.clock.now(), request.raisedBy, 'alert raised', undefined, {
        type: alert.type,
        category: alert.category,
        status: alert.status,
      }),
    );
  } catch (error) {
    if (error instanceof DuplicateAlertError) {
      const what = alert.caseReference ? `case ${alert.caseReference}` : 'the region';
      refuse(
        [
          {
            field: alert.caseReference ? 'caseReference' : 'category',
            value: alert.caseReference ?? alert.category,
            message: `already has an open ${alert.category} alert: ${error.openAlertId}`,
          },
        ],
        `an open alert for ${what} in category ${alert.category} exists: ${error.openAlertId}`,
      );
    }
    throw error;
  }
  await deps.alertDriver.start({ inspectionId: alert.inspectionId, alertId: alert.id }, alert.driver);
  logger.info('alert raised', { inspectionId: alert.inspectionId, alertId: alert.id, type: alert.type });
  return alert;
}

const actionSchemas = {
  confirm: actorSchema,
  acknowledge: actorSchema,
  'submit-evidence': actorSchema.extend({
    summary: z
      .string({ error: 'must say what action was taken and where the evidence is' })
      .trim()
      .min(3, { error: 'must say what action was taken and where the evidence is' })
      .max(4000),
  }),
  assure: actorSchema,
  withdraw: actorSchema.extend({
    reason: z
      .string({ error: 'is needed to withdraw an alert' })
      .trim()
      .min(3, { error: 'is needed to withdraw an alert' })
      .max(2000),
  }),
  'mark-in-report': actorSchema,
} as const;
export type PersonAction = keyof typeof actionSchemas;
export const PERSON_ACTIONS = Object.keys(actionSchemas) as [PersonAction, ...PersonAction[]];

/**
 * A person acts on an alert: the lead confirms, assures, withdraws or marks it as described in the
 * report; the region acknowledges or submits evidence. Every step is checked against the alert's
 * state and the person's role, saved with its audit entry, and handed to a fresh driver.
 */
export async function actOnAlert(
  deps: Deps,
  action: PersonAction,
  alertReference: string,
  input: unknown,
  options: Vouched = {},
): Promise<AlertRecord> {
  const parsed = actionSchemas[action].safeParse(input ?? {});
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const request = parsed.data as Actor & { summary?: string; reason?: string };
  for (let attempt = 1; ; attempt += 1) {
    const before = await loadAlert(deps, alertReference);
    // Whether this person may act in this role does not change between attempts; a caller who
    // has checked it already (the HTTP API) is not asked again.
    if (attempt === 1 && !options.vouched) checkActor(await loadInspection(deps, before.inspectionId), request);
    const now = deps.clock.now();
    const at = now.toISOString();
    const next: AlertRecord = { ...before, version: before.version + 1, updatedAt: at };
    let changed: string;
    if (action === 'mark-in-report') {
      if (before.type !== 'organisational') {
        refuse([
          {
            field: 'alertId',
            value: alertReference,
            message: 'is an individual alert: only organisational alerts are described in the report',
          },
        ]);
      }
      if (before.status === 'withdrawn') {
        refuse([
          { field: 'alertId', value: alertReference, message: 'is withdrawn: it need not be described in the report' },
        ]);
      }
      if (request.as !== 'lead')
        refuse([
          {
            field: 'as',
            value: request.as,
            message: 'must be lead: only the lead inspector marks what the report describes',
          },
        ]);
      // Marked once (as the pages offer it): marking again changes nothing, nor who marked it.
      if (before.describedInReport) return before;
      next.describedInReport = { at, by: request.by };
      changed = 'alert marked as described in the report';
    } else {
      const moved = transition(before.status, action as AlertAction, request.as as AlertActor, request.reason);
      if (!moved.ok) refuse(moved.errors);
      next.status = moved.value.to;
      const stamp = { at, by: request.by };
      if (action === 'confirm') next.confirmed = stamp;
      if (action === 'acknowledge') next.acknowledged = stamp;
      if (action === 'submit-evidence') next.evidence = { ...stamp, summary: request.summary ?? '' };
      if (action === 'assure') next.assured = stamp;
      if (action === 'withdraw') next.withdrawn = { ...stamp, reason: request.reason ?? '' };
      // What the region no longer owes ends its reminders and escalations: a late answer stops the chain.
      next.events = before.events.map((event) =>
        event.status === 'pending' && !stillOwed(next.status, event.after)
          ? { ...event, status: 'cancelled', outcome: `${next.status} at ${at}` }
          : event,
      );
      changed = `alert ${next.status}`;
    }
    next.driver = driverName(next.id);
    try {
      await deps.store.saveAlert(
        next,
        [audit(next, now, request.by, changed, { status: before.status }, { status: next.status })],
        isClosed(next.status) && !isClosed(before.status) ? { releaseKey: openKey(next) } : {},
      );
    } catch (error) {
      if (error instanceof ConflictError && attempt < 3) continue;
      if (error instanceof ConflictError)
        throw new RequestError('the alert changed meanwhile: look at it again and retry');
      throw error;
    }
    // The new driver first: if stopping the old one fails, it stops itself on seeing it was replaced.
    await deps.alertDriver.start({ inspectionId: next.inspectionId, alertId: next.id }, next.driver);
    await deps.alertDriver.stop(before.driver, `alert ${action}`);
    logger.info('alert updated', { inspectionId: next.inspectionId, alertId: next.id, action, status: next.status });
    if (next.type === 'organisational') await reviewPublication(deps, next.inspectionId);
    return next;
  }
}

const listSchema = z
  .object({
    inspectionId: z.string().min(1).optional(),
    /** true, or "true" from a query string. */
    open: z.union([z.boolean(), z.stringbool()]).optional(),
  })
  .strict();

/** Alerts of one inspection, or of all; only the open ones if asked. */
export async function listAlerts(deps: Deps, input: unknown): Promise<AlertRecord[]> {
  const parsed = listSchema.safeParse(input ?? {});
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { inspectionId, open } = parsed.data;
  const alerts = inspectionId ? await deps.store.alerts(inspectionId) : await deps.store.allAlerts();
  return alerts.filter((alert) => !open || !isClosed(alert.status));
}

export async function getAlert(deps: Deps, reference: string): Promise<AlertRecord> {
  return loadAlert(deps, reference);
}

/* ---------------------------------------------------------------- the driver */

export interface AlertDriverInput {
  inspectionId: string;
  alertId: string;
  driver: string;
}

export interface AlertNextStep {
  done: boolean;
  at: string;
  reason?: string;
}

const REGION: PersonRole[] = ['rpd', 'spoc'];

/** Whom the alert is raised with: the region, with the lead (and for organisational alerts the top of the inspectorate) copied. */
function raisedCopies(alert: AlertRecord): PersonRole[] {
  return alert.type === 'organisational' ? ['lead', 'headOfProgramme', 'chiefInspector'] : ['lead'];
}

function facts(deps: Deps, alert: AlertRecord, extra: Partial<NonNullable<NoticeRequest['alert']>> = {}) {
  return {
    ref: alert.ref,
    type: alert.type,
    category: alert.category,
    url: `${deps.config.baseUrl}/alerts/${encodeURIComponent(alert.id)}`,
    raisedBy: alert.raised.by,
    ...(alert.acknowledgeBy ? { acknowledgeBy: new Date(alert.acknowledgeBy) } : {}),
    ...(alert.evidenceBy ? { evidenceBy: new Date(alert.evidenceBy) } : {}),
    ...extra,
  };
}

/**
 * Sends one of the alert's notices at most once and notes it in the alert. The notice id is fixed
 * by the alert and the step, so a retried or duplicated driver finds it sent.
 */
async function sendAlertNotice(
  deps: Deps,
  state: InspectionState,
  alert: AlertRecord,
  step: string,
  request: Omit<NoticeRequest, 'id' | 'attachCalendar' | 'alertId'>,
): Promise<AlertRecord> {
  const id = `alert:${alert.id}:${step}`;
  if (alert.sent.includes(id)) return alert;
  const { draft, message } = composeNotice(deps, state, { ...request, id, alertId: alert.id, attachCalendar: false });
  const { notice } = await sendNoticeOnce(deps, draft, message);
  const next: AlertRecord = {
    ...alert,
    sent: [...alert.sent, id],
    version: alert.version + 1,
    updatedAt: deps.clock.now().toISOString(),
  };
  await save(deps, next, [
    audit(
      next,
      deps.clock.now(),
      'system',
      notice.status === 'failed' ? 'alert notice failed' : 'alert notice sent',
      undefined,
      {
        kind: request.kind,
        notice: id,
      },
    ),
  ]);
  return next;
}

async function save(deps: Deps, alert: AlertRecord, entries: AuditEntry[]): Promise<void> {
  try {
    await deps.store.saveAlert(alert, entries);
  } catch (error) {
    // A person acted meanwhile: their save handed the alert to a new driver. Retry reads it again.
    if (error instanceof ConflictError) throw new TransientError(`alert ${alert.id} changed meanwhile`);
    throw error;
  }
}

function nextOf(alert: AlertRecord, now: Date): AlertNextStep {
  const next = alert.events
    .filter((event) => event.status === 'pending')
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))[0];
  return next
    ? { done: false, at: next.at }
    : { done: true, at: now.toISOString(), reason: `nothing left to wait for (${alert.status})` };
}

/** The alert workflow's one task: send what is due now, and say when to look again. */
export async function advanceAlert(deps: Deps, input: AlertDriverInput): Promise<AlertNextStep> {
  let alert = await deps.store.getAlert(input.inspectionId, input.alertId);
  const now = deps.clock.now();
  if (!alert) return { done: true, at: now.toISOString(), reason: `alert ${input.alertId} does not exist` };
  if (alert.driver !== input.driver)
    return { done: true, at: now.toISOString(), reason: `superseded by ${alert.driver}` };
  const state = await deps.store.load(alert.inspectionId, { pendingOnly: true });
  if (!state) return { done: true, at: now.toISOString(), reason: `inspection ${alert.inspectionId} does not exist` };

  if (alert.status === 'raised' || alert.status === 'evidence-submitted') alert = await chaseLead(deps, alert, now);
  if (alert.status === 'raised') {
    alert = await sendAlertNotice(deps, state, alert, 'to-confirm', {
      kind: 'alert-to-confirm',
      to: ['lead'],
      cc: [],
      alert: facts(deps, alert),
    });
  }
  if (alert.status === 'confirmed') {
    // The deadlines are fixed before the alert goes out, so the email and the record agree.
    const schedule = alertSchedule(deps.calendar, now, alert.deadlines);
    const moved = transition(alert.status, 'notify', 'system');
    if (!moved.ok) throw new Error(moved.errors[0]?.message);
    const notified: AlertRecord = {
      ...alert,
      status: moved.value.to,
      notifiedAt: now.toISOString(),
      acknowledgeBy: schedule.acknowledgeBy.toISOString(),
      evidenceBy: schedule.evidenceBy.toISOString(),
      events: [...alert.events, ...alertEvents(schedule)],
      version: alert.version + 1,
      updatedAt: now.toISOString(),
    };
    await save(deps, notified, [
      audit(
        notified,
        now,
        'system',
        'alert region-notified',
        { status: alert.status },
        {
          status: notified.status,
          acknowledgeBy: notified.acknowledgeBy,
          evidenceBy: notified.evidenceBy,
        },
      ),
    ]);
    alert = notified;
  }
  if (alert.notifiedAt) {
    // Sent after the notified state is saved: a driver cut off in between finds it unsent and sends it.
    alert = await sendAlertNotice(deps, state, alert, 'raised', {
      kind: 'alert-raised',
      to: REGION,
      cc: raisedCopies(alert),
      alert: facts(deps, alert),
    });
  }
  for (const event of alert.events.filter((e) => e.status === 'pending' && new Date(e.at) <= now)) {
    alert = await doAlertEvent(deps, state, alert, event);
  }
  if (alert.status === 'evidence-submitted') {
    alert = await sendAlertNotice(deps, state, alert, 'evidence', {
      kind: 'alert-evidence-submitted',
      to: ['lead'],
      cc: [],
      alert: facts(deps, alert),
    });
  }
  if ((alert.status === 'assured' || alert.status === 'withdrawn') && alert.notifiedAt) {
    alert = await sendAlertNotice(deps, state, alert, 'closed', {
      kind: 'alert-closed',
      to: REGION,
      cc: [
        ...raisedCopies(alert),
        ...(alert.escalations.length > 0 ? (['headOfProgramme', 'chiefInspector'] as const) : []),
      ],
      alert: facts(deps, alert, { outcome: alert.status }),
    });
  }
  return nextOf(alert, deps.clock.now());
}

/** Plans the lead's reminders once, when the alert starts waiting on the lead. */
async function chaseLead(deps: Deps, alert: AlertRecord, now: Date): Promise<AlertRecord> {
  const waitingFor = alert.status === 'raised' ? 'confirmation' : 'assurance';
  if (alert.events.some((event) => event.after === waitingFor)) return alert;
  const next: AlertRecord = {
    ...alert,
    events: [...alert.events, ...leadChase(deps.calendar, now, waitingFor)],
    version: alert.version + 1,
    updatedAt: now.toISOString(),
  };
  await save(deps, next, [audit(next, now, 'system', `alert waits for the lead's ${waitingFor}`)]);
  return next;
}

async function doAlertEvent(
  deps: Deps,
  state: InspectionState,
  alert: AlertRecord,
  event: AlertEvent,
): Promise<AlertRecord> {
  const now = deps.clock.now();
  const settle = async (current: AlertRecord, status: AlertEvent['status'], outcome: string) => {
    const next: AlertRecord = {
      ...current,
      events: current.events.map((e) => (e.id === event.id ? { ...e, status, outcome } : e)),
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    await save(deps, next, [
      audit(next, now, 'system', `alert ${event.kind} ${status}`, undefined, { event: event.id, outcome }),
    ]);
    return next;
  };
  if (!stillOwed(alert.status, event.after)) {
    return settle(alert, 'skipped', `${event.after} is no longer waited on (${alert.status})`);
  }
  if (event.after === 'confirmation' || event.after === 'assurance') {
    const sent = await sendAlertNotice(deps, state, alert, event.id, {
      kind: event.after === 'confirmation' ? 'alert-to-confirm' : 'alert-evidence-submitted',
      to: ['lead'],
      cc: event.id.endsWith('-2') ? ['headOfProgramme'] : [],
      alert: facts(deps, alert),
    });
    return settle(sent, 'done', 'the lead was reminded');
  }
  const after = event.after;
  const by = new Date(after === 'acknowledgement' ? (alert.acknowledgeBy ?? event.at) : (alert.evidenceBy ?? event.at));
  const deadline = { of: after, by };
  if (event.kind === 'reminder') {
    const sent = await sendAlertNotice(deps, state, alert, event.id, {
      kind: 'alert-reminder',
      to: REGION,
      cc: [],
      alert: facts(deps, alert, { deadline }),
    });
    return settle(sent, 'done', 'reminder sent');
  }
  const to = event.to ?? 'headOfProgramme';
  const person = { chiefInspector: deps.config.chiefInspector, ...state.inspection.people }[to];
  const escalatedTo = { role: to, name: person.name };
  // The escalation is recorded before anyone is told: an answer arriving meanwhile cannot erase it.
  let escalated = alert;
  if (!alert.escalations.some((e) => e.step === event.step && e.after === event.after) && event.step) {
    escalated = {
      ...alert,
      escalations: [...alert.escalations, { step: event.step, to, after, at: now.toISOString() }],
      version: alert.version + 1,
      updatedAt: now.toISOString(),
    };
    await save(deps, escalated, [
      audit(escalated, now, 'system', 'alert escalated', undefined, { to, after: event.after, step: event.step }),
    ]);
  }
  let sent = await sendAlertNotice(deps, state, escalated, event.id, {
    kind: 'alert-escalated',
    to: [to],
    cc: to === 'chiefInspector' ? ['lead', 'headOfProgramme'] : ['lead'],
    alert: facts(deps, alert, { deadline, escalatedTo }),
  });
  sent = await sendAlertNotice(deps, state, sent, `${event.id}:region`, {
    kind: 'alert-overdue',
    to: REGION,
    cc: ['lead'],
    alert: facts(deps, sent, { deadline, escalatedTo }),
  });
  return settle(sent, 'done', `escalated to the ${to === 'chiefInspector' ? 'Chief Inspector' : 'Head of Programme'}`);
}

/* ------------------------------------------------------------ publication gate */

/** Whether the inspection's organisational alerts let its report be published. */
export async function gateFor(deps: Deps, inspectionId: string): Promise<PublicationGate> {
  const alerts = await deps.store.alerts(inspectionId);
  return publicationGate(
    alerts.map((alert) => ({
      ref: alert.ref,
      type: alert.type,
      status: alert.status,
      describedInReport: alert.describedInReport !== undefined,
    })),
  );
}

/**
 * Once the last organisational alert is assured and described in the report, a publication the
 * gate held goes ahead: its event is pending again and the inspection gets a fresh driver.
 */
export async function reviewPublication(deps: Deps, inspectionId: string): Promise<void> {
  const state = await deps.store.load(inspectionId, { pendingOnly: false });
  const held = state?.events.find((event) => event.status === 'held' && event.notice === 'publication');
  if (!state || !held) return;
  const gate = await gateFor(deps, inspectionId);
  const now = deps.clock.now().toISOString();
  if (!gate.open) {
    const reason = `publication held: ${gateReason(gate)}`;
    await deps.store.holdEvent({
      inspectionId,
      eventId: held.id,
      milestoneId: held.milestoneId,
      reason,
      audit: {
        inspectionId,
        at: now,
        actor: 'system',
        action: 'publication still held',
        subject: `event ${held.id}`,
        after: reason,
      },
    });
    return;
  }
  await deps.store.releaseEvent({
    inspectionId,
    eventId: held.id,
    milestoneId: held.milestoneId,
    audit: {
      inspectionId,
      at: now,
      actor: 'system',
      action: 'publication released',
      subject: `event ${held.id}`,
      before: 'held',
      after: 'pending',
    },
  });
  await restartDriver(deps, state.inspection, 'publication released');
}

/** How long the alert workflow waits before trying again after a task failed for good. */
const RETRY_AFTER_FAILURE_MS = 15 * 60_000;

/** The alert workflow's catch: record the failure on the alert's audit trail, and try again later. */
export async function recordAlertFailure(
  deps: Deps,
  input: AlertDriverInput & { error: { Error?: string; Cause?: string } },
): Promise<AlertNextStep> {
  const now = deps.clock.now();
  const alert = await deps.store.getAlert(input.inspectionId, input.alertId);
  if (!alert || alert.driver !== input.driver) {
    return { done: true, at: now.toISOString(), reason: 'the alert is gone or has a newer driver' };
  }
  const reason = `${input.error.Error ?? 'Error'}: ${(input.error.Cause ?? '').slice(0, 500)}`;
  await save(deps, { ...alert, version: alert.version + 1, updatedAt: now.toISOString() }, [
    audit(alert, now, 'system', 'alert task failed', undefined, { error: reason }),
  ]);
  logger.error('alert task failed', { inspectionId: alert.inspectionId, alertId: alert.id, error: input.error.Error });
  return { done: false, at: new Date(now.getTime() + RETRY_AFTER_FAILURE_MS).toISOString(), reason };
}

/** Gives every alert with something left to do a fresh driver (after a restart of the local runtime). */
export async function resumeAlertDrivers(deps: Deps): Promise<string[]> {
  const resumed: string[] = [];
  for (const alert of await deps.store.allAlerts()) {
    const closedAndTold =
      isClosed(alert.status) && (!alert.notifiedAt || alert.sent.includes(`alert:${alert.id}:closed`));
    if (closedAndTold) continue;
    const next: AlertRecord = {
      ...alert,
      driver: driverName(alert.id),
      version: alert.version + 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    await deps.store.saveAlert(next, [audit(next, deps.clock.now(), 'system', 'alert driver resumed')]);
    await deps.alertDriver.start({ inspectionId: alert.inspectionId, alertId: alert.id }, next.driver);
    await deps.alertDriver.stop(alert.driver, 'resumed by a new driver');
    resumed.push(alert.id);
  }
  return resumed;
}
