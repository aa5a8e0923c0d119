import type { AlertActor } from './roles.js';
import { said, type Said, type SaidKey, type SaidValue } from './messages/said.js';
import { ruleError, type Result } from './validation.js';

/**
 * Alerts (guidance manual §6.7): a significant and imminent risk found during an inspection. The
 * inspectorate does not manage the risk; the lead inspector makes sure the region acts and seeks
 * assurance, confirmed by evidence, that it has.
 */
export const ALERT_TYPES = ['individual', 'organisational'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const ALERT_CATEGORIES = [
  'risk-of-harm-to-others',
  'risk-to-person-on-probation',
  'organisational-practice',
] as const;
export type AlertCategory = (typeof ALERT_CATEGORIES)[number];

export const ALERT_STATUSES = [
  'raised',
  'confirmed',
  'region-notified',
  'acknowledged',
  'evidence-submitted',
  'more-evidence-requested',
  'assured',
  'withdrawn',
] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_ACTIONS = [
  'confirm',
  'notify',
  'acknowledge',
  'submit-evidence',
  'request-more-evidence',
  'assure',
  'withdraw',
] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

const TRANSITIONS: Record<AlertAction, { from: readonly AlertStatus[]; to: AlertStatus; by: readonly AlertActor[] }> = {
  confirm: { from: ['raised'], to: 'confirmed', by: ['lead'] },
  notify: { from: ['confirmed'], to: 'region-notified', by: ['system'] },
  // Evidence of action implies the alert was seen: it may come without a separate acknowledgement.
  acknowledge: { from: ['region-notified'], to: 'acknowledged', by: ['region'] },
  'submit-evidence': {
    from: ['region-notified', 'acknowledged', 'more-evidence-requested'],
    to: 'evidence-submitted',
    by: ['region'],
  },
  // Evidence that does not assure the lead: the region is asked for more, by a new deadline.
  'request-more-evidence': { from: ['evidence-submitted'], to: 'more-evidence-requested', by: ['lead'] },
  assure: { from: ['evidence-submitted'], to: 'assured', by: ['lead'] },
  withdraw: {
    from: ['raised', 'confirmed', 'region-notified', 'acknowledged', 'evidence-submitted', 'more-evidence-requested'],
    to: 'withdrawn',
    by: ['lead'],
  },
};

/** An action in words ("notify the region of"), as a message of its own to say within another. */
const actionWords = (action: AlertAction): Said => said(('alert.step.' + action) as SaidKey);

/** A status as the rules name it ("region-notified"; in Welsh, in words), to say within another message. */
export const statusWords = (status: AlertStatus): Said => said(('alert.statusId.' + status) as SaidKey);

/** Who takes a step, in words ("the lead inspector"). */
const actorWords = (actor: AlertActor): Said => said(('alert.who.' + actor) as SaidKey);

/** An alert is over once assured or withdrawn. */
export function isClosed(status: AlertStatus): boolean {
  return status === 'assured' || status === 'withdrawn';
}

/** The actions that may be taken on an alert in `status`. */
export function allowedActions(status: AlertStatus): AlertAction[] {
  return ALERT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** What people do to an alert: the moves above that people make, and marking it as described in the report. */
export const PERSON_ACTIONS = [
  'confirm',
  'acknowledge',
  'submit-evidence',
  'request-more-evidence',
  'assure',
  'withdraw',
  'mark-in-report',
] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

/**
 * Marking an alert as described in the report (§6.7: the report describes organisational alerts
 * and how the region acted): only an organisational alert, not withdrawn, by the lead inspector,
 * once.
 */
const MARK_IN_REPORT = {
  types: ['organisational'] as readonly AlertType[],
  notWhen: ['withdrawn'] as readonly AlertStatus[],
  by: ['lead'] as readonly AlertActor[],
};

/**
 * Whether `actor` may mark the alert as described in the report: `mark`, `already` (marked before:
 * nothing changes), or why not.
 */
export function markInReport(
  alert: { id?: string; status: AlertStatus; type: AlertType; describedInReport?: unknown },
  actor: AlertActor,
): Result<'mark' | 'already'> {
  const refuse = (
    field: string,
    value: unknown,
    key: SaidKey,
    values: Readonly<Record<string, SaidValue>> = {},
  ): Result<never> => ({
    ok: false,
    errors: [ruleError(field, value, key, values)],
  });
  if (!MARK_IN_REPORT.types.includes(alert.type)) {
    return refuse('alertId', alert.id, 'alert.markIndividual');
  }
  if (MARK_IN_REPORT.notWhen.includes(alert.status)) {
    return refuse('alertId', alert.id, 'alert.markWithdrawn', { status: statusWords(alert.status) });
  }
  if (!MARK_IN_REPORT.by.includes(actor)) {
    return refuse('as', actor, 'alert.markByLead');
  }
  return { ok: true, value: alert.describedInReport ? 'already' : 'mark' };
}

/**
 * Whose turn it is on an alert: the lead's (to confirm it, or to review the evidence), the
 * region's (to acknowledge it, or to send evidence), the system's (to tell the region), or nobody's
 * (closed). The pages colour an alert's tag by it.
 */
export type AlertTurn = 'lead' | 'region' | 'system' | 'nobody';
export function whoseTurn(status: AlertStatus): AlertTurn {
  switch (status) {
    case 'raised':
    case 'evidence-submitted':
      return 'lead';
    case 'confirmed':
      return 'system';
    case 'region-notified':
    case 'acknowledged':
    case 'more-evidence-requested':
      return 'region';
    case 'assured':
    case 'withdrawn':
      return 'nobody';
  }
}

/**
 * Nobody confirms an alert they raised (an administrator or a deputy lead who raised one waits
 * for the lead, like anyone else): refused, naming who may. A lead's own alert needs no
 * confirmation: raising it is the lead's decision.
 */
export function confirmsOwn(alert: { raised: { byId?: string } }, email: string): boolean {
  return alert.raised.byId !== undefined && alert.raised.byId.toLowerCase() === email.toLowerCase();
}

/**
 * What someone acting as `actor` may do to an alert now: the moves its status allows them, and
 * marking it as described in the report while that is still to do. Given the person's email, an
 * alert they raised is not theirs to confirm.
 */
export function actionsOpenTo(
  alert: { status: AlertStatus; type: AlertType; describedInReport?: unknown; raised?: { byId?: string } },
  actor: AlertActor,
  email?: string,
): PersonAction[] {
  const own = email !== undefined && alert.raised !== undefined && confirmsOwn({ raised: alert.raised }, email);
  const moves = allowedActions(alert.status).filter(
    (action): action is Exclude<PersonAction, 'mark-in-report'> =>
      action !== 'notify' && TRANSITIONS[action].by.includes(actor) && !(action === 'confirm' && own),
  );
  const mark = markInReport(alert, actor);
  return mark.ok && mark.value === 'mark' ? [...moves, 'mark-in-report'] : moves;
}

/**
 * The status an action leads to, or why it may not be taken: which action, from which status,
 * by whom, and what is allowed instead.
 */
export function transition(
  status: AlertStatus,
  action: AlertAction,
  actor: AlertActor,
  reason?: string,
): Result<{ from: AlertStatus; to: AlertStatus }> {
  const rule = TRANSITIONS[action];
  const refuse = (key: SaidKey, values: Readonly<Record<string, SaidValue>>): Result<never> => ({
    ok: false,
    errors: [ruleError('action', action, key, values)],
  });
  if (!rule.from.includes(status)) {
    const allowed = allowedActions(status);
    return refuse('alert.notFromStatus', {
      action: actionWords(action),
      status: statusWords(status),
      allowed: allowed.length > 0 ? said('alert.allowedNow', { actions: allowed }) : said('alert.isClosed'),
    });
  }
  const [who] = rule.by;
  if (!rule.by.includes(actor) && who !== undefined) {
    // Each step is one party's: the rule names it.
    return refuse('alert.onlyBy', { who: actorWords(who), action: actionWords(action) });
  }
  if (action === 'withdraw' && (reason === undefined || reason.trim() === '')) {
    return { ok: false, errors: [ruleError('reason', reason, 'alert.withdrawReasonNeeded')] };
  }
  return { ok: true, value: { from: status, to: rule.to } };
}

/**
 * Alerts come from fieldwork (§6.7: a case inspection finds the risk). Before fieldwork begins
 * (`today` before `fieldworkStart`, UK dates) only the lead inspector may raise one, and only
 * giving a reason: a region must not learn of its inspection through an alert by accident.
 * Returns the reason to record (none in fieldwork or after), or why not.
 */
export function beforeFieldwork(
  today: string,
  fieldworkStart: string,
  actor: AlertActor,
  reason: string | undefined,
): Result<{ reason?: string }> {
  if (today >= fieldworkStart) return { ok: true, value: {} };
  if (actor !== 'lead') {
    return {
      ok: false,
      errors: [ruleError('inspectionId', today, 'alert.beforeFieldworkNotLead', { start: fieldworkStart })],
    };
  }
  const given = reason?.trim() ?? '';
  if (given.length < 3) {
    return {
      ok: false,
      errors: [
        ruleError('beforeFieldworkReason', reason, 'alert.beforeFieldworkReasonNeeded', { start: fieldworkStart }),
      ],
    };
  }
  return { ok: true, value: { reason: given } };
}
