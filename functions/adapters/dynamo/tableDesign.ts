import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import type { LongListCase } from '../../domain/caseSample/cases.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import type {
  AlertRecord,
  AuditEntry,
  CompletionRecord,
  EventRecord,
  InspectionRecord,
  MilestoneRecord,
  NoticeRecord,
} from '../../ports/records.js';

/*
 * One table. Keys (pk, sk) and two overloaded global secondary indexes:
 *
 *   item         pk            sk                         gsi1pk / gsi1sk                      gsi2pk / gsi2sk
 *   inspection   INSP#<id>     META                       INSPECTION / <fieldworkStart>#<id>   (with its digests: ports/digests.ts)
 *   milestone    INSP#<id>     MS#<milestoneId>           DUE#<yyyy-mm> / <dueDate>#<id>#<ms>  OPEN / <dueDate>#<id>#<ms> (overdue or escalated only)
 *   event        INSP#<id>     EV#<eventId>
 *   notice       INSP#<id>     NT#<noticeId>
 *   completion   INSP#<id>     DONE#<milestoneId>#<at>
 *   audit entry  INSP#<id>     AUDIT#<at>#<uuid>          (append-only: put if absent, never updated)
 *   alert        INSP#<id>     ALERT#<alertId>            ALERT / <raisedAt>#<alertId>
 *   open key     INSP#<id>     ALERTKEY#<case or ORG>#<category>   (one open alert per case and category)
 *   case sample  INSP#<id>     SAMPLE                     (summary of the long-list, the sample, decisions, team, schedule; versioned; caseChunks)
 *   cases chunk  INSP#<id>     SAMPLE#CASES#<nnnn>        (the long-list's eligible cases, at most 300 KB of them an item)
 */
export const pk = (inspectionId: string) => `INSP#${inspectionId}`;
export const OPEN_STATUSES = new Set(['overdue', 'escalated']);

export function inspectionItem(record: InspectionRecord) {
  return {
    pk: pk(record.id),
    sk: 'META',
    gsi1pk: 'INSPECTION',
    gsi1sk: `${record.fieldworkStart}#${record.id}`,
    ...record,
  };
}

function milestoneKeys(record: Pick<MilestoneRecord, 'inspectionId' | 'id' | 'dueDate' | 'status'>) {
  const order = `${record.dueDate}#${record.inspectionId}#${record.id}`;
  return {
    gsi1pk: `DUE#${record.dueDate.slice(0, 7)}`,
    gsi1sk: order,
    ...(OPEN_STATUSES.has(record.status) ? { gsi2pk: 'OPEN', gsi2sk: order } : {}),
  };
}

export function milestoneItem(record: MilestoneRecord) {
  return { pk: pk(record.inspectionId), sk: `MS#${record.id}`, ...milestoneKeys(record), ...record };
}

export const eventItem = (record: EventRecord) => ({ pk: pk(record.inspectionId), sk: `EV#${record.id}`, ...record });

export const noticeItem = (record: NoticeRecord) => ({
  pk: pk(record.inspectionId),
  sk: `NT#${record.id}`,
  ...record,
});

export const completionItem = (record: CompletionRecord) => ({
  pk: pk(record.inspectionId),
  sk: `DONE#${record.milestoneId}#${record.at}`,
  ...record,
});

export const auditItem = (entry: AuditEntry) => ({
  pk: pk(entry.inspectionId),
  sk: `AUDIT#${entry.at}#${randomUUID()}`,
  ...entry,
});

export const alertItem = (record: AlertRecord) => ({
  pk: pk(record.inspectionId),
  sk: `ALERT#${record.id}`,
  gsi1pk: 'ALERT',
  gsi1sk: `${record.raised.at}#${record.id}`,
  ...record,
});

/** The item that holds an open key for the alert that took it. */
export const openKeyItem = (inspectionId: string, openKey: string, alertId: string) => ({
  pk: pk(inspectionId),
  sk: `ALERTKEY#${openKey}`,
  alertId,
});

/** The case sample's record; its chunks of eligible cases sort after it, under the same prefix. */
export const SAMPLE_SK = 'SAMPLE';
export const caseChunkKey = (index: number) => `${SAMPLE_SK}#CASES#${String(index).padStart(4, '0')}`;

export const caseSampleItem = (record: CaseSampleRecord) => ({ pk: pk(record.inspectionId), sk: SAMPLE_SK, ...record });

/** One run of the long-list's eligible cases, naming the upload it belongs to. */
export const caseChunkItem = (
  inspectionId: string,
  uploadId: string,
  index: number,
  cases: readonly LongListCase[],
) => ({
  pk: pk(inspectionId),
  sk: caseChunkKey(index),
  inspectionId,
  uploadId,
  index,
  cases,
});

/** "2026-12" → "2027-01" */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** A stored item back to its record: the keys dropped, the rest checked against the record's schema. */
export function strip<T extends object>(item: Record<string, unknown>, schema: z.ZodMiniType<T>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return schema.parse(rest);
}

/** The table's definition, shared by the CDK stack and the local runtime so the two cannot drift. */
export const TABLE_DEFINITION = {
  attributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'],
  keySchema: { partitionKey: 'pk', sortKey: 'sk' },
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  /** Sessions and sign-ins under way carry when they end (epoch seconds): DynamoDB removes them after. */
  timeToLiveAttribute: 'ttl',
} as const;
