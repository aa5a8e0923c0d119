import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import { freePort, startProcess, TYPESCRIPT_LOADER, type RunningProcess } from './processes.js';

export interface S3Local extends RunningProcess {
  endpoint: string;
  bucket: string;
  /** A client of the emulator, path-style, with its fixed credentials. */
  client(): S3Client;
  /** Makes another bucket (tests sharing the emulator give each stack its own). */
  createBucket(name: string): Promise<void>;
}

/** The emulator's fixed credentials: it checks every request's signature against them. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * The local S3 server (s3rver, with S3's POST policy checks in front: ./s3Server.ts) in its own
 * process on 127.0.0.1, keeping its files under `directory` (made 0700), with the bucket made.
 */
export async function startS3Local(
  options: { port?: number; directory?: string; bucket?: string } = {},
): Promise<S3Local> {
  const port = options.port ?? (await freePort());
  const bucket = options.bucket ?? 'dipp-evidence';
  // A folder of its own for a run without one (tests, the simulated demonstration), removed on stop.
  const temporary = options.directory === undefined;
  const directory = options.directory ?? mkdtempSync(path.join(tmpdir(), 'dipp-s3-'));
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const script = fileURLToPath(new URL('./s3Server.ts', import.meta.url));
  const running = await startProcess(
    'the local S3 server',
    process.execPath,
    ['--import', TYPESCRIPT_LOADER, script, String(port), directory, bucket],
    { port },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const client = () =>
    onRealTime(
      withoutSdkLogging(
        new S3Client({
          endpoint,
          region: 'eu-west-2',
          forcePathStyle: true,
          credentials: S3RVER_CREDENTIALS,
          maxAttempts: 1,
          requestHandler: { requestTimeout: 10_000, connectionTimeout: 2_000 },
        }),
      ),
    );
  return {
    ...running,
    async stop() {
      await running.stop();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
    endpoint,
    bucket,
    client,
    async createBucket(name) {
      const s3 = client();
      try {
        await s3.send(new CreateBucketCommand({ Bucket: name }));
      } finally {
        s3.destroy();
      }
    },
  };
}

/** The real time now, whatever a simulation has done to `Date` (it fakes only `Date` and the timers). */
const realNow = () => performance.timeOrigin + performance.now();

/**
 * Signs each request at the real time. The emulator, in its own process on the real clock, refuses
 * a request signed more than 15 minutes away (as S3 does), and under the simulated clock `Date`
 * says 2027: the client's clock offset is set to the difference before each request.
 */
function onRealTime(client: S3Client): S3Client {
  client.middlewareStack.add(
    (next) => async (args) => {
      client.config.systemClockOffset = Math.round(realNow() - Date.now());
      return next(args);
    },
    { step: 'initialize', name: 'dippRealTimeSigning' },
  );
  return client;
}
