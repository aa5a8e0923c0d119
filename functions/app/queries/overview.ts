import { canSee, type Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { summarise } from '../../domain/overview.js';
import type { Deps } from '../deps.js';
import { sampleProgress } from '../caseSample/sampleProgress.js';
import { alertsAtAGlance, alertsOf, milestonesOf } from './readHelpers.js';
import type { InspectionRow } from './views.js';

/**
 * The programme overview: every inspection the person may see, each at a glance (phase, next
 * deadline, what is overdue, open alerts they may see, red/amber/green, and once fieldwork has
 * begun the sample's cases inspected and behind), by fieldwork start.
 */
export async function overviewRows(deps: Deps, principal: Principal): Promise<InspectionRow[]> {
  const today = ukDateOf(deps.clock.now());
  const visible = (await deps.timeline.listInspections()).filter((inspection) => canSee(principal, inspection));
  const rows = await Promise.all(
    visible.map(async (inspection): Promise<InspectionRow> => {
      const inFieldwork = today >= inspection.fieldworkStart;
      const [milestones, alerts, sample] = await Promise.all([
        milestonesOf(deps, inspection.id),
        alertsOf(deps, principal, inspection),
        inFieldwork ? deps.caseSample.getSample(inspection.id) : Promise.resolve(undefined),
      ]);
      const progress = sample?.issued
        ? sampleProgress(sample, inspection.fieldworkStart, deps.clock.now(), deps.calendar)
        : undefined;
      return {
        id: inspection.id,
        ref: inspection.ref,
        region: inspection.region,
        regionId: inspection.regionId,
        fieldworkStart: inspection.fieldworkStart,
        planVersion: inspection.planVersion,
        lead: inspection.people.lead.name,
        summary: summarise(milestones, alertsAtAGlance(principal, alerts), today),
        ...(progress
          ? {
              sampleProgress: {
                sampled: progress.sampled,
                inspected: progress.inspected,
                behind: progress.behind.length,
              },
            }
          : {}),
      };
    }),
  );
  return rows.sort((a, b) => a.fieldworkStart.localeCompare(b.fieldworkStart));
}
