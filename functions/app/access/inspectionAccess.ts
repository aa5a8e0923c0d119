import { canChange, canSee, seesEverything, type Principal } from '../../domain/access.js';
import type { InspectionRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { said } from '../../domain/messages/said.js';
import { ruleError } from '../../domain/validation.js';
import { idError, isId } from '../../domain/ids.js';
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
  // Checked before the read: an id DynamoDB cannot take as a key is the person's mistake, not a fault.
  if (!isId(inspectionId)) {
    throw new RequestError(said('access.sayWhichInspection'), [idError('inspectionId', inspectionId)]);
  }
  const inspection = await deps.timeline.getInspection(inspectionId);
  if (inspection && canSee(principal, inspection)) return inspection;
  if (!inspection && seesEverything(principal)) {
    throw new NotFoundError(said('access.noSuchInspection', { inspection: inspectionId }), [
      ruleError('inspectionId', inspectionId, 'access.notAnInspection'),
    ]);
  }
  throw new ForbiddenError(said('access.cannotSeeInspection', { inspection: inspectionId }));
}

/** The inspection's record, if the person may change it (its timeline, its alerts as the inspectorate). */
export async function changeableInspection(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<InspectionRecord> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  if (!canChange(principal, inspection)) {
    throw new ForbiddenError(said('access.cannotChangeInspection', { inspection: inspection.id }));
  }
  return inspection;
}
