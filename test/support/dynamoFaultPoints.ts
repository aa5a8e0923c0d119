import type { DynamoFault, FaultRule } from './dynamoFaultProxy.js';

/**
 * The points of the send-once protocol a fault can hit, as the proxy sees them on the wire
 * (attribute values in DynamoDB's JSON: `{ "S": "sending" }`). See the stores in
 * functions/adapters/dynamo/.
 */

type Wire = Record<string, unknown>;

const text = (value: unknown): string | undefined => (value as { S?: string } | undefined)?.S;

/**
 * The notice's intent (noticeLedger.claimNotice): a put of a notice item `NT#…` in status `sending`
 * (`noticeIds`: only notices whose id begins so, e.g. `alert:`).
 */
export const intentWrite = (fault: DynamoFault, noticeIds = ''): FaultRule => ({
  operation: 'PutItem',
  when: (body) => {
    const item = body.Item as Wire | undefined;
    return text(item?.sk)?.startsWith(`NT#${noticeIds}`) === true && text(item?.status) === 'sending';
  },
  fault,
});

/**
 * The final transaction of a notice that went (noticeLedger.finishNotice with outcome `sent`):
 * the update of `NT#…` on condition it is still `sending`, setting its SES message id, with the
 * audit entry (and the event and milestone it settles).
 */
export const finalTransaction = (fault: DynamoFault, noticeIds = ''): FaultRule => ({
  operation: 'TransactWriteItems',
  when: (body) =>
    ((body.TransactItems as Wire[] | undefined) ?? []).some((item) => {
      const update = item.Update as { Key?: Wire; ExpressionAttributeValues?: Wire } | undefined;
      return (
        text(update?.Key?.sk)?.startsWith(`NT#${noticeIds}`) === true &&
        update?.ExpressionAttributeValues?.[':sending'] !== undefined &&
        update.ExpressionAttributeValues[':messageId'] !== undefined
      );
    }),
  fault,
});

/** The lifecycle driver's first read (timelineStore.loadTimeline): one query over the inspection's events, record and milestones. */
export const timelineRead = (fault: DynamoFault): FaultRule => ({
  operation: 'Query',
  when: (body) => String(body.KeyConditionExpression ?? '').startsWith('pk = :pk AND sk BETWEEN'),
  fault,
});

/** The alert driver's first read (alertStore.getAlert): the alert's item `ALERT#…`. */
export const alertRead = (fault: DynamoFault): FaultRule => ({
  operation: 'GetItem',
  when: (body) => text((body.Key as Wire | undefined)?.sk)?.startsWith('ALERT#') === true,
  fault,
});
