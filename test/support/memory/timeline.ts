import type { LocalDate } from '../../../functions/domain/localDate.js';
import { AlreadyExistsError, ConflictError } from '../../../functions/ports/errors.js';
import type {
  AuditEntry,
  CompletionRecord,
  InspectionRecord,
  InspectionState,
  MilestoneRecord,
} from '../../../functions/ports/records.js';
import type { HeldEvent, PlanReplacement, SettleEvent, TimelineStore } from '../../../functions/ports/timelineStore.js';
import {
  digestLineOf,
  linesOf,
  milestoneDigestOf,
  milestoneDigestSchema,
  NO_SAMPLE,
  sampleDigestSchema,
  type InspectionAtAGlance,
} from '../../../functions/ports/digests.js';
import { dueOrder, isOpen, META, type MemoryDb, type StoredInspection } from './db.js';
import { compareKeys, Transaction } from './table.js';

type Input<Method extends keyof TimelineStore> = Parameters<TimelineStore[Method]>[0];

/** Inspections and their timelines, in memory, as the DynamoDB timeline store keeps them. */
export class MemoryTimelineStore implements TimelineStore {
  constructor(private readonly db: MemoryDb) {}

  async createInspection({ state, audit }: Input<'createInspection'>): Promise<void> {
    const tx = new Transaction();
    const stored: StoredInspection = {
      ...state.inspection,
      milestoneDigest: milestoneDigestOf(state.milestones),
      sampleDigest: NO_SAMPLE,
    };
    tx.put(this.db.inspections, state.inspection.id, META, stored, (current) => current === undefined);
    for (const milestone of state.milestones) {
      tx.put(this.db.milestones, milestone.inspectionId, milestone.id, milestone);
    }
    for (const event of state.events) tx.put(this.db.events, event.inspectionId, event.id, event);
    this.db.auditPut(tx, audit);
    try {
      tx.commit();
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new AlreadyExistsError(`inspection ${state.inspection.id} already exists`);
      }
      throw error;
    }
  }

  async loadTimeline(
    inspectionId: string,
    options: { pendingOnly?: boolean } = {},
  ): Promise<InspectionState | undefined> {
    const inspection = this.db.inspections.get(inspectionId, META);
    if (!inspection) return undefined;
    const events = this.db.events.list(inspectionId);
    return {
      inspection,
      milestones: this.db.milestones.list(inspectionId),
      // Held events are not pending either: they are left out too.
      events: options.pendingOnly ? events.filter((event) => event.status === 'pending') : events,
    };
  }

  async getInspection(inspectionId: string): Promise<InspectionRecord | undefined> {
    return this.db.inspections.get(inspectionId, META);
  }

  async listInspections(): Promise<InspectionRecord[]> {
    return this.db.inspections.index((inspection) => `${inspection.fieldworkStart}#${inspection.id}`);
  }

  async listAtAGlance(): Promise<InspectionAtAGlance[]> {
    return (await this.listInspections()).map((inspection) => {
      const { milestoneDigest, sampleDigest } = this.db.inspections.peek(inspection.id, META) ?? {};
      return {
        inspection,
        ...(milestoneDigest
          ? { milestones: linesOf(milestoneDigestSchema.parse(structuredClone(milestoneDigest))) }
          : {}),
        ...(sampleDigest ? { sample: sampleDigestSchema.parse(structuredClone(sampleDigest)) } : {}),
      };
    });
  }

  async milestones(inspectionId: string): Promise<MilestoneRecord[]> {
    return this.db.milestones.list(inspectionId);
  }

  async dueBetween(from: LocalDate, to: LocalDate): Promise<MilestoneRecord[]> {
    // The bounds the table's query takes, one query a month: every key of a date from `from` to `to`.
    const upper = `${to}#\uffff`;
    // Within one month, bounds the wrong way round are refused by DynamoDB (its BETWEEN); across
    // months there is simply no month to query.
    if (from.slice(0, 7) === to.slice(0, 7) && compareKeys(from, upper) > 0) {
      throw new Error(`the BETWEEN operator requires upper bound to be greater than or equal to lower bound`);
    }
    return this.db.milestones.index((milestone) => {
      const key = dueOrder(milestone);
      return compareKeys(key, from) >= 0 && compareKeys(key, upper) <= 0 ? key : undefined;
    });
  }

  async overdue(): Promise<MilestoneRecord[]> {
    return this.db.milestones.index((milestone) => (isOpen(milestone) ? dueOrder(milestone) : undefined));
  }

  async completions(inspectionId: string): Promise<CompletionRecord[]> {
    return this.db.completions.list(inspectionId);
  }

  async auditTrail(inspectionId: string): Promise<AuditEntry[]> {
    return this.db.audit.list(inspectionId);
  }

  async settleEvent(input: SettleEvent): Promise<void> {
    this.db.settle(new Transaction(), input).commit();
  }

  async decideDeadline({ inspectionId, eventId, change, audit }: Input<'decideDeadline'>): Promise<void> {
    const tx = new Transaction();
    this.db.eventUpdate(tx, inspectionId, eventId, ['pending'], { decision: 'notify' }, (event) => !event.decision);
    this.db.statusChanges(tx, inspectionId, [change]);
    this.db.auditPut(tx, audit).commit();
  }

  async changeMilestones({ inspectionId, changes, audit }: Input<'changeMilestones'>): Promise<void> {
    // Nothing to change: nothing written, not even the audit entry.
    if (changes.length === 0) return;
    const tx = new Transaction();
    this.db.statusChanges(tx, inspectionId, changes);
    this.db.auditPut(tx, audit).commit();
  }

  async recordCompletion({ completion, change, audit }: Input<'recordCompletion'>): Promise<void> {
    const tx = new Transaction();
    const key = `${completion.milestoneId}#${completion.at}`;
    tx.put(this.db.completions, completion.inspectionId, key, completion, (current) => current === undefined);
    this.db.statusChanges(tx, completion.inspectionId, [change]);
    this.db.auditPut(tx, audit).commit();
  }

  async undoCompletion(input: Input<'undoCompletion'>): Promise<void> {
    const { inspectionId, milestoneId, change } = input;
    const tx = new Transaction();
    tx.update(
      this.db.completions,
      inspectionId,
      `${milestoneId}#${input.completedAt}`,
      (completion) => completion.undone === undefined,
      (completion) => ({ ...completion, undone: input.undone }),
    );
    tx.update(
      this.db.milestones,
      inspectionId,
      milestoneId,
      (milestone) => milestone.status === change.from,
      ({ completedAt: _at, completedBy: _by, ...milestone }) => ({ ...milestone, status: change.to }),
    );
    this.db.digestUpdate(
      tx,
      inspectionId,
      (digest) => {
        const line = digest[milestoneId];
        if (!line) return digest;
        const { completedAt: _undone, ...kept } = line;
        return { ...digest, [milestoneId]: { ...kept, status: change.to } };
      },
      [milestoneId],
    );
    this.db.auditPut(tx, input.audit).commit();
  }

  async replacePlan(replacement: PlanReplacement): Promise<void> {
    const { inspection, expectedPlanVersion } = replacement;
    const tx = new Transaction();
    // The inspection's own fields, rewritten; the alert count, the report's records and the digests
    // others keep alongside are left alone, but for the digest's entries of the milestones the plan writes.
    const {
      id: _id,
      alertCount: _counted,
      reportRecords: _recorded,
      milestoneDigest: _digest,
      sampleDigest: _sample,
      ...fields
    } = inspection as StoredInspection;
    const planned = (current: StoredInspection) => current.planVersion === expectedPlanVersion;
    if (replacement.milestones.length === 0) {
      tx.update(this.db.inspections, inspection.id, META, planned, (current) => ({ ...current, ...fields }));
    } else {
      this.db.digestUpdate(
        tx,
        inspection.id,
        (digest) => ({
          ...digest,
          ...Object.fromEntries(replacement.milestones.map((milestone) => [milestone.id, digestLineOf(milestone)])),
        }),
        [],
        fields,
        planned,
      );
    }
    for (const milestone of replacement.milestones) {
      tx.put(this.db.milestones, milestone.inspectionId, milestone.id, milestone);
    }
    for (const eventId of replacement.cancelEventIds) {
      this.db.eventUpdate(tx, inspection.id, eventId, ['pending', 'held'], {
        status: 'cancelled',
        outcome: `plan version ${inspection.planVersion} replaced it`,
      });
    }
    for (const event of replacement.newEvents) {
      tx.put(this.db.events, event.inspectionId, event.id, event, (current) => current === undefined);
    }
    this.db.auditPut(tx, replacement.audit).commit();
  }

  async setTeamAccess({ inspectionId, interviewTeam, at, audit }: Input<'setTeamAccess'>): Promise<void> {
    const tx = new Transaction();
    tx.update(
      this.db.inspections,
      inspectionId,
      META,
      () => true,
      (current) => ({ ...current, people: { ...current.people, interviewTeam }, updatedAt: at }),
    );
    this.db.auditPut(tx, audit).commit();
  }

  async recordReportStage({
    inspectionId,
    expectedCount,
    record,
    at,
    audit,
  }: Input<'recordReportStage'>): Promise<void> {
    const tx = new Transaction();
    tx.update(
      this.db.inspections,
      inspectionId,
      META,
      (current) => (current.reportRecords ?? []).length === expectedCount,
      (current) => ({ ...current, reportRecords: [...(current.reportRecords ?? []), record], updatedAt: at }),
    );
    this.db.auditPut(tx, audit).commit();
  }

  async setDriver({ inspectionId, expected, next, at }: Input<'setDriver'>): Promise<void> {
    new Transaction()
      .update(
        this.db.inspections,
        inspectionId,
        META,
        (inspection) => inspection.driver === expected,
        (inspection) => ({ ...inspection, driver: next, updatedAt: at }),
      )
      .commit(`inspection ${inspectionId} has another driver`);
  }

  async holdEvent(input: HeldEvent & { reason: string }): Promise<void> {
    const tx = new Transaction();
    // Holding a held event again refreshes the reason.
    this.db.eventUpdate(tx, input.inspectionId, input.eventId, ['pending', 'held'], {
      status: 'held',
      outcome: input.reason,
    });
    tx.update(
      this.db.milestones,
      input.inspectionId,
      input.milestoneId,
      () => true,
      (milestone) => ({ ...milestone, blockedReason: input.reason }),
    );
    this.db.auditPut(tx, input.audit).commit();
  }

  async releaseEvent(input: HeldEvent): Promise<void> {
    const tx = new Transaction();
    tx.update(
      this.db.events,
      input.inspectionId,
      input.eventId,
      (event) => event.status === 'held',
      ({ outcome: _reason, ...event }) => ({ ...event, status: 'pending' as const }),
    );
    tx.update(
      this.db.milestones,
      input.inspectionId,
      input.milestoneId,
      () => true,
      ({ blockedReason: _reason, ...milestone }) => milestone,
    );
    this.db.auditPut(tx, input.audit).commit();
  }
}
