// The simulation's floor (issue 16): the fewest DynamoDB writes the send-once protocol and the audit
// trail need for a programme's timed events, timed against the same DynamoDB Local at the same
// concurrency. For each event: the notice's intent, written before SES is called (a conditional put),
// then one transaction with its outcome and its audit entry. Nothing else: no event, milestone,
// digest or driver bookkeeping, no reads, no Step Functions, no SES. The programme's time divided by
// the floor's is what the rest costs.
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface FloorRun {
  seconds: number;
  writeRequests: number;
  itemsWritten: number;
}

/**
 * Writes, for each inspection at once, its events one after the other, as the programme's drivers
 * do: `eventsPerInspection[i]` events for inspection i. Items sit under their own keys (FLOOR#…),
 * the size of a real notice and audit entry, so they neither collide with nor read the programme's.
 */
export async function timeFloor(
  client: DynamoDBClient,
  tableName: string,
  eventsPerInspection: readonly number[],
): Promise<FloorRun> {
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  let writeRequests = 0;
  let itemsWritten = 0;
  const started = performance.now();
  await Promise.all(
    eventsPerInspection.map(async (events, inspection) => {
      const pk = `FLOOR#${inspection}`;
      for (let event = 0; event < events; event += 1) {
        const sk = `NT#event-${event}`;
        const at = new Date(Date.UTC(2027, 0, 1) + event * 86_400_000).toISOString();
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { pk, sk, ...NOTICE, status: 'sending', attempts: 1, leaseUntil: at },
            ConditionExpression: 'attribute_not_exists(sk)',
          }),
        );
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: { pk, sk },
                  UpdateExpression: 'SET #status = :sent, messageId = :id, sentAt = :at REMOVE leaseUntil',
                  ConditionExpression: 'attempts = :attempt AND #status = :sending',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: {
                    ':sent': 'sent',
                    ':id': `m-${event}`,
                    ':at': at,
                    ':attempt': 1,
                    ':sending': 'sending',
                  },
                },
              },
              { Put: { TableName: tableName, Item: { pk, sk: `AUDIT#${at}#${event}`, ...AUDIT, at } } },
            ],
          }),
        );
        writeRequests += 2;
        itemsWritten += 3;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, writeRequests, itemsWritten };
}

/** A notice's attributes as the ledger keeps them: references, dates and officials' roles, no personal data. */
const NOTICE = {
  kind: 'task-reminder',
  eventId: 'task-reminder:factualAccuracySent:2027-03-01',
  milestoneId: 'factualAccuracySent',
  to: ['lead'],
  cc: ['headOfProgramme'],
  languages: ['en'],
  subject: 'Reminder: the draft report goes to the region tomorrow (DIPP-2027-NE)',
};

const AUDIT = {
  action: 'notice-sent',
  actor: 'system',
  detail: 'task-reminder to the lead inspector, copied to the Head of Programme: sent (message m-1)',
};
