import { english, said, type Said } from '../../domain/messages/said.js';
import type { Deps } from '../deps.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import type { InspectionRecord } from '../../ports/records.js';
import { fieldworkMoved } from './sampleRecords.js';

export interface SampleReadiness {
  status: 'ready' | 'not-ready';
  /** Why not, in words, each with what to do. */
  reasons: string[];
  /** The same, as catalogue entries, for the pages. */
  said: Said[];
}

/** Whether the case sample and its schedule can go to the region with the announcement, and if not why. */
export function readinessOf(record: CaseSampleRecord | undefined, inspection: InspectionRecord): SampleReadiness {
  const reasons: Said[] = [];
  if (!record?.longList || !record.sample) {
    reasons.push(said('sample.ready.noLongList'));
  } else {
    // An issued sample stands when fieldwork moves: its interviews move with it (interviewsNow).
    const moved = record.issued ? undefined : fieldworkMoved(record, inspection);
    if (moved) reasons.push(moved);
    const decided = new Map(record.decisions.map((decision) => [decision.shortfallId, decision.decision]));
    const open = record.sample.shortfalls.filter((shortfall) => !decided.has(shortfall.id)).length;
    if (open > 0) reasons.push(said('sample.ready.undecided', { count: open }));
    const waiting = record.sample.shortfalls.filter((s) => decided.get(s.id) === 'ask-region-for-more').length;
    if (waiting > 0) {
      reasons.push(said('sample.ready.waiting', { count: waiting }));
    }
    if (!record.schedule) reasons.push(said('sample.ready.noSchedule'));
    else if (record.schedule.unplaced.length > 0) {
      reasons.push(said('sample.ready.unplaced', { count: record.schedule.unplaced.length }));
    }
  }
  return readiness(reasons);
}

const readiness = (reasons: Said[]): SampleReadiness => ({
  status: reasons.length === 0 ? 'ready' : 'not-ready',
  reasons: reasons.map(english),
  said: reasons,
});

/**
 * Whether the inspection's case sample is ready to go to the region with the announcement: a
 * long-list uploaded, every shortfall decided (none waiting for more cases), and every sampled case
 * given an interview. For the announcement's own check; no person is asking, so no access check.
 */
export async function sampleReadiness(
  deps: Pick<Deps, 'timeline' | 'caseSample'>,
  inspectionId: string,
): Promise<SampleReadiness> {
  const inspection = await deps.timeline.getInspection(inspectionId);
  if (!inspection) return readiness([said('sample.refuse.noInspection', { id: inspectionId })]);
  return readinessOf(await deps.caseSample.getSample(inspectionId), inspection);
}
