import * as z from 'zod/mini';
import { alertCapacity, type Principal } from '../../domain/access.js';
import { alertDeadlinesSchema, parseRaiseAlert } from '../../domain/alertRequest.js';
import { beforeFieldwork } from '../../domain/alerts.js';
import { ukDateOf } from '../../domain/localDate.js';
import { multiLine } from '../../domain/text.js';
import { said, type SaidKey } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import { DuplicateAlertError } from '../../ports/errors.js';
import type { AlertRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { currentCases } from '../caseSample/currentSample.js';
import { fieldOf, ForbiddenError, refuse, TooManyError } from '../errors.js';
import { alertIdOf, referenceOf } from '../shared/references.js';
import { alertAudit, alertDriverName, openKey } from './alertRecords.js';

/** Why an alert cannot wait for fieldwork: free text, kept with the alert (never in a notice). */
const reasonSchema = z.optional(
  multiLine(
    z
      .string({ error: () => zodMessage('alert.beforeFieldworkReasonText') })
      .check(z.trim(), z.maxLength(2000, { error: () => zodMessage('common.tooLong', { maximum: 2000 }) })),
  ),
);

/**
 * Someone on the inspection raises an alert (§6.7):
 * 1. their capacity comes from their role: a lead's alert is confirmed at once, anyone else's (an
 *    assistant inspector's on the team, an administrator's) waits for the lead to confirm it;
 * 2. the alert is checked, every problem reported at once; before fieldwork only the lead may
 *    raise one, giving a reason (alerts come from fieldwork);
 *    and refused while the person, or the inspection, has raised as many alerts in the last hour as
 *    the configuration allows (a runaway script or a mistake must not flood the region's inbox);
 * 3. it is stored, refused while an alert for the same case (or, organisational, the region) and
 *    category is open;
 * 4. its driver starts.
 */
export async function raiseAlert(deps: Deps, principal: Principal, input: unknown): Promise<AlertRecord> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const capacity = alertCapacity(principal, inspection, 'raise');
  if (!capacity) throw new ForbiddenError(said('alert.cannotRaise', { inspection: inspection.id }));
  // Who raises it is the person signed in, whatever the request says.
  const { by: _by, as: _as, beforeFieldworkReason, ...fields } = (input ?? {}) as Record<string, unknown>;
  const parsed = parseRaiseAlert({ ...fields, raisedBy: principal.name });
  if (!parsed.ok) refuse(parsed.errors);
  const request = parsed.value;
  const now = deps.clock.now();
  const reason = reasonSchema.safeParse(beforeFieldworkReason);
  if (!reason.success)
    refuse(fieldErrorsFrom(reason.error, beforeFieldworkReason, { prefix: 'beforeFieldworkReason' }));
  const early = beforeFieldwork(ukDateOf(now), inspection.fieldworkStart, capacity, reason.data);
  if (!early.ok) refuse(early.errors);
  await withinLimits(deps, principal, inspection.id, now);
  const sampledCase = request.caseReference
    ? await sampledCaseOf(deps, inspection.id, request.caseReference)
    : undefined;
  // Refused before an alert number is taken: a refusal writes nothing.
  const open = await deps.alerts.openAlertId(inspection.id, openKey(request));
  if (open) refuseDuplicate(request, open);
  const at = now.toISOString();
  const id = alertIdOf(inspection.id, await deps.alerts.nextAlertNumber(inspection.id));
  const byLead = capacity === 'lead';
  const alert: AlertRecord = {
    inspectionId: inspection.id,
    id,
    ref: referenceOf(id),
    type: request.type,
    category: request.category,
    ...(request.caseReference ? { caseReference: request.caseReference } : {}),
    ...(sampledCase ? { sampledCase } : {}),
    whatMightHappen: request.whatMightHappen,
    howSerious: request.howSerious,
    howImminent: request.howImminent,
    actionRequested: request.actionRequested,
    deadlines: alertDeadlinesSchema.parse(request.deadlines ?? {}),
    status: byLead ? 'confirmed' : 'raised',
    raised: { at, by: principal.name, byId: principal.email.toLowerCase() },
    ...(byLead ? { confirmed: { at, by: principal.name } } : {}),
    ...(early.value.reason ? { beforeFieldwork: { reason: early.value.reason } } : {}),
    events: [],
    escalations: [],
    sent: [],
    driver: alertDriverName(id),
    version: 1,
    updatedAt: at,
  };
  try {
    await deps.alerts.createAlert({
      alert,
      openKey: openKey(alert),
      audit: alertAudit(alert, now, 'alert raised', {
        actor: principal,
        after: {
          type: alert.type,
          category: alert.category,
          status: alert.status,
          ...(alert.beforeFieldwork ? { beforeFieldwork: true } : {}),
        },
      }),
    });
  } catch (error) {
    // Another request raised the same alert since the check above.
    if (!(error instanceof DuplicateAlertError)) throw error;
    refuseDuplicate(request, error.openAlertId);
  }
  deps.metrics.count('AlertRaised');
  await deps.alertDriver.start({ inspectionId: alert.inspectionId, alertId: alert.id }, alert.driver);
  logger.info('alert raised', { inspectionId: alert.inspectionId, alertId: alert.id, type: alert.type });
  return alert;
}

const HOUR_MS = 3_600_000;

/** Refuses a new alert past the hourly limits, saying which and until when; logged for the alarm. */
async function withinLimits(deps: Deps, principal: Principal, inspectionId: string, now: Date): Promise<void> {
  const since = now.getTime() - HOUR_MS;
  const recent = (alerts: AlertRecord[]) => alerts.filter((alert) => new Date(alert.raised.at).getTime() > since);
  const { perPersonPerHour, perInspectionPerHour } = deps.config.alertLimits;
  const email = principal.email.toLowerCase();
  // One read: the inspection's alerts are among everyone's.
  const lastHour = recent(await deps.alerts.listAllAlerts());
  const byPerson = lastHour.filter((alert) => alert.raised.byId === email);
  const inInspection = lastHour.filter((alert) => alert.inspectionId === inspectionId);
  const over =
    byPerson.length >= perPersonPerHour
      ? { list: byPerson, limit: perPersonPerHour, key: 'alert.tooManyByYou' as const }
      : inInspection.length >= perInspectionPerHour
        ? { list: inInspection, limit: perInspectionPerHour, key: 'alert.tooManyInInspection' as const }
        : undefined;
  if (!over) return;
  const oldest = Math.min(...over.list.map((alert) => new Date(alert.raised.at).getTime()));
  const after = new Date(oldest + HOUR_MS).toISOString();
  logger.warn('alert limit reached', { inspectionId, limit: over.limit });
  throw new TooManyError(said(over.key, { limit: over.limit, after, inspection: inspectionId }));
}

/**
 * The sampled case an individual alert came from (§6.7: alerts come from case inspections), when
 * its case reference is a case of the inspection's sample: named on the alert with its PDU.
 */
async function sampledCaseOf(
  deps: Pick<Deps, 'caseSample'>,
  inspectionId: string,
  caseReference: string,
): Promise<{ crn: string; pdu: string } | undefined> {
  const record = await deps.caseSample.getSample(inspectionId);
  const found = record
    ? currentCases(record).find((item) => item.crn === caseReference.trim().toUpperCase())
    : undefined;
  return found ? { crn: found.crn, pdu: found.pdu } : undefined;
}

/** One open alert at a time for a case and category (or the region and category): which is open. */
function refuseDuplicate(request: Pick<AlertRecord, 'caseReference' | 'category'>, openAlertId: string): never {
  const category = said(('alert.categoryId.' + request.category) as SaidKey);
  refuse(
    [
      ruleError(
        request.caseReference ? 'caseReference' : 'category',
        request.caseReference ?? request.category,
        'alert.alreadyOpen',
        { category, id: openAlertId },
      ),
    ],
    request.caseReference
      ? said('alert.openForCase', { caseReference: request.caseReference, category, id: openAlertId })
      : said('alert.openForRegion', { category, id: openAlertId }),
  );
}
