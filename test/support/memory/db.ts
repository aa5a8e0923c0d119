import * as z from 'zod/mini';
import {
  alertRecordSchema,
  auditEntrySchema,
  completionRecordSchema,
  eventRecordSchema,
  inspectionRecordSchema,
  milestoneRecordSchema,
  noticeRecordSchema,
  type AlertRecord,
  type AuditEntry,
  type CompletionRecord,
  type EventRecord,
  type InspectionRecord,
  type MilestoneRecord,
  type NoticeRecord,
} from '../../../functions/ports/records.js';
import type { SettleEvent, StatusChange } from '../../../functions/ports/timelineStore.js';
import { milestoneDigestOf, type MilestoneDigest, type SampleDigest } from '../../../functions/ports/digests.js';
import type { MilestoneId } from '../../../functions/domain/milestones.js';
import { Collection, Transaction } from './table.js';

/** A notice as kept: with the keys of the delivery events already told (`<type>@<at>`), which readers never see. */
export type StoredNotice = NoticeRecord & { deliveryEventKeys?: string[] };

/** An inspection's record as kept: with the digests the overview reads (ports/digests.ts), which readers of the record never see. */
export type StoredInspection = InspectionRecord & { milestoneDigest?: MilestoneDigest; sampleDigest?: SampleDigest };

/** The one item of an inspection's own record. */
export const META = 'META';

/** Milestones overdue or escalated: the ones the overdue index holds. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['overdue', 'escalated']);
export const isOpen = (milestone: MilestoneRecord) => OPEN_STATUSES.has(milestone.status);

/** The order of milestones across inspections: due date, then inspection, then milestone. */
export const dueOrder = (milestone: MilestoneRecord) =>
  `${milestone.dueDate}#${milestone.inspectionId}#${milestone.id}`;

/**
 * Everything the three stores keep, in one place as in the one table, with the writes the stores
 * share: audit entries, milestone status changes, event updates and settling an event.
 */
export class MemoryDb {
  readonly inspections = new Collection<StoredInspection, InspectionRecord>('inspection', inspectionRecordSchema);
  /** Keyed by milestone id. */
  readonly milestones = new Collection<MilestoneRecord>('milestone', milestoneRecordSchema);
  /** Keyed by event id. */
  readonly events = new Collection<EventRecord>('event', eventRecordSchema);
  /** Keyed by notice id. */
  readonly notices = new Collection<StoredNotice, NoticeRecord>('notice', noticeRecordSchema);
  /** Keyed by `<milestoneId>#<at>`. */
  readonly completions = new Collection<CompletionRecord>('completion', completionRecordSchema);
  /** Keyed by `<at>#<sequence>`: in time order, entries of one instant in the order written. */
  readonly audit = new Collection<AuditEntry>('audit entry', auditEntrySchema);
  /** Keyed by alert id. */
  readonly alerts = new Collection<AlertRecord>('alert', alertRecordSchema);
  /** Keyed by open key: the alert holding it. */
  readonly openKeys = new Collection<{ alertId: string }>('open key', z.object({ alertId: z.string() }));

  private auditWritten = 0;

  /** Append-only: a new entry under its own inspection (the entry's, whatever the write is about). */
  auditPut(tx: Transaction, entry: AuditEntry): Transaction {
    this.auditWritten += 1;
    const key = `${entry.at}#${String(this.auditWritten).padStart(12, '0')}`;
    return tx.put(this.audit, entry.inspectionId, key, entry, (current) => current === undefined);
  }

  /** Milestones' statuses, each only if still `from`, with the inspection's milestone digest. */
  statusChanges(tx: Transaction, inspectionId: string, changes: readonly StatusChange[]): Transaction {
    for (const change of changes) this.statusChange(tx, inspectionId, change);
    return this.digestUpdate(
      tx,
      inspectionId,
      (digest) => {
        for (const change of changes) {
          const line = digest[change.milestoneId];
          if (line) {
            digest[change.milestoneId] = {
              ...line,
              status: change.to,
              ...(change.completedAt ? { completedAt: change.completedAt } : {}),
            };
          }
        }
        return digest;
      },
      changes.map((change) => change.milestoneId),
    );
  }

  /**
   * Changes the inspection's milestone digest with the write; a record written before the digest
   * was kept, or whose digest lacks one of the milestones `needs`, first gets one from its
   * milestones as they stand (as the table's backfill does).
   */
  digestUpdate(
    tx: Transaction,
    inspectionId: string,
    change: (digest: MilestoneDigest) => MilestoneDigest,
    needs: readonly MilestoneId[] = [],
    fields: Partial<InspectionRecord> = {},
    condition: (current: StoredInspection) => boolean = () => true,
  ): Transaction {
    return tx.update(this.inspections, inspectionId, META, condition, (current) => {
      const kept = current.milestoneDigest;
      const whole = kept && needs.every((id) => kept[id] !== undefined);
      return {
        ...current,
        ...fields,
        milestoneDigest: change(whole ? kept : milestoneDigestOf(this.milestones.list(inspectionId))),
      };
    });
  }

  /** A milestone's status, only if it is still `from`; completion details when given (its digest: statusChanges). */
  private statusChange(tx: Transaction, inspectionId: string, change: StatusChange): Transaction {
    return tx.update(
      this.milestones,
      inspectionId,
      change.milestoneId,
      (milestone) => milestone.status === change.from,
      (milestone) => ({
        ...milestone,
        status: change.to,
        ...(change.completedAt ? { completedAt: change.completedAt, completedBy: change.completedBy ?? 'system' } : {}),
      }),
    );
  }

  /** Sets fields of an event whose status is one of `statuses`. */
  eventUpdate(
    tx: Transaction,
    inspectionId: string,
    eventId: string,
    statuses: readonly EventRecord['status'][],
    set: Partial<EventRecord>,
    condition: (event: EventRecord) => boolean = () => true,
  ): Transaction {
    return tx.update(
      this.events,
      inspectionId,
      eventId,
      (event) => statuses.includes(event.status) && condition(event),
      (event) => ({ ...event, ...set }),
    );
  }

  /** A pending event's end, its milestone change, and (unless another entry stands for it) its audit entry. */
  settle(tx: Transaction, input: SettleEvent, audited = true): Transaction {
    this.eventUpdate(tx, input.inspectionId, input.eventId, ['pending'], {
      status: input.status,
      outcome: input.outcome,
      processedAt: input.at,
    });
    if (input.change) this.statusChanges(tx, input.inspectionId, [input.change]);
    if (audited) this.auditPut(tx, input.audit);
    return tx;
  }
}
