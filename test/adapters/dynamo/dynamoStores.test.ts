import { DeleteTableCommand, DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { ensureTable } from '../../../functions/adapters/createTable.js';
import { dynamoStores } from '../../../functions/adapters/dynamo/stores.js';
import { withoutSdkLogging } from '../../../functions/adapters/sdkClient.js';
import { startDynamoLocal, type DynamoLocal } from '../../../functions/local/dynamoLocal.js';
import { describeStoreContract } from '../../ports/storeContract.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// One DynamoDB Local for the file; a table of its own for each case.
let dynamo: DynamoLocal | undefined;
let client: DynamoDBClient | undefined;

beforeAll(async () => {
  dynamo = await startDynamoLocal();
  // One attempt per call, as locally: a conflict surfaces at once rather than being retried away.
  client = withoutSdkLogging(
    new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'eu-west-2',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    }),
  );
}, 60_000);

afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});

describeStoreContract('DynamoDB', async () => {
  if (!client) throw new Error('DynamoDB Local has not started');
  const local = client;
  const tableName = `contract-${randomUUID().slice(0, 8)}`;
  await ensureTable(local, tableName);
  return {
    stores: dynamoStores(local, tableName),
    dispose: async () => void (await local.send(new DeleteTableCommand({ TableName: tableName }))),
    forgetDigests: async (inspectionId) =>
      void (await local.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: { S: `INSP#${inspectionId}` }, sk: { S: 'META' } },
          UpdateExpression: 'REMOVE milestoneDigest, sampleDigest',
        }),
      )),
  };
});
