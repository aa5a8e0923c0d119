import type { InspectionPlan } from '../../domain/planner.js';
import type { ScheduledEvent } from '../../domain/schedule.js';
import type { EventRecord, MilestoneRecord } from '../../ports/records.js';

/** A plan's milestones as stored, all pending. */
export function milestoneRecords(inspectionId: string, plan: InspectionPlan, planVersion: number): MilestoneRecord[] {
  return plan.milestones.map((m) => ({
    inspectionId,
    id: m.id,
    title: m.title,
    dueDate: m.date,
    ...(m.time ? { time: m.time } : {}),
    phase: m.phase,
    kind: m.kind,
    party: m.party,
    role: m.role,
    status: 'pending',
    planVersion,
    warnings: m.warnings,
  }));
}

export function eventRecord(
  inspectionId: string,
  event: ScheduledEvent,
  planVersion: number,
  status: EventRecord['status'],
  outcome?: string,
): EventRecord {
  return { ...event, inspectionId, planVersion, status, ...(outcome ? { outcome } : {}) };
}

/**
 * Whether an event planned for a moment already past is still worth doing: deadline checks and
 * notices that are the milestone itself (the announcement) run at once; a notice of work done
 * waits for its record whatever its planned date; a reminder whose day has gone is left out.
 */
export function stillWorthDoing(event: ScheduledEvent, now: Date): boolean {
  return (
    new Date(event.at) >= now ||
    event.kind === 'deadline-check' ||
    event.completesMilestone ||
    event.condition === 'when-recorded'
  );
}
