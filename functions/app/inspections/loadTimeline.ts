import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { said } from '../../domain/messages/said.js';
import { ruleError } from '../../domain/validation.js';
import { NotFoundError } from '../errors.js';

/** An inspection's timeline, which must exist (its record was read a moment ago to check access). */
export async function mustLoadTimeline(
  deps: Pick<Deps, 'timeline'>,
  inspectionId: string,
  options?: { pendingOnly?: boolean },
): Promise<InspectionState> {
  const state = await deps.timeline.loadTimeline(inspectionId, options);
  if (!state) {
    throw new NotFoundError(said('dates.inspection.none', { id: inspectionId }), [
      ruleError('inspectionId', inspectionId, 'dates.inspection.notOne'),
    ]);
  }
  return state;
}
