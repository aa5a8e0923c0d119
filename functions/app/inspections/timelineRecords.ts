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
