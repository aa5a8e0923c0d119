import { canChange, canSee, seesEverything, type Principal } from '../../domain/access.js';
import type { InspectionRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, NotFoundError, RequestError } from '../errors.js';

/**
 * The inspection's record (one read, not its timeline), if the person may see it. To someone who
 * does not see everything, one that does not exist is refused like one they may not see, so ids
 * cannot be tried to learn what exists.
 */
export async function visibleInspection(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<InspectionRecord> {
  if (typeof inspectionId !== 'string' || inspectionId.trim() === '') {
    throw new RequestError('say which inspection', [
      { field: 'inspectionId', value: inspectionId, message: 'must be an inspection’s id, e.g. wales-2027-05-17' },
    ]);
  }
  const inspection = await deps.timeline.getInspection(inspectionId);
  if (inspection && canSee(principal, inspection)) return inspection;
  if (!inspection && seesEverything(principal)) {
    throw new NotFoundError(`no such inspection: ${inspectionId}`, [
      { field: 'inspectionId', value: inspectionId, message: 'is not an inspection' },
    ]);
  }
  throw new ForbiddenError(`you cannot see the inspection ${inspectionId}`);
}

/** The inspection's record, if the person may change it (its timeline, its alerts as the inspectorate). */
export async function changeableInspection(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<InspectionRecord> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  if (!canChange(principal, inspection)) throw new ForbiddenError(`you cannot change the inspection ${inspection.id}`);
  return inspection;
}
