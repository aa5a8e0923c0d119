import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalDate } from '../../domain/localDate.js';
import {
  digestLineOf,
  linesOf,
  milestoneDigestOf,
  milestoneDigestSchema,
  NO_SAMPLE,
  sampleDigestSchema,
  type InspectionAtAGlance,
} from '../../ports/digests.js';
import { AlreadyExistsError, ConflictError } from '../../ports/errors.js';
import {
  auditEntrySchema,
  completionRecordSchema,
  eventRecordSchema,
  inspectionRecordSchema,
  milestoneRecordSchema,
  type AuditEntry,
  type CompletionRecord,
  type InspectionRecord,
  type InspectionState,
  type MilestoneRecord,
} from '../../ports/records.js';
import type { HeldEvent, PlanReplacement, SettleEvent, TimelineStore } from '../../ports/timelineStore.js';
import { isConditionFailure, type DynamoTable } from './table.js';
import {
  completionItem,
  eventItem,
  inspectionItem,
  milestoneItem,
  nextMonth,
  OPEN_STATUSES,
  pk,
  strip,
} from './tableDesign.js';

/** What a write of the port takes: one object. */
type Input<Method extends keyof TimelineStore> = Parameters<TimelineStore[Method]>[0];

/** Inspections, their milestones, events, completions and audit trail, in the shared table. */
export class DynamoTimelineStore implements TimelineStore {
  constructor(private readonly table: DynamoTable) {}

  async createInspection({ state, audit }: Input<'createInspection'>): Promise<void> {
    try {
      await this.table.transact([
        // With its digests (ports/digests.ts): every milestone, and no case sample yet.
        this.table.put(
          {
            ...inspectionItem(state.inspection),
            milestoneDigest: milestoneDigestOf(state.milestones),
            sampleDigest: NO_SAMPLE,
          },
          'attribute_not_exists(pk)',
        ),
        ...state.milestones.map((milestone) => this.table.put(milestoneItem(milestone))),
        ...state.events.map((event) => this.table.put(eventItem(event))),
        this.table.auditPut(audit),
      ]);
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
    // EV#, META and MS# sort together: one consistent query reads all the driver needs.
    const items = await this.table.queryAll({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ...(options.pendingOnly
        ? {
            // Only events have a `notice`; a filter may not name the key.
            FilterExpression: 'attribute_not_exists(notice) OR #status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
          }
        : {}),
      ExpressionAttributeValues: {
        ':pk': pk(inspectionId),
        ':from': 'EV#',
        ':to': 'MS#\uffff',
        ...(options.pendingOnly ? { ':pending': 'pending' } : {}),
      },
      ConsistentRead: true,
    });
    const meta = items.find((item) => item.sk === 'META');
    if (!meta) return undefined;
    return {
      inspection: strip(meta, inspectionRecordSchema),
      milestones: items
        .filter((item) => String(item.sk).startsWith('MS#'))
        .map((item) => strip(item, milestoneRecordSchema)),
      events: items.filter((item) => String(item.sk).startsWith('EV#')).map((item) => strip(item, eventRecordSchema)),
    };
  }

  async getInspection(inspectionId: string): Promise<InspectionRecord | undefined> {
    const item = await this.table.item(inspectionId, 'META');
    return item ? strip(item, inspectionRecordSchema) : undefined;
  }

  async listInspections(): Promise<InspectionRecord[]> {
    const items = await this.table.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'INSPECTION' },
    });
    return items.map((item) => strip(item, inspectionRecordSchema));
  }

  async listAtAGlance(): Promise<InspectionAtAGlance[]> {
    const items = await this.table.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'INSPECTION' },
    });
    return items.map((item) => ({
      inspection: strip(item, inspectionRecordSchema),
      ...(item.milestoneDigest ? { milestones: linesOf(milestoneDigestSchema.parse(item.milestoneDigest)) } : {}),
      ...(item.sampleDigest ? { sample: sampleDigestSchema.parse(item.sampleDigest) } : {}),
    }));
  }

  async milestones(inspectionId: string): Promise<MilestoneRecord[]> {
    return (await this.table.queryPrefix(inspectionId, 'MS#')).map((item) => strip(item, milestoneRecordSchema));
  }

  async dueBetween(from: LocalDate, to: LocalDate): Promise<MilestoneRecord[]> {
    const months: string[] = [];
    for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) months.push(month);
    const pages = await Promise.all(
      months.map((month) =>
        this.table.queryAll({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': `DUE#${month}`, ':from': from, ':to': `${to}#\uffff` },
        }),
      ),
    );
    return pages.flat().map((item) => strip(item, milestoneRecordSchema));
  }

  async overdue(): Promise<MilestoneRecord[]> {
    const items = await this.table.queryAll({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': 'OPEN' },
    });
    return items.map((item) => strip(item, milestoneRecordSchema));
  }

  async completions(inspectionId: string): Promise<CompletionRecord[]> {
    return (await this.table.queryPrefix(inspectionId, 'DONE#')).map((item) => strip(item, completionRecordSchema));
  }

  async auditTrail(inspectionId: string): Promise<AuditEntry[]> {
    return (await this.table.queryPrefix(inspectionId, 'AUDIT#')).map((item) => strip(item, auditEntrySchema));
  }

  async settleEvent(input: SettleEvent): Promise<void> {
    const items = this.table.settleItems(input);
    if (input.change) await this.table.transactKeepingDigest(input.inspectionId, items, [input.change.milestoneId]);
    else await this.table.transact(items);
  }

  async decideDeadline(input: Input<'decideDeadline'>): Promise<void> {
    await this.table.transactKeepingDigest(
      input.inspectionId,
      [
        this.table.eventUpdate(
          input.inspectionId,
          input.eventId,
          { decision: 'notify' },
          '#status = :pending AND attribute_not_exists(decision)',
        ),
        this.table.statusUpdate(input.inspectionId, input.change),
        this.table.digestStatuses(input.inspectionId, [input.change]),
        this.table.auditPut(input.audit),
      ],
      [input.change.milestoneId],
    );
  }

  async changeMilestones({ inspectionId, changes, audit }: Input<'changeMilestones'>): Promise<void> {
    if (changes.length === 0) return;
    await this.table.transactKeepingDigest(
      inspectionId,
      [
        ...changes.map((change) => this.table.statusUpdate(inspectionId, change)),
        this.table.digestStatuses(inspectionId, changes),
        this.table.auditPut(audit),
      ],
      changes.map((change) => change.milestoneId),
    );
  }

  async recordCompletion({ completion, change, audit }: Input<'recordCompletion'>): Promise<void> {
    await this.table.transactKeepingDigest(
      completion.inspectionId,
      [
        this.table.put(completionItem(completion), 'attribute_not_exists(sk)'),
        this.table.statusUpdate(completion.inspectionId, change),
        this.table.digestStatuses(completion.inspectionId, [change]),
        this.table.auditPut(audit),
      ],
      [change.milestoneId],
    );
  }

  async undoCompletion(input: Input<'undoCompletion'>): Promise<void> {
    const { inspectionId, milestoneId, change } = input;
    const open = OPEN_STATUSES.has(change.to);
    await this.table.transactKeepingDigest(
      inspectionId,
      [
        {
          Update: {
            TableName: this.table.tableName,
            Key: { pk: pk(inspectionId), sk: `DONE#${milestoneId}#${input.completedAt}` },
            UpdateExpression: 'SET undone = :undone',
            ConditionExpression: 'attribute_exists(sk) AND attribute_not_exists(undone)',
            ExpressionAttributeValues: { ':undone': input.undone },
          },
        },
        {
          Update: {
            TableName: this.table.tableName,
            Key: { pk: pk(inspectionId), sk: `MS#${milestoneId}` },
            UpdateExpression: open
              ? 'SET #status = :to, gsi2pk = :open, gsi2sk = gsi1sk REMOVE completedAt, completedBy'
              : 'SET #status = :to REMOVE completedAt, completedBy, gsi2pk, gsi2sk',
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':to': change.to,
              ':from': change.from,
              ...(open ? { ':open': 'OPEN' } : {}),
            },
          },
        },
        this.table.digestStatuses(inspectionId, [change], { undone: true }),
        this.table.auditPut(input.audit),
      ],
      [milestoneId],
    );
  }

  async replacePlan(replacement: PlanReplacement): Promise<void> {
    const { inspection } = replacement;
    const items = [
      this.inspectionUpdate(inspection, replacement.expectedPlanVersion, replacement.milestones),
      ...replacement.milestones.map((milestone) => this.table.put(milestoneItem(milestone))),
      ...replacement.cancelEventIds.map((eventId) =>
        this.table.eventUpdate(
          inspection.id,
          eventId,
          { status: 'cancelled', outcome: `plan version ${inspection.planVersion} replaced it` },
          '#status IN (:pending, :held)',
        ),
      ),
      ...replacement.newEvents.map((event) => this.table.put(eventItem(event), 'attribute_not_exists(sk)')),
      this.table.auditPut(replacement.audit),
    ];
    // A plan's milestones rewrite their digest entries (a record with no digest yet gets one first).
    if (replacement.milestones.length > 0) {
      await this.table.transactKeepingDigest(inspection.id, items);
    } else await this.table.transact(items);
  }

  async setTeamAccess({ inspectionId, interviewTeam, at, audit }: Input<'setTeamAccess'>): Promise<void> {
    await this.table.transact([
      {
        Update: {
          TableName: this.table.tableName,
          Key: { pk: pk(inspectionId), sk: 'META' },
          UpdateExpression: 'SET #people.#team = :team, updatedAt = :at',
          ConditionExpression: 'attribute_exists(sk)',
          ExpressionAttributeNames: { '#people': 'people', '#team': 'interviewTeam' },
          ExpressionAttributeValues: { ':team': interviewTeam, ':at': at },
        },
      },
      this.table.auditPut(audit),
    ]);
  }

  async recordReportStage({
    inspectionId,
    expectedCount,
    record,
    at,
    audit,
  }: Input<'recordReportStage'>): Promise<void> {
    await this.table.transact([
      {
        Update: {
          TableName: this.table.tableName,
          Key: { pk: pk(inspectionId), sk: 'META' },
          UpdateExpression: 'SET #records = list_append(if_not_exists(#records, :none), :record), updatedAt = :at',
          ConditionExpression:
            expectedCount === 0
              ? 'attribute_exists(sk) AND (attribute_not_exists(#records) OR size(#records) = :count)'
              : 'size(#records) = :count',
          ExpressionAttributeNames: { '#records': 'reportRecords' },
          ExpressionAttributeValues: { ':none': [], ':record': [record], ':at': at, ':count': expectedCount },
        },
      },
      this.table.auditPut(audit),
    ]);
  }

  /**
   * Rewrites the inspection's own fields, leaving what others keep alongside (the alert number,
   * the report's records) alone: an update, not a put, so a raise at the same moment is not undone.
   */
  private inspectionUpdate(
    inspection: InspectionRecord,
    expectedPlanVersion: number,
    milestones: readonly MilestoneRecord[] = [],
  ) {
    const {
      alertCount: _counted,
      reportRecords: _recorded,
      id: _id,
      ...fields
    } = { ...inspectionItem(inspection) } as Record<string, unknown> & {
      alertCount?: number;
      reportRecords?: unknown;
    };
    // Not the keys, nor the digests kept alongside (written entry by entry below, or by the case sample).
    const kept = new Set(['pk', 'sk', 'milestoneDigest', 'sampleDigest']);
    const names = Object.keys(fields).filter((name) => !kept.has(name));
    return {
      Update: {
        TableName: this.table.tableName,
        Key: { pk: pk(inspection.id), sk: 'META' },
        UpdateExpression: `SET ${[
          ...names.map((_, i) => `#f${i} = :f${i}`),
          ...milestones.map((_, i) => `#digest.#m${i} = :m${i}`),
        ].join(', ')}`,
        ConditionExpression: `#f_version = :expected${milestones.length > 0 ? ' AND attribute_exists(#digest)' : ''}`,
        ExpressionAttributeNames: {
          ...Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
          '#f_version': 'planVersion',
          ...(milestones.length > 0 ? { '#digest': 'milestoneDigest' } : {}),
          ...Object.fromEntries(milestones.map((milestone, i) => [`#m${i}`, milestone.id])),
        },
        ExpressionAttributeValues: {
          ...Object.fromEntries(names.map((name, i) => [`:f${i}`, fields[name]])),
          ...Object.fromEntries(milestones.map((milestone, i) => [`:m${i}`, digestLineOf(milestone)])),
          ':expected': expectedPlanVersion,
        },
      },
    };
  }

  async setDriver({ inspectionId, expected, next, at }: Input<'setDriver'>): Promise<void> {
    try {
      await this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: { pk: pk(inspectionId), sk: 'META' },
          UpdateExpression: 'SET driver = :next, updatedAt = :at',
          ConditionExpression: 'driver = :expected',
          ExpressionAttributeValues: { ':next': next, ':expected': expected, ':at': at },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError(`inspection ${inspectionId} has another driver`);
      throw error;
    }
  }

  async holdEvent(input: HeldEvent & { reason: string }): Promise<void> {
    await this.table.transact([
      this.table.eventUpdate(
        input.inspectionId,
        input.eventId,
        { status: 'held', outcome: input.reason },
        // Holding a held event again refreshes the reason.
        '#status IN (:pending, :held)',
      ),
      {
        Update: {
          TableName: this.table.tableName,
          Key: { pk: pk(input.inspectionId), sk: `MS#${input.milestoneId}` },
          UpdateExpression: 'SET blockedReason = :reason',
          ConditionExpression: 'attribute_exists(sk)',
          ExpressionAttributeValues: { ':reason': input.reason },
        },
      },
      this.table.auditPut(input.audit),
    ]);
  }

  async releaseEvent(input: HeldEvent): Promise<void> {
    await this.table.transact([
      {
        Update: {
          TableName: this.table.tableName,
          Key: { pk: pk(input.inspectionId), sk: `EV#${input.eventId}` },
          UpdateExpression: 'SET #status = :pending REMOVE outcome',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':held': 'held' },
        },
      },
      {
        Update: {
          TableName: this.table.tableName,
          Key: { pk: pk(input.inspectionId), sk: `MS#${input.milestoneId}` },
          UpdateExpression: 'REMOVE blockedReason',
          ConditionExpression: 'attribute_exists(sk)',
        },
      },
      this.table.auditPut(input.audit),
    ]);
  }
}
