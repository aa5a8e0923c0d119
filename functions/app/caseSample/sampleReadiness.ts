import type { Deps } from '../deps.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import type { InspectionRecord } from '../../ports/records.js';
import { fieldworkMoved } from './sampleRecords.js';

export interface SampleReadiness {
  status: 'ready' | 'not-ready';
  /** Why not, in words, each with what to do. */
  reasons: string[];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Whether the case sample and its schedule can go to the region with the announcement, and if not why. */
export function readinessOf(record: CaseSampleRecord | undefined, inspection: InspectionRecord): SampleReadiness {
  const reasons: string[] = [];
  if (!record?.longList || !record.sample) {
    reasons.push('no long-list uploaded');
  } else {
    // An issued sample stands when fieldwork moves: its interviews move with it (interviewsNow).
    const moved = record.issued ? undefined : fieldworkMoved(record, inspection);
    if (moved) reasons.push(moved);
    const decided = new Map(record.decisions.map((decision) => [decision.shortfallId, decision.decision]));
    const open = record.sample.shortfalls.filter((shortfall) => !decided.has(shortfall.id)).length;
    if (open > 0) reasons.push(`${plural(open, 'shortfall')} ${open === 1 ? 'awaits' : 'await'} a decision`);
    const waiting = record.sample.shortfalls.filter((s) => decided.get(s.id) === 'ask-region-for-more').length;
    if (waiting > 0) {
      reasons.push(
        `${plural(waiting, 'shortfall')} ${waiting === 1 ? 'waits' : 'wait'} for more cases from the region: upload its long-list again`,
      );
    }
    if (!record.schedule) reasons.push('no schedule: enter the team for fieldwork week one');
    else if (record.schedule.unplaced.length > 0) {
      reasons.push(
        `${plural(record.schedule.unplaced.length, 'case')} ${record.schedule.unplaced.length === 1 ? 'has' : 'have'} no interview slot`,
      );
    }
  }
  return { status: reasons.length === 0 ? 'ready' : 'not-ready', reasons };
}

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
  if (!inspection) return { status: 'not-ready', reasons: [`no inspection ${inspectionId}`] };
  return readinessOf(await deps.caseSample.getSample(inspectionId), inspection);
}
