import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { ensureTable } from '../adapters/createTable.js';
import { dynamoStores } from '../adapters/dynamo/stores.js';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import { S3EvidenceStore } from '../adapters/s3EvidenceStore.js';
import { SesNotifier } from '../adapters/sesNotifier.js';
import type { Deps } from '../app/deps.js';
import { englandAndWalesCalendar } from '../domain/calendar.js';
import { alertWorkflowHandlers } from '../handlers/alerts.js';
import { lifecycleHandlers } from '../handlers/lifecycle.js';
import { systemClock, type Clock } from '../ports/clock.js';
import { MemoryMetrics } from '../ports/metrics.js';
import type { Notifier } from '../ports/notifier.js';
import type { WorkflowDriver } from '../ports/workflowDriver.js';
import { loadConfig } from '../shared/config.js';
import { alertDefinition, type AlertFunctions } from '../../workflows/alert.js';
import { lifecycleDefinition, type LifecycleFunctions } from '../../workflows/lifecycle.js';
import { startDynamoLocal, type DynamoLocal } from './dynamoLocal.js';
import { LocalWorkflowEngine } from './localEngine.js';
import { startS3Local, type S3Local } from './s3Local.js';
import { startSesLocal, type SesLocal } from './sesLocal.js';
import { installLongTimers, SimulatedClock } from './timers.js';

/** Local names of the lifecycle's functions; in AWS these are ARNs. */
export const LOCAL_FUNCTIONS: LifecycleFunctions = {
  findNext: 'dipp-findNext',
  sendNotices: 'dipp-sendNotices',
  checkDeadlines: 'dipp-checkDeadlines',
  recordFailure: 'dipp-recordFailure',
};

/** Local names of the alert workflow's functions. */
export const LOCAL_ALERT_FUNCTIONS: AlertFunctions = {
  advanceAlert: 'dipp-advanceAlert',
  recordAlertFailure: 'dipp-recordAlertFailure',
};

type AlertKey = { inspectionId: string; alertId: string };

export interface LocalStackOptions {
  clock: 'simulated' | 'real';
  /** Simulated clock: the moment it starts at. */
  start?: Date;
  /** Keep DynamoDB's data in this folder (real clock), rather than in memory. */
  dataDir?: string;
  sesPort?: number;
  /** The local S3 server (evidence files); its files are kept under `dataDir` when one is given. */
  s3Port?: number;
  tableName?: string;
  /** The evidence bucket's name (tests sharing the S3 emulator give each stack its own, made at start). */
  evidenceBucket?: string;
  /** Count state transitions (for the benchmark). */
  countTransitions?: boolean;
  /** Wraps the notifier, e.g. to print each notice as it goes. */
  decorateNotifier?: (notifier: Notifier) => Notifier;
  /**
   * How long (real time) the DynamoDB client waits on a silent connection before giving up. None by
   * default: in Lambda the function's own timeout ends a hung call. Fault tests set it to meet a
   * slow answer as the client would, without a stalled simulated clock.
   */
  dynamoSocketTimeoutMs?: number;
  /** Emulators already running (tests share them between stacks); they are left running on stop. */
  emulators?: { dynamo: DynamoLocal; ses: SesLocal; s3?: S3Local };
}

export interface LocalStack {
  deps: Deps;
  engine: LocalWorkflowEngine;
  /** Runs the alert workflow. */
  alertEngine: LocalWorkflowEngine<AlertKey>;
  /** Present when the clock is simulated. */
  simulation?: SimulatedClock;
  dynamo: DynamoLocal;
  ses: SesLocal;
  /** The local S3 server, where evidence files are kept (absent only if shared emulators have none). */
  s3?: S3Local;
  dynamoClient: DynamoDBClient;
  /** Runs work (a request, an actor) as the Lambda runtime would: under the simulation, as busy work. */
  run<T>(work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The whole system on one machine: AWS's DynamoDB Local, the local SES server, the local S3 server
 * (s3rver), and the lifecycle state machine on aws-local-stepfunctions with the Lambda handlers in
 * process.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const config = loadConfig({
    ...process.env,
    DIPP_TABLE_NAME: options.tableName ?? process.env.DIPP_TABLE_NAME ?? 'dipp',
    ...(options.evidenceBucket ? { DIPP_EVIDENCE_BUCKET: options.evidenceBucket } : {}),
  });
  // The emulators start before any clock is faked: their own timers stay real.
  const [dynamo, ses, s3] = options.emulators
    ? [options.emulators.dynamo, options.emulators.ses, options.emulators.s3]
    : await Promise.all([
        startDynamoLocal(options.dataDir ? { dbPath: options.dataDir } : {}),
        startSesLocal(options.sesPort ? { port: options.sesPort } : {}),
        startS3Local({
          bucket: config.evidenceBucket,
          ...(options.s3Port ? { port: options.s3Port } : {}),
          // Beside DynamoDB's data, in the same owner-only folder; otherwise a fresh temporary one.
          ...(options.dataDir ? { directory: path.join(options.dataDir, 'evidence-s3') } : {}),
        }),
      ]);
  // One attempt per call: the SDK's own backoff would wait on the simulated clock. Conflicts
  // surface at once and are retried by the workflow (or by the caller), as designed.
  const dynamoClient = withoutSdkLogging(
    new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'eu-west-2',
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
      ...(options.dynamoSocketTimeoutMs ? { requestHandler: { socketTimeout: options.dynamoSocketTimeoutMs } } : {}),
    }),
  );
  await ensureTable(dynamoClient, config.tableName);
  // One attempt per SES call: retries go through the notice's recorded intent, never around it.
  const sesClient = withoutSdkLogging(
    new SESv2Client({
      endpoint: ses.endpoint,
      region: 'eu-west-2',
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: { requestTimeout: 10_000, connectionTimeout: 2_000 },
    }),
  );

  let simulation: SimulatedClock | undefined;
  let clock: Clock = systemClock;
  if (options.clock === 'simulated') {
    const started = new SimulatedClock(options.start ?? new Date());
    simulation = started;
    clock = { now: () => started.now() };
  } else {
    installLongTimers();
  }
  const run = <T>(work: () => Promise<T>) => (simulation ? simulation.run(work) : work());

  if (s3 && options.evidenceBucket) await s3.createBucket(options.evidenceBucket);
  const s3Client = s3?.client();
  const evidence = s3 && s3Client ? new S3EvidenceStore(s3Client, config.evidenceBucket) : undefined;

  const notifier = new SesNotifier(sesClient);
  const pending: { driver?: WorkflowDriver; alertDriver?: WorkflowDriver<AlertKey> } = {};
  const deps: Deps = {
    ...dynamoStores(dynamoClient, config.tableName),
    notifier: options.decorateNotifier ? options.decorateNotifier(notifier) : notifier,
    clock,
    driver: {
      start: (inspectionId, name) => (pending.driver as WorkflowDriver).start(inspectionId, name),
      stop: (name, reason) => (pending.driver as WorkflowDriver).stop(name, reason),
    },
    alertDriver: {
      start: (key, name) => (pending.alertDriver as WorkflowDriver<AlertKey>).start(key, name),
      stop: (name, reason) => (pending.alertDriver as WorkflowDriver<AlertKey>).stop(name, reason),
    },
    calendar: englandAndWalesCalendar(),
    config,
    // Counted in memory: no CloudWatch locally (a test may read what was counted).
    metrics: new MemoryMetrics(),
    ...(evidence ? { evidence, evidenceUploads: evidence } : {}),
  };
  const handlers = lifecycleHandlers(deps);
  const engine = new LocalWorkflowEngine(
    lifecycleDefinition(LOCAL_FUNCTIONS),
    {
      [LOCAL_FUNCTIONS.findNext]: handlers.findNext,
      [LOCAL_FUNCTIONS.sendNotices]: handlers.sendNotices,
      [LOCAL_FUNCTIONS.checkDeadlines]: handlers.checkDeadlines,
      [LOCAL_FUNCTIONS.recordFailure]: handlers.recordFailure,
    },
    run,
    'dipp-lifecycle',
    options.countTransitions ?? false,
  );
  pending.driver = engine;
  const alertHandlers = alertWorkflowHandlers(deps);
  const alertEngine = new LocalWorkflowEngine<AlertKey>(
    alertDefinition(LOCAL_ALERT_FUNCTIONS),
    {
      [LOCAL_ALERT_FUNCTIONS.advanceAlert]: alertHandlers.advanceAlert,
      [LOCAL_ALERT_FUNCTIONS.recordAlertFailure]: alertHandlers.recordAlertFailure,
    },
    run,
    'dipp-alert',
    options.countTransitions ?? false,
  );
  pending.alertDriver = alertEngine;

  return {
    deps,
    engine,
    alertEngine,
    ...(simulation ? { simulation } : {}),
    dynamo,
    ses,
    ...(s3 ? { s3 } : {}),
    dynamoClient,
    run,
    async stop() {
      await Promise.all([engine.stopAll(), alertEngine.stopAll()]);
      simulation?.uninstall();
      dynamoClient.destroy();
      sesClient.destroy();
      s3Client?.destroy();
      if (!options.emulators) await Promise.all([dynamo.stop(), ses.stop(), s3?.stop()]);
    },
  };
}
