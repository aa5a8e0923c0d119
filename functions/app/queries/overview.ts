import { canSee, canSeeAlert, type Principal } from '../../domain/access.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { summarise } from '../../domain/overview.js';
import type { InspectionAtAGlance } from '../../ports/digests.js';
import type { AlertRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { digestProgress, sampleProgress } from '../caseSample/sampleProgress.js';
import { alertsAtAGlance, milestonesOf } from './readHelpers.js';
import type { InspectionRow } from './views.js';

/**
 * The programme overview: every inspection the person may see, each at a glance (phase, next
 * deadline, what is overdue, open alerts they may see, red/amber/green, and once fieldwork has
 * begun the sample's cases inspected and behind), by fieldwork start.
 *
 * Steps, in a fixed number of queries whatever the number of inspections:
 * 1. every inspection with the digests kept on its record (one query: ports/digests.ts);
 * 2. if any the person may see ever had an alert, every alert (one query), each inspection's
 *    filtered as alertsOf filters them;
 * 3. each row summarised from its digests. A record written before the digests were kept is read
 *    the old way (its milestones, its sample): one query more for each such inspection, until a
 *    write fills its digest.
 */
export function overviewRows(deps: Deps, principal: Principal): Promise<readonly InspectionRow[]> {
  const keepFor = deps.config.overviewCacheMs;
  if (!keepFor) return readRows(deps, principal);
  let kept = KEPT.get(deps.timeline);
  if (!kept) KEPT.set(deps.timeline, (kept = new Map()));
  const now = performance.now();
  for (const [old, entry] of kept) if (!entry.reading && entry.freshUntil + 60 * keepFor < now) kept.delete(old);
  const key = JSON.stringify([principal, ukDateOf(deps.clock.now())]);
  const entry: KeptOverview = kept.get(key) ?? { freshUntil: 0 };
  kept.set(key, entry);
  if (entry.rows && entry.freshUntil > now) return Promise.resolve(entry.rows);
  if (!entry.reading) {
    const reading = readRows(deps, principal).then((rows) => {
      // Frozen: the HTTP layer checks and writes a frozen answer once (functions/handlers/http.ts).
      entry.rows = Object.freeze(rows);
      entry.freshUntil = performance.now() + keepFor;
      return entry.rows;
    });
    entry.reading = reading;
    void reading.then(
      () => (entry.reading = undefined),
      () => (entry.reading = undefined),
    );
  }
  // Kept but stale: answered as kept while it is read again (at most one read at a time).
  return entry.rows ? Promise.resolve(entry.rows) : entry.reading;
}

interface KeptOverview {
  rows?: readonly InspectionRow[];
  freshUntil: number;
  reading?: Promise<readonly InspectionRow[]>;
}

/**
 * The overviews read in this container (config.overviewCacheMs; 0 keeps none), by store, person
 * and UK date. Each is read again once older than that, and meanwhile answered as it was: a change
 * shows within that time and one read. Requests that ask while it is read share the one read.
 */
const KEPT = new WeakMap<object, Map<string, KeptOverview>>();

async function readRows(deps: Deps, principal: Principal): Promise<InspectionRow[]> {
  const now = deps.clock.now();
  const today = ukDateOf(now);
  const visible = (await deps.timeline.listAtAGlance()).filter(({ inspection }) => canSee(principal, inspection));
  const alerts = visible.some(({ inspection }) => inspection.alertCount)
    ? byInspection(await deps.alerts.listAllAlerts())
    : new Map<string, AlertRecord[]>();
  const rows = await Promise.all(
    visible.map(async ({ inspection, milestones, sample }: InspectionAtAGlance): Promise<InspectionRow> => {
      const inFieldwork = today >= inspection.fieldworkStart;
      const seen = (alerts.get(inspection.id) ?? []).filter((alert) => canSeeAlert(principal, inspection, alert));
      const progress = !inFieldwork
        ? undefined
        : sample
          ? sample.issued
            ? digestProgress(sample, inspection.fieldworkStart, now, deps.calendar)
            : undefined
          : await legacySampleProgress(deps, inspection.id, inspection.fieldworkStart, now);
      return {
        id: inspection.id,
        ref: inspection.ref,
        region: inspection.region,
        regionId: inspection.regionId,
        fieldworkStart: inspection.fieldworkStart,
        planVersion: inspection.planVersion,
        lead: inspection.people.lead.name,
        summary: summarise(
          milestones ?? (await milestonesOf(deps, inspection.id)),
          alertsAtAGlance(principal, seen),
          today,
        ),
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

function byInspection(alerts: readonly AlertRecord[]): Map<string, AlertRecord[]> {
  const grouped = new Map<string, AlertRecord[]>();
  for (const alert of alerts) grouped.set(alert.inspectionId, [...(grouped.get(alert.inspectionId) ?? []), alert]);
  return grouped;
}

/** A record from before the sample's digest was kept: its sample read as it was. */
async function legacySampleProgress(deps: Deps, inspectionId: string, fieldworkStart: LocalDate, now: Date) {
  const record = await deps.caseSample.getSample(inspectionId);
  return record?.issued ? sampleProgress(record, fieldworkStart, now, deps.calendar) : undefined;
}
