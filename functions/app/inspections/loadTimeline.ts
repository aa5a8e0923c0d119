import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';

/** An inspection's timeline, which must exist (its record was read a moment ago to check access). */
export async function mustLoadTimeline(
  deps: Pick<Deps, 'timeline'>,
  inspectionId: string,
  options?: { pendingOnly?: boolean },
): Promise<InspectionState> {
  const state = await deps.timeline.loadTimeline(inspectionId, options);
  if (!state) {
    throw new NotFoundError(`no inspection ${inspectionId}`, [
      { field: 'inspectionId', value: inspectionId, message: 'is not an inspection' },
    ]);
  }
  return state;
}
