import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Stores } from '../../ports/stores.js';
import { DynamoAlertStore } from './alertStore.js';
import { DynamoCaseSampleStore } from './caseSampleStore.js';
import { DynamoIdentityStore } from './identityStore.js';
import { DynamoNoticeLedger } from './noticeLedger.js';
import { DynamoTable } from './table.js';
import { DynamoTimelineStore } from './timelineStore.js';

/** The stores on the one table, sharing one document client. */
export function dynamoStores(client: DynamoDBClient, tableName: string): Stores {
  const table = new DynamoTable(client, tableName);
  return {
    timeline: new DynamoTimelineStore(table),
    ledger: new DynamoNoticeLedger(table),
    alerts: new DynamoAlertStore(table),
    identity: new DynamoIdentityStore(table),
    caseSample: new DynamoCaseSampleStore(table),
  };
}
