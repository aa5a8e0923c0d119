import type { InspectionPlan } from '../../domain/planner.js';
import { planInspection } from '../../domain/planner.js';
import type { InspectionRecord } from '../../ports/records.js';

/** The plan of a stored inspection, recomputed from what was stored: the rules are pure. */
export function planOf(
  inspection: Pick<InspectionRecord, 'region' | 'fieldworkStart' | 'overrides' | 'milestoneDates'>,
): InspectionPlan {
  const result = planInspection({
    region: inspection.region,
    fieldworkStart: inspection.fieldworkStart,
    overrides: inspection.overrides,
    milestoneDates: inspection.milestoneDates,
  });
  if (!result.ok) {
    throw new Error(
      `stored inspection no longer plans: ${result.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
    );
  }
  return result.value;
}
