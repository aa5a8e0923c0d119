import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { summarise } from '../../domain/overview.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { alertFor, inspectionFor } from './audienceViews.js';
import { alertsAtAGlance, alertsOf, milestonesOf } from './readHelpers.js';
import type { InspectionView } from './views.js';

/** One inspection the person may see: its timeline, completions, the alerts they may see, and its summary. */
export async function inspectionView(deps: Deps, principal: Principal, inspectionId: unknown): Promise<InspectionView> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  const [milestones, alerts, completions] = await Promise.all([
    milestonesOf(deps, inspection.id),
    alertsOf(deps, principal, inspection),
    deps.timeline.completions(inspection.id),
  ]);
  return {
    inspection: inspectionFor(principal, inspection),
    milestones,
    completions,
    alerts: alerts.map((alert) => alertFor(principal, alert)),
    summary: summarise(milestones, alertsAtAGlance(principal, alerts), ukDateOf(deps.clock.now())),
  };
}
