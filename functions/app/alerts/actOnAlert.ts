import * as z from 'zod/mini';
import { actsForRegion, alertCapacity, type Principal } from '../../domain/access.js';
import {
  confirmsOwn,
  isClosed,
  markInReport,
  PERSON_ACTIONS,
  transition,
  type PersonAction,
} from '../../domain/alerts.js';
import { evidenceRound, moreEvidenceBy, moreEvidenceEvents, stillOwed } from '../../domain/alertSchedule.js';
import type { AlertCapacity } from '../../domain/roles.js';
import { multiLine } from '../../domain/text.js';
import { said, type SaidKey } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import type { AlertRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleAlert } from '../access/alertAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse } from '../errors.js';
import { reviewPublication } from '../publication/reviewPublication.js';
import { handOver } from '../shared/drivers.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { alertAudit, alertDriverName, nextVersion, openKey } from './alertRecords.js';

const summary = multiLine(
  z
    .string({ error: () => zodMessage('alert.sayActionTaken') })
    .check(z.trim(), z.minLength(3, { error: () => zodMessage('alert.sayActionTaken') }), z.maxLength(4000)),
);
const reason = multiLine(
  z
    .string({ error: () => zodMessage('alert.withdrawReasonNeeded') })
    .check(z.trim(), z.minLength(3, { error: () => zodMessage('alert.withdrawReasonNeeded') }), z.maxLength(2000)),
);

const required = (key: SaidKey, max = 2000) =>
  multiLine(
    z
      .string({ error: () => zodMessage(key) })
      .check(z.trim(), z.minLength(3, { error: () => zodMessage(key) }), z.maxLength(max)),
  );
const note = required('alert.sayWhatAssured');
const moreNote = required('alert.sayMoreNeeded');
const onBehalfReason = required('alert.sayWhyForRegionExample');

/** What each action says besides itself. */
const ACTION_FIELDS = {
  confirm: z.strictObject({}),
  acknowledge: z.strictObject({}),
  'submit-evidence': z.strictObject({ summary }),
  'request-more-evidence': z.strictObject({ note: moreNote, evidenceBy: z.unknown() }),
  assure: z.strictObject({ note }),
  withdraw: z.strictObject({ reason }),
  'mark-in-report': z.strictObject({}),
} satisfies Record<PersonAction, z.ZodMiniObject>;

/** What the region's actions say besides, when someone else takes them for it. */
const FOR_REGION = { onBehalfReason };

interface Details {
  summary?: string;
  reason?: string;
  note?: string;
  evidenceBy?: unknown;
  onBehalfReason?: string;
}

const actionSchema = z.enum(PERSON_ACTIONS, {
  error: () => zodMessage('common.oneOf', { values: [...PERSON_ACTIONS] }),
});

/**
 * A person acts on an alert: the lead confirms, asks for more evidence (by a new deadline), assures
 * (with a note of what assured them), withdraws or marks it as described in the report; the region
 * acknowledges or submits evidence.
 * 1. the person must see the alert; their capacity comes from their role and the inspection;
 *    someone answering for the region who is not it acts "on behalf of the region", giving a reason;
 * 2. the step is checked against the alert's state and that capacity (the domain's rules); nobody
 *    confirms an alert they raised;
 * 3. the alert is saved with its audit entry (read again and retried if it changed meanwhile), and
 *    what the region no longer owes ends its reminders and escalations;
 * 4. a fresh driver takes the alert over; an organisational alert may let publication go.
 */
export async function actOnAlert(deps: Deps, principal: Principal, input: unknown): Promise<AlertRecord> {
  const { alertId, action: given, by: _by, as: _as, ...rest } = (input ?? {}) as Record<string, unknown>;
  const { alert: seen, inspection } = await visibleAlert(deps, principal, fieldOf(input, 'alertId') ?? alertId);
  const chosen = actionSchema.safeParse(given);
  if (!chosen.success) refuse([ruleError('action', given, 'common.oneOf', { values: [...PERSON_ACTIONS] })]);
  const action = chosen.data;
  const capacity = alertCapacity(principal, inspection, action);
  if (!capacity) {
    throw new ForbiddenError(
      said('alert.cannotActIn', { action: said(('alert.doing.' + action) as SaidKey), inspection: inspection.id }),
    );
  }
  const forRegion = capacity === 'region' && actsForRegion(principal, inspection);
  const schema = forRegion ? z.extend(ACTION_FIELDS[action], FOR_REGION) : ACTION_FIELDS[action];
  const fields = schema.safeParse(rest);
  // The new deadline is checked with the other fields, so every problem is named at once.
  const due =
    action === 'request-more-evidence' ? moreEvidenceBy(deps.calendar, deps.clock.now(), rest.evidenceBy) : undefined;
  const dueErrors = due && !due.ok ? due.errors : [];
  if (!fields.success) refuse([...fieldErrorsFrom(fields.error, rest), ...dueErrors]);
  if (dueErrors.length > 0) refuse(dueErrors);
  const details = fields.data as Details;
  if (action === 'confirm' && confirmsOwn(seen, principal.email)) {
    refuse([ruleError('action', action, 'alert.confirmOwn', { lead: inspection.people.lead.name })]);
  }
  // Only the save is retried: a person's step is decided again on the alert as it is now.
  const saved = await retryOnConflict(
    async (attempt) => {
      const before = attempt === 1 ? seen : await mustGetAlert(deps, seen);
      const next = changed(deps, before, action, capacity, principal.name, details);
      if (!next) return { before, after: before };
      await deps.alerts.saveAlert({
        alert: next.alert,
        audit: [
          alertAudit(next.alert, deps.clock.now(), next.what, {
            actor: principal,
            before: { status: before.status },
            after: {
              status: next.alert.status,
              ...(details.onBehalfReason ? { onBehalfOf: 'region' } : {}),
              ...(next.alert.status === 'more-evidence-requested' ? { evidenceBy: next.alert.evidenceBy } : {}),
            },
          }),
        ],
        ...(isClosed(next.alert.status) && !isClosed(before.status) ? { releaseKey: openKey(next.alert) } : {}),
      });
      return { before, after: next.alert };
    },
    { giveUp: said('alert.meanwhile'), context: { alertId: seen.id } },
  );
  const { before, after } = saved;
  if (after === before) return after;
  await handOver(
    deps.alertDriver,
    { inspectionId: after.inspectionId, alertId: after.id },
    { from: before.driver, to: after.driver, reason: `alert ${action}` },
  );
  logger.info('alert updated', { inspectionId: after.inspectionId, alertId: after.id, action, status: after.status });
  if (after.type === 'organisational') await reviewPublication(deps, after.inspectionId);
  return after;
}

async function mustGetAlert(deps: Pick<Deps, 'alerts'>, alert: AlertRecord): Promise<AlertRecord> {
  const again = await deps.alerts.getAlert(alert.inspectionId, alert.id);
  if (!again) refuse([ruleError('alertId', alert.id, 'alert.notAnAlert')]);
  return again;
}

/** The alert after the step, and what to call the change; undefined if nothing changes. */
function changed(
  deps: Pick<Deps, 'clock' | 'calendar'>,
  before: AlertRecord,
  action: PersonAction,
  capacity: AlertCapacity,
  by: string,
  details: Details,
): { alert: AlertRecord; what: string } | undefined {
  const now = deps.clock.now();
  const stamp = { at: now.toISOString(), by };
  const driver = alertDriverName(before.id);
  if (action === 'mark-in-report') {
    const mark = markInReport(before, capacity);
    if (!mark.ok) refuse(mark.errors);
    // Marked once (as the pages offer it): marking again changes nothing, nor who marked it.
    if (mark.value === 'already') return undefined;
    return {
      alert: nextVersion(before, now, { describedInReport: stamp, driver }),
      what: 'alert marked as described in the report',
    };
  }
  const moved = transition(before.status, action, capacity, details.reason);
  if (!moved.ok) refuse(moved.errors);
  const status = moved.value.to;
  const at = stamp.at;
  const onBehalf = details.onBehalfReason
    ? { onBehalf: { of: 'region' as const, reason: details.onBehalfReason } }
    : {};
  const more = action === 'request-more-evidence' ? askForMore(deps, before, now, stamp, details) : undefined;
  return {
    alert: nextVersion(before, now, {
      status,
      driver,
      ...(action === 'confirm' ? { confirmed: stamp } : {}),
      ...(action === 'acknowledge' ? { acknowledged: { ...stamp, ...onBehalf } } : {}),
      ...(action === 'submit-evidence'
        ? {
            evidence: { ...stamp, summary: details.summary ?? '', ...onBehalf },
            ...(before.evidence ? { earlierEvidence: [...(before.earlierEvidence ?? []), before.evidence] } : {}),
          }
        : {}),
      ...(more ? { evidenceBy: more.evidenceBy, moreEvidence: more.requests } : {}),
      ...(action === 'assure' ? { assured: { ...stamp, note: details.note ?? '' } } : {}),
      ...(action === 'withdraw' ? { withdrawn: { ...stamp, reason: details.reason ?? '' } } : {}),
      // What the region no longer owes ends its reminders and escalations: a late answer stops the chain.
      events: [
        ...before.events.map((event) =>
          event.status === 'pending' && !stillOwed(status, event.after)
            ? { ...event, status: 'cancelled' as const, outcome: `${status} at ${at}` }
            : event,
        ),
        ...(more?.events ?? []),
      ],
    }),
    what: `alert ${status}`,
  };
}

/** The lead asks for more evidence: the new deadline (checked), the request recorded, its reminder and escalations planned. */
function askForMore(
  deps: Pick<Deps, 'calendar'>,
  before: AlertRecord,
  now: Date,
  stamp: { at: string; by: string },
  details: Details,
) {
  const due = moreEvidenceBy(deps.calendar, now, details.evidenceBy);
  if (!due.ok) refuse(due.errors);
  const evidenceBy = due.value.toISOString();
  const requests = [...(before.moreEvidence ?? []), { ...stamp, note: details.note ?? '', evidenceBy }];
  return {
    evidenceBy,
    requests,
    events: moreEvidenceEvents(deps.calendar, now, due.value, evidenceRound({ moreEvidence: requests })),
  };
}
