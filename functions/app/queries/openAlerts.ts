import * as z from 'zod/mini';
import { canSeeAlert, type Principal } from '../../domain/access.js';
import { ALERT_STATUSES, isClosed } from '../../domain/alerts.js';
import { deadlinePassed, owedDeadlines, whoseTurn } from '../../domain/dueItems.js';
import { PARTIES } from '../../domain/milestones.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { alertFor } from './audienceViews.js';
import { regionField } from './queryFields.js';
import type { OpenAlert, OpenAlerts } from './views.js';

const OPEN_STATES = ALERT_STATUSES.filter((status) => !isClosed(status));

const openAlertsQuery = z.strictObject({
  state: z.optional(z.enum(OPEN_STATES, { error: () => zodMessage('due.oneOf', { values: [...OPEN_STATES] }) })),
  turn: z.optional(z.enum(PARTIES, { error: () => zodMessage('due.regionOrInspectorate') })),
  region: regionField,
});

/**
 * The open alerts the person may see across the programme, each with its state, whose turn it is
 * and the region's next deadline. Steps:
 * 1. Parse the filters (state, whose turn, region); field errors name the one at fault.
 * 2. The inspections the person may see, of the region asked; their alerts the person may see
 *    (a region only once it was told), as the person may read them.
 * 3. Keep the open ones in the state and whose turn asked; the next deadline first, then the oldest.
 */
export async function openAlerts(deps: Deps, principal: Principal, input: unknown): Promise<OpenAlerts> {
  const parsed = openAlertsQuery.safeParse(input ?? {});
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { state, turn, region } = parsed.data;
  const now = deps.clock.now();
  const inspections = new Map(
    (await deps.timeline.listInspections())
      .filter((inspection) => !region || inspection.regionId === region)
      .map((inspection) => [inspection.id, inspection]),
  );
  const rows: OpenAlert[] = [];
  for (const record of await deps.alerts.listAllAlerts()) {
    const inspection = inspections.get(record.inspectionId);
    if (!inspection || !canSeeAlert(principal, inspection, record) || isClosed(record.status)) continue;
    const alert = alertFor(principal, record);
    const whose = whoseTurn(alert.status);
    if (!whose || (state && alert.status !== state) || (turn && whose.actor !== turn)) continue;
    const [next] = owedDeadlines(alert);
    rows.push({
      id: alert.id,
      ref: alert.ref,
      inspectionId: inspection.id,
      region: inspection.region,
      regionId: inspection.regionId,
      type: alert.type,
      category: alert.category,
      status: alert.status,
      raisedAt: alert.raised.at,
      turn: whose,
      ...(next ? { nextDeadline: { what: next.what, at: next.at, overdue: deadlinePassed(next.at, now) } } : {}),
    });
  }
  const latest = '9999-12-31T23:59:59Z';
  rows.sort(
    (a, b) =>
      (a.nextDeadline?.at ?? latest).localeCompare(b.nextDeadline?.at ?? latest) ||
      a.raisedAt.localeCompare(b.raisedAt),
  );
  return { ...(state ? { state } : {}), ...(turn ? { turn } : {}), ...(region ? { region } : {}), alerts: rows };
}
