import { canSeeAlert, type Principal } from '../../domain/access.js';
import { isClosed } from '../../domain/alerts.js';
import { dueDateOf, owedDeadlines } from '../../domain/dueItems.js';
import type { AlertsAtAGlance } from '../../domain/overview.js';
import type { AlertRecord, InspectionRecord, MilestoneRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { alertFor } from './audienceViews.js';

export const byDueDate = (a: MilestoneRecord, b: MilestoneRecord) =>
  a.dueDate.localeCompare(b.dueDate) || (a.time ?? '').localeCompare(b.time ?? '');

/** The inspection's milestones, in date order (without its events). */
export async function milestonesOf(deps: Pick<Deps, 'timeline'>, inspectionId: string): Promise<MilestoneRecord[]> {
  return (await deps.timeline.milestones(inspectionId)).sort(byDueDate);
}

/** The inspection's alerts the person may see (none to look for if it never had one). */
export async function alertsOf(
  deps: Pick<Deps, 'alerts'>,
  principal: Principal,
  inspection: InspectionRecord,
): Promise<AlertRecord[]> {
  if (!inspection.alertCount) return [];
  return (await deps.alerts.listAlerts(inspection.id)).filter((alert) => canSeeAlert(principal, inspection, alert));
}

export const openCount = (alerts: AlertRecord[]) => alerts.filter((alert) => !isClosed(alert.status)).length;

/** The person's visible alerts at a glance: how many are open, and when the region's deadlines fall. */
export const alertsAtAGlance = (principal: Principal, alerts: AlertRecord[]): AlertsAtAGlance => ({
  open: openCount(alerts),
  dueDates: alerts.flatMap((alert) => owedDeadlines(alertFor(principal, alert)).map((owed) => dueDateOf(owed.at))),
});
