import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../ports/errors.js';
import type { NoticeLedger } from '../../ports/noticeLedger.js';
import { noticeRecordSchema, type NoticeRecord } from '../../ports/records.js';
import { isConditionFailure, type DynamoTable } from './table.js';
import { noticeItem, pk, strip } from './tableDesign.js';

/** What a write of the port takes: one object. */
type Input<Method extends keyof NoticeLedger> = Parameters<NoticeLedger[Method]>[0];

/** The notices of each inspection in the shared table: a sent notice settles its event in the same transaction. */
export class DynamoNoticeLedger implements NoticeLedger {
  constructor(private readonly table: DynamoTable) {}

  async listNotices(inspectionId: string): Promise<NoticeRecord[]> {
    return (await this.table.queryPrefix(inspectionId, 'NT#')).map((item) => strip(item, noticeRecordSchema));
  }

  async getNotice(inspectionId: string, noticeId: string): Promise<NoticeRecord | undefined> {
    const item = await this.table.item(inspectionId, `NT#${noticeId}`);
    return item ? strip(item, noticeRecordSchema) : undefined;
  }

  async claimNotice({ notice, expected }: Input<'claimNotice'>): Promise<void> {
    try {
      await this.table.doc.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: noticeItem(notice),
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

  async finishNotice({
    inspectionId,
    noticeId,
    attempt,
    outcome,
    audit,
    settle,
  }: Input<'finishNotice'>): Promise<void> {
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
    const settles = settle && outcome.status === 'sent' ? settle : undefined;
    const items = [
      {
        Update: {
          TableName: this.table.tableName,
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
      this.table.auditPut(audit),
      // The notice's own audit entry records the event's end too: one entry per change made.
      ...(settles ? this.table.settleItems(settles, false) : []),
    ];
    // A milestone change keeps the inspection's milestone digest in step (ports/digests.ts).
    if (settles?.change) await this.table.transactKeepingDigest(inspectionId, items, [settles.change.milestoneId]);
    else await this.table.transact(items);
  }

  async recordDeliveryEvent({
    inspectionId,
    noticeId,
    event,
    undelivered,
    audit,
  }: Input<'recordDeliveryEvent'>): Promise<void> {
    const failed = undelivered;
    await this.table.transact([
      {
        Update: {
          TableName: this.table.tableName,
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
      this.table.auditPut(audit),
    ]);
  }
}
