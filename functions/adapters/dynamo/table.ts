import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../ports/errors.js';
import { milestoneDigestOf } from '../../ports/digests.js';
import { milestoneRecordSchema, type AuditEntry } from '../../ports/records.js';
import type { SettleEvent, StatusChange } from '../../ports/timelineStore.js';
import { auditItem, OPEN_STATUSES, pk, strip } from './tableDesign.js';

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/** Another writer got there first (a failed condition, or a concurrent transaction): read again and decide again. */
export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some(
        (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
      ))
  );
}

/**
 * The one table (see tableDesign.ts) and the operations the stores share: one document client,
 * transactions whose failed conditions become ConflictError, paged queries, and the write items
 * (puts, audit entries, milestone and event updates) the stores put together into transactions.
 */
export class DynamoTable {
  readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async transact(items: TransactItems) {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError('the record changed before this write; read it again');
      throw error;
    }
  }

  /**
   * A write that keeps the inspection's milestone digest (ports/digests.ts): refused only because the
   * record was written before the digest was kept, it fills the digest from the milestones and
   * tries once more. Any other refusal stands.
   */
  async transactKeepingDigest(inspectionId: string, items: TransactItems, milestoneIds: readonly string[] = []) {
    try {
      await this.transact(items);
    } catch (error) {
      if (!(error instanceof ConflictError) || !(await this.backfillMilestoneDigest(inspectionId, milestoneIds))) {
        throw error;
      }
      await this.transact(items);
    }
  }

  /**
   * Fills a record's milestone digest from its milestones, when it has none or lacks an entry for
   * one of `milestoneIds` (a milestone added by a write that kept no digest), on condition that
   * none of them changed since they were read. False when there is nothing to fill.
   */
  async backfillMilestoneDigest(inspectionId: string, milestoneIds: readonly string[] = []): Promise<boolean> {
    const meta = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: pk(inspectionId), sk: 'META' },
        ProjectionExpression: 'sk, milestoneDigest',
        ConsistentRead: true,
      }),
    );
    const digest = meta.Item?.milestoneDigest as Record<string, unknown> | undefined;
    if (!meta.Item || (digest && milestoneIds.every((id) => id in digest))) return false;
    const milestones = (await this.queryPrefix(inspectionId, 'MS#')).map((item) => strip(item, milestoneRecordSchema));
    await this.transact([
      {
        Update: {
          TableName: this.tableName,
          Key: { pk: pk(inspectionId), sk: 'META' },
          UpdateExpression: 'SET milestoneDigest = :digest',
          ConditionExpression: 'attribute_exists(sk)',
          ExpressionAttributeValues: { ':digest': milestoneDigestOf(milestones) },
        },
      },
      ...milestones.map((milestone) => ({
        ConditionCheck: {
          TableName: this.tableName,
          Key: { pk: pk(inspectionId), sk: `MS#${milestone.id}` },
          ConditionExpression: '#status = :status AND planVersion = :version',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': milestone.status, ':version': milestone.planVersion },
        },
      })),
    ]);
    return true;
  }

  /**
   * The milestone digest's statuses, changed with the milestones (refused, as a conflict, on a record
   * that has no digest yet: transactKeepingDigest fills it and tries again).
   */
  digestStatuses(inspectionId: string, changes: readonly StatusChange[], options: { undone?: boolean } = {}) {
    const sets = changes.flatMap((change, i) => [
      `#digest.#m${i}.#status = :s${i}`,
      ...(change.completedAt ? [`#digest.#m${i}.#completedAt = :c${i}`] : []),
    ]);
    const removes = options.undone ? changes.map((_, i) => `#digest.#m${i}.#completedAt`) : [];
    const completes = options.undone || changes.some((change) => change.completedAt);
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: pk(inspectionId), sk: 'META' },
        UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: changes.map((_, i) => `attribute_exists(#digest.#m${i})`).join(' AND '),
        ExpressionAttributeNames: {
          '#digest': 'milestoneDigest',
          '#status': 'status',
          ...(completes ? { '#completedAt': 'completedAt' } : {}),
          ...Object.fromEntries(changes.map((change, i) => [`#m${i}`, change.milestoneId])),
        },
        ExpressionAttributeValues: Object.fromEntries(
          changes.flatMap((change, i) => [
            [`:s${i}`, change.to],
            ...(change.completedAt ? [[`:c${i}`, change.completedAt]] : []),
          ]),
        ),
      },
    };
  }

  async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
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

  queryPrefix(inspectionId: string, prefix: string) {
    return this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk(inspectionId), ':prefix': prefix },
      ConsistentRead: true,
    });
  }

  /** One item of an inspection's partition, read consistently. */
  async item(inspectionId: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: pk(inspectionId), sk }, ConsistentRead: true }),
    );
    return result.Item;
  }

  put(item: Record<string, unknown>, condition?: string) {
    return { Put: { TableName: this.tableName, Item: item, ...(condition ? { ConditionExpression: condition } : {}) } };
  }

  auditPut(entry: AuditEntry) {
    return this.put(auditItem(entry), 'attribute_not_exists(sk)');
  }

  statusUpdate(inspectionId: string, change: StatusChange) {
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

  eventUpdate(inspectionId: string, eventId: string, set: Record<string, unknown>, condition: string) {
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

  /**
   * The event's end, its milestone change, and (unless another entry stands for it) its audit entry:
   * shared by the timeline (settling an event) and the notice ledger (a sent notice settles its event).
   */
  settleItems(input: SettleEvent, audited = true) {
    return [
      this.eventUpdate(
        input.inspectionId,
        input.eventId,
        { status: input.status, outcome: input.outcome, processedAt: input.at },
        '#status = :pending',
      ),
      ...(input.change
        ? [this.statusUpdate(input.inspectionId, input.change), this.digestStatuses(input.inspectionId, [input.change])]
        : []),
      ...(audited ? [this.auditPut(input.audit)] : []),
    ];
  }
}
