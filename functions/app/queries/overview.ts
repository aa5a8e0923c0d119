import { canSee, type Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { summarise } from '../../domain/overview.js';
import type { Deps } from '../deps.js';
import { alertsAtAGlance, alertsOf, milestonesOf } from './readHelpers.js';
import type { InspectionRow } from './views.js';

/**
 * The programme overview: every inspection the person may see, each at a glance (phase, next
 * deadline, what is overdue, open alerts they may see, red/amber/green), by fieldwork start.
 */
export async function overviewRows(deps: Deps, principal: Principal): Promise<InspectionRow[]> {
  const today = ukDateOf(deps.clock.now());
  const visible = (await deps.timeline.listInspections()).filter((inspection) => canSee(principal, inspection));
  const rows = await Promise.all(
    visible.map(async (inspection): Promise<InspectionRow> => {
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
        summary: summarise(milestones, alertsAtAGlance(principal, alerts), today),
      };
    }),
  );
  return rows.sort((a, b) => a.fieldworkStart.localeCompare(b.fieldworkStart));
}
