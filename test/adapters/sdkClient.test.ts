import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSdkLogging } from '../../functions/adapters/sdkClient.js';

// A stand-in for DynamoDB that answers every request with an empty item: enough for the SDK to
// run its whole middleware stack, logger included.
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(logged: unknown[]) {
  const record = (entry: unknown) => logged.push(entry);
  const ignore = () => undefined;
  return new DynamoDBClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    // The logger middleware reports each call at `info`; the SDK's other chatter is ignored here.
    logger: { debug: ignore, info: record, warn: ignore, error: ignore },
  });
}

const get = new GetItemCommand({ TableName: 'dipp', Key: { pk: { S: 'INSP#x' }, sk: { S: 'META' } } });

describe('withoutSdkLogging', () => {
  it('stops the SDK from copying requests and responses into a logger', async () => {
    const plain: unknown[] = [];
    const plainClient = client(plain);
    await plainClient.send(get);
    // The SDK's own behaviour, which the helper exists to remove.
    expect(plain).toEqual([expect.objectContaining({ commandName: 'GetItemCommand', input: expect.anything() })]);

    const quiet: unknown[] = [];
    const quietClient = withoutSdkLogging(client(quiet));
    await expect(quietClient.send(get)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    expect(quiet).toEqual([]);
    plainClient.destroy();
    quietClient.destroy();
  });
});
