import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { LocalDate } from '../domain/localDate.js';
import {
  AlreadyExistsError,
  ConflictError,
  DuplicateAlertError,
  type InspectionStore,
  type PlanReplacement,
  type SettleEvent,
  type StatusChange,
} from '../ports/inspectionStore.js';
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
  type InspectionState,
  type MilestoneRecord,
  type NoticeRecord,
} from '../ports/records.js';

/*
 * One table. Keys (pk, sk) and two overloaded global secondary indexes:
 *
 *   item         pk            sk                         gsi1pk / gsi1sk                      gsi2pk / gsi2sk
 *   inspection   INSP#<id>     META                       INSPECTION / <fieldworkStart>#<id>
 *   milestone    INSP#<id>     MS#<milestoneId>           DUE#<yyyy-mm> / <dueDate>#<id>#<ms>  OPEN / <dueDate>#<id>#<ms> (overdue or escalated only)
 *   event        INSP#<id>     EV#<eventId>
 *   notice       INSP#<id>     NT#<noticeId>
 *   completion   INSP#<id>     DONE#<milestoneId>#<at>
 *   audit entry  INSP#<id>     AUDIT#<at>#<uuid>          (append-only: put if absent, never updated)
 *   alert        INSP#<id>     ALERT#<alertId>            ALERT / <raisedAt>#<alertId>
 *   open key     INSP#<id>     ALERTKEY#<case or ORG>#<category>   (one open alert per case and category)
 */
const pk = (inspectionId: string) => `INSP#${inspectionId}`;
const OPEN_STATUSES = new Set(['overdue', 'escalated']);

function inspectionItem(record: InspectionRecord) {
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

function milestoneItem(record: MilestoneRecord) {
  return { pk: pk(record.inspectionId), sk: `MS#${record.id}`, ...milestoneKeys(record), ...record };
}

const eventItem = (record: EventRecord) => ({ pk: pk(record.inspectionId), sk: `EV#${record.id}`, ...record });

const auditItem = (entry: AuditEntry) => ({
  pk: pk(entry.inspectionId),
  sk: `AUDIT#${entry.at}#${randomUUID()}`,
  ...entry,
});

const alertItem = (record: AlertRecord) => ({
  pk: pk(record.inspectionId),
  sk: `ALERT#${record.id}`,
  gsi1pk: 'ALERT',
  gsi1sk: `${record.raised.at}#${record.id}`,
  ...record,
});

/** "2026-12" → "2027-01" */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

function strip<T extends object>(item: Record<string, unknown>, schema: z.ZodType<T>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return schema.parse(rest);
}

/** Another writer got there first (a failed condition, or a concurrent transaction): read again and decide again. */
function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some(
        (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
      ))
  );
}

export class DynamoInspectionStore implements InspectionStore {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  private async transact(items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>) {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError('the record changed before this write; read it again');
      throw error;
    }
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({ TableName: this.tableName, ...input, ExclusiveStartKey: start }),
      );
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private queryPrefix(inspectionId: string, prefix: string) {
    return this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk(inspectionId), ':prefix': prefix },
      ConsistentRead: true,
    });
  }

  private put(item: Record<string, unknown>, condition?: string) {
    return { Put: { TableName: this.tableName, Item: item, ...(condition ? { ConditionExpression: condition } : {}) } };
  }

  private auditPut(entry: AuditEntry) {
    return this.put(auditItem(entry), 'attribute_not_exists(sk)');
  }

  private statusUpdate(inspectionId: string, change: StatusChange) {
    const open = OPEN_STATUSES.has(change.to);
    const sets = ['#status = :to'];
    const values: Record<string, unknown> = { ':to': change.to, ':from': change.from };
    if (change.completedAt) {
      sets.push('completedAt = :completedAt', 'completedBy = :completedBy');
      values[':completedAt'] = change.completedAt;
      values[':completedBy'] = change.completedBy ?? 'system';
    }
    if (open) {
      sets.push('gsi2pk = :open', 'gsi2sk = gsi1sk');
      values[':open'] = 'OPEN';
    }
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: pk(inspectionId), sk: `MS#${change.milestoneId}` },
        UpdateExpression: `SET ${sets.join(', ')}${open ? '' : ' REMOVE gsi2pk, gsi2sk'}`,
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      },
    };
  }

  async create(state: InspectionState, audit: AuditEntry): Promise<void> {
    try {
      await this.transact([
        this.put(inspectionItem(state.inspection), 'attribute_not_exists(pk)'),
        ...state.milestones.map((milestone) => this.put(milestoneItem(milestone))),
        ...state.events.map((event) => this.put(eventItem(event))),
        this.auditPut(audit),
      ]);
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new AlreadyExistsError(`inspection ${state.inspection.id} already exists`);
      }
      throw error;
    }
  }

  async load(inspectionId: string, options: { pendingOnly?: boolean } = {}): Promise<InspectionState | undefined> {
    // EV#, META and MS# sort together: one consistent query reads all the driver needs.
    const items = await this.queryAll({
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

  async listInspections(): Promise<InspectionRecord[]> {
    const items = await this.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'INSPECTION' },
    });
    return items.map((item) => strip(item, inspectionRecordSchema));
  }

  async dueBetween(from: LocalDate, to: LocalDate): Promise<MilestoneRecord[]> {
    const months: string[] = [];
    for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) months.push(month);
    const pages = await Promise.all(
      months.map((month) =>
        this.queryAll({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': `DUE#${month}`, ':from': from, ':to': `${to}#\uffff` },
        }),
      ),
    );
    return pages.flat().map((item) => strip(item, milestoneRecordSchema));
  }

  async overdue(): Promise<MilestoneRecord[]> {
    const items = await this.queryAll({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': 'OPEN' },
    });
    return items.map((item) => strip(item, milestoneRecordSchema));
  }

  async milestones(inspectionId: string): Promise<MilestoneRecord[]> {
    return (await this.queryPrefix(inspectionId, 'MS#')).map((item) => strip(item, milestoneRecordSchema));
  }

  async notices(inspectionId: string): Promise<NoticeRecord[]> {
    return (await this.queryPrefix(inspectionId, 'NT#')).map((item) => strip(item, noticeRecordSchema));
  }

  async completions(inspectionId: string): Promise<CompletionRecord[]> {
    return (await this.queryPrefix(inspectionId, 'DONE#')).map((item) => strip(item, completionRecordSchema));
  }

  async audit(inspectionId: string): Promise<AuditEntry[]> {
    return (await this.queryPrefix(inspectionId, 'AUDIT#')).map((item) => strip(item, auditEntrySchema));
  }

  private eventUpdate(inspectionId: string, eventId: string, set: Record<string, unknown>, condition: string) {
    const names = Object.keys(set);
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: pk(inspectionId), sk: `EV#${eventId}` },
        UpdateExpression: `SET ${names.map((name, i) => `#n${i} = :v${i}`).join(', ')}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: {
          '#status': 'status',
          ...Object.fromEntries(names.map((name, i) => [`#n${i}`, name])),
        },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ...(condition.includes(':held') ? { ':held': 'held' } : {}),
          ...Object.fromEntries(names.map((name, i) => [`:v${i}`, set[name]])),
        },
      },
    };
  }

  /** The event's end, its milestone change, and (unless another entry stands for it) its audit entry. */
  private settleItems(input: SettleEvent, audited = true) {
    return [
      this.eventUpdate(
        input.inspectionId,
        input.eventId,
        { status: input.status, outcome: input.outcome, processedAt: input.at },
        '#status = :pending',
      ),
      ...(input.change ? [this.statusUpdate(input.inspectionId, input.change)] : []),
      ...(audited ? [this.auditPut(input.audit)] : []),
    ];
  }

  async settleEvent(input: SettleEvent): Promise<void> {
    await this.transact(this.settleItems(input));
  }

  async decideDeadline(input: Parameters<InspectionStore['decideDeadline']>[0]): Promise<void> {
    await this.transact([
      this.eventUpdate(
        input.inspectionId,
        input.eventId,
        { decision: 'notify' },
        '#status = :pending AND attribute_not_exists(decision)',
      ),
      this.statusUpdate(input.inspectionId, input.change),
      this.auditPut(input.audit),
    ]);
  }

  async changeMilestones(inspectionId: string, changes: StatusChange[], audit: AuditEntry[]): Promise<void> {
    if (changes.length === 0) return;
    await this.transact([
      ...changes.map((change) => this.statusUpdate(inspectionId, change)),
      ...audit.map((entry) => this.auditPut(entry)),
    ]);
  }

  async recordCompletion(completion: CompletionRecord, change: StatusChange, audit: AuditEntry): Promise<void> {
    await this.transact([
      this.put(
        { pk: pk(completion.inspectionId), sk: `DONE#${completion.milestoneId}#${completion.at}`, ...completion },
        'attribute_not_exists(sk)',
      ),
      this.statusUpdate(completion.inspectionId, change),
      this.auditPut(audit),
    ]);
  }

  async replacePlan(replacement: PlanReplacement): Promise<void> {
    const { inspection } = replacement;
    await this.transact([
      this.inspectionUpdate(inspection, replacement.expectedPlanVersion),
      ...replacement.milestones.map((milestone) => this.put(milestoneItem(milestone))),
      ...replacement.cancelEventIds.map((eventId) =>
        this.eventUpdate(
          inspection.id,
          eventId,
          { status: 'cancelled', outcome: `plan version ${inspection.planVersion} replaced it` },
          '#status IN (:pending, :held)',
        ),
      ),
      ...replacement.newEvents.map((event) => this.put(eventItem(event), 'attribute_not_exists(sk)')),
      this.auditPut(replacement.audit),
    ]);
  }

  /**
   * Rewrites the inspection's own fields, leaving what others count alongside (the alert number)
   * alone: an update, not a put, so a raise at the same moment is not undone.
   */
  private inspectionUpdate(inspection: InspectionRecord, expectedPlanVersion: number) {
    const {
      alertCount: _counted,
      id: _id,
      ...fields
    } = { ...inspectionItem(inspection) } as Record<string, unknown> & {
      alertCount?: number;
    };
    delete fields.pk;
    delete fields.sk;
    const names = Object.keys(fields);
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: pk(inspection.id), sk: 'META' },
        UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
        ConditionExpression: '#f_version = :expected',
        ExpressionAttributeNames: {
          ...Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
          '#f_version': 'planVersion',
        },
        ExpressionAttributeValues: {
          ...Object.fromEntries(names.map((name, i) => [`:f${i}`, fields[name]])),
          ':expected': expectedPlanVersion,
        },
      },
    };
  }

  async setDriver(inspectionId: string, expected: string, next: string, at: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
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

  /** One item of an inspection's partition, read consistently. */
  private async item(inspectionId: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: pk(inspectionId), sk }, ConsistentRead: true }),
    );
    return result.Item;
  }

  async getInspection(inspectionId: string): Promise<InspectionRecord | undefined> {
    const item = await this.item(inspectionId, 'META');
    return item ? strip(item, inspectionRecordSchema) : undefined;
  }

  async getNotice(inspectionId: string, noticeId: string): Promise<NoticeRecord | undefined> {
    const item = await this.item(inspectionId, `NT#${noticeId}`);
    return item ? strip(item, noticeRecordSchema) : undefined;
  }

  async claimNotice(notice: NoticeRecord, expected: NoticeRecord | undefined): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: pk(notice.inspectionId), sk: `NT#${notice.id}`, ...notice },
          ...(expected
            ? {
                ConditionExpression: 'attempts = :attempts AND #status = :status',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':attempts': expected.attempts, ':status': expected.status },
              }
            : { ConditionExpression: 'attribute_not_exists(sk)' }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError(`notice ${notice.id} was claimed by another attempt`);
      throw error;
    }
  }

  async finishNotice(
    inspectionId: string,
    noticeId: string,
    attempt: number,
    outcome: Parameters<InspectionStore['finishNotice']>[3],
    audit: AuditEntry,
    settle?: SettleEvent,
  ): Promise<void> {
    const update =
      outcome.status === 'sent'
        ? {
            expression: 'SET #status = :status, messageId = :messageId, sentAt = :sentAt REMOVE leaseUntil',
            values: { ':status': 'sent', ':messageId': outcome.messageId, ':sentAt': outcome.sentAt },
          }
        : outcome.status === 'uncertain'
          ? { expression: 'SET #error = :error REMOVE leaseUntil', values: { ':error': outcome.error } }
          : {
              expression: 'SET #status = :status, #error = :error REMOVE leaseUntil',
              values: { ':status': outcome.status, ':error': outcome.error },
            };
    await this.transact([
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(inspectionId), sk: `NT#${noticeId}` },
          UpdateExpression: update.expression,
          ConditionExpression: 'attempts = :attempt AND #status = :sending',
          ExpressionAttributeNames: {
            '#status': 'status',
            ...(outcome.status === 'sent' ? {} : { '#error': 'error' }),
          },
          ExpressionAttributeValues: { ...update.values, ':attempt': attempt, ':sending': 'sending' },
        },
      },
      this.auditPut(audit),
      // The notice's own audit entry records the event's end too: one entry per change made.
      ...(settle && outcome.status === 'sent' ? this.settleItems(settle, false) : []),
    ]);
  }

  async holdEvent(input: Parameters<InspectionStore['holdEvent']>[0]): Promise<void> {
    await this.transact([
      this.eventUpdate(
        input.inspectionId,
        input.eventId,
        { status: 'held', outcome: input.reason },
        // Holding a held event again refreshes the reason.
        '#status IN (:pending, :held)',
      ),
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(input.inspectionId), sk: `MS#${input.milestoneId}` },
          UpdateExpression: 'SET blockedReason = :reason',
          ConditionExpression: 'attribute_exists(sk)',
          ExpressionAttributeValues: { ':reason': input.reason },
        },
      },
      this.auditPut(input.audit),
    ]);
  }

  async releaseEvent(input: Parameters<InspectionStore['releaseEvent']>[0]): Promise<void> {
    await this.transact([
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(input.inspectionId), sk: `EV#${input.eventId}` },
          UpdateExpression: 'SET #status = :pending REMOVE outcome',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':held': 'held' },
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(input.inspectionId), sk: `MS#${input.milestoneId}` },
          UpdateExpression: 'REMOVE blockedReason',
          ConditionExpression: 'attribute_exists(sk)',
        },
      },
      this.auditPut(input.audit),
    ]);
  }

  async recordDeliveryEvent(
    inspectionId: string,
    noticeId: string,
    event: Parameters<InspectionStore['recordDeliveryEvent']>[2],
    undelivered: boolean,
    audit: AuditEntry,
  ): Promise<void> {
    const failed = undelivered;
    await this.transact([
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(inspectionId), sk: `NT#${noticeId}` },
          UpdateExpression: `SET deliveryEvents = list_append(if_not_exists(deliveryEvents, :none), :event)${failed ? ', #status = :bounced' : ''} ADD #seen :keys`,
          // SNS may deliver the same event twice: the second changes nothing.
          ConditionExpression: 'attribute_exists(sk) AND NOT contains(#seen, :key)',
          ExpressionAttributeNames: { '#seen': 'deliveryEventKeys', ...(failed ? { '#status': 'status' } : {}) },
          ExpressionAttributeValues: {
            ':none': [],
            ':event': [event],
            ':key': `${event.type}@${event.at}`,
            ':keys': new Set([`${event.type}@${event.at}`]),
            ...(failed ? { ':bounced': 'bounced' } : {}),
          },
        },
      },
      this.auditPut(audit),
    ]);
  }

  async nextAlertNumber(inspectionId: string): Promise<number> {
    const result = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: pk(inspectionId), sk: 'META' },
        UpdateExpression: 'ADD alertCount :one',
        ConditionExpression: 'attribute_exists(sk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number((result.Attributes as { alertCount?: number } | undefined)?.alertCount ?? 1);
  }

  async createAlert(alert: AlertRecord, openKey: string, audit: AuditEntry): Promise<void> {
    try {
      await this.transact([
        this.put(alertItem(alert), 'attribute_not_exists(sk)'),
        this.put(
          { pk: pk(alert.inspectionId), sk: `ALERTKEY#${openKey}`, alertId: alert.id },
          'attribute_not_exists(sk)',
        ),
        this.auditPut(audit),
      ]);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const holder = await this.item(alert.inspectionId, `ALERTKEY#${openKey}`);
      const openAlertId = (holder as { alertId?: string } | undefined)?.alertId;
      if (openAlertId) throw new DuplicateAlertError(openAlertId);
      throw error;
    }
  }

  async getAlert(inspectionId: string, alertId: string): Promise<AlertRecord | undefined> {
    const item = await this.item(inspectionId, `ALERT#${alertId}`);
    return item ? strip(item, alertRecordSchema) : undefined;
  }

  async alerts(inspectionId: string): Promise<AlertRecord[]> {
    return (await this.queryPrefix(inspectionId, 'ALERT#')).map((item) => strip(item, alertRecordSchema));
  }

  async allAlerts(): Promise<AlertRecord[]> {
    const items = await this.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'ALERT' },
    });
    return items.map((item) => strip(item, alertRecordSchema));
  }

  async saveAlert(alert: AlertRecord, audit: AuditEntry[], options: { releaseKey?: string } = {}): Promise<void> {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: alertItem(alert),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': alert.version - 1 },
        },
      },
      ...(options.releaseKey
        ? [
            {
              Delete: {
                TableName: this.tableName,
                Key: { pk: pk(alert.inspectionId), sk: `ALERTKEY#${options.releaseKey}` },
                ConditionExpression: 'alertId = :id',
                ExpressionAttributeValues: { ':id': alert.id },
              },
            },
          ]
        : []),
      ...audit.map((entry) => this.auditPut(entry)),
    ]);
  }
}

/** The table's definition, shared by the CDK stack and the local runtime so the two cannot drift. */
export const TABLE_DEFINITION = {
  attributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'],
  keySchema: { partitionKey: 'pk', sortKey: 'sk' },
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;
