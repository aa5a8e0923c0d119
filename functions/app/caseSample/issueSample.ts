import { said } from '../../domain/messages/said.js';
import { isAnnounced } from '../../domain/notices/whoIsTold.js';
import type { InspectionRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { auditEntry } from '../shared/audit.js';
import { mustLoadTimeline } from '../inspections/loadTimeline.js';
import { readinessOf } from './sampleReadiness.js';
import { tellOnce } from './sampleNotices.js';
import { changeSample } from './sampleRecords.js';

/**
 * Marks the case sample issued to the region, once: with the announcement when it is ready then,
 * or after it once it becomes ready. Returns whether this call issued it.
 */
export async function markIssued(
  deps: Deps,
  inspection: InspectionRecord,
  how: 'with-announcement' | 'after-announcement',
): Promise<boolean> {
  let issuedNow = false;
  await changeSample(deps, inspection, { giveUp: said('sample.meanwhile.issue') }, (current, now) => {
    issuedNow = current.issued === undefined;
    const issued = current.issued ?? { at: now.toISOString(), how };
    return {
      record: { ...current, issued },
      audit: auditEntry({
        inspectionId: inspection.id,
        at: now,
        action: 'case sample issued to the region',
        subject: `case sample of ${inspection.id}`,
        after: { how, cases: current.sample?.sampled.length ?? 0 },
      }),
    };
  });
  return issuedNow;
}

/**
 * After a change to the sample (by its managers): if the announcement went without it and it is
 * now ready, it is issued and the region is told once ("case-sample-ready"; the notice names where
 * to see it, never a case). Before the announcement nothing is sent: the announcement carries it.
 */
export async function issueIfNowReady(deps: Deps, inspectionId: string): Promise<void> {
  const state = await mustLoadTimeline(deps, inspectionId);
  if (!isAnnounced(state.milestones)) return;
  const record = await deps.caseSample.getSample(inspectionId);
  if (record?.issued || readinessOf(record, state.inspection).status !== 'ready') return;
  await issueNow(deps, state);
}

/** Issues a sample found ready after the announcement, and tells the region once. */
export async function issueNow(deps: Deps, state: InspectionState): Promise<void> {
  const inspectionId = state.inspection.id;
  await markIssued(deps, state.inspection, 'after-announcement');
  await tellOnce(deps, state, {
    id: `case-sample-ready:${inspectionId}`,
    kind: 'case-sample-ready',
    to: ['rpd', 'spoc'],
    cc: ['lead'],
  });
  logger.info('case sample issued after the announcement', { inspectionId });
}
