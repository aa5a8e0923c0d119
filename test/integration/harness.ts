import type { Deps } from '../../functions/app/deps.js';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import type { Principal } from '../../functions/domain/access.js';
import type { InspectionState } from '../../functions/ports/records.js';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamoLocal.js';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../functions/local/localStack.js';
import { startS3Local, type S3Local } from '../../functions/local/s3Local.js';
import { startSesLocal, type SesLocal, type StoredEmail } from '../../functions/local/sesLocal.js';
import { addresses } from '../../functions/local/report.js';
import { logger } from '../../functions/shared/logger.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('SILENT');

export interface Emulators {
  dynamo: DynamoLocal;
  ses: SesLocal;
  s3?: S3Local;
  stop(): Promise<void>;
}

/**
 * AWS's DynamoDB Local and the local SES server, real processes, shared by the tests of a file;
 * with `s3`, the local S3 server as well (evidence files).
 */
export async function startEmulators(options: { s3?: boolean } = {}): Promise<Emulators> {
  const [dynamo, ses, s3] = await Promise.all([
    startDynamoLocal(),
    startSesLocal(),
    options.s3 ? startS3Local() : undefined,
  ]);
  return {
    dynamo,
    ses,
    ...(s3 ? { s3 } : {}),
    stop: async () => void (await Promise.all([dynamo.stop(), ses.stop(), s3?.stop()])),
  };
}

/**
 * Starts the emulators once for the test file, gives each test a fresh stack, and stops that
 * stack (and its simulated clock) after the test.
 */
export function useEmulators(options: { s3?: boolean } = {}) {
  let emulators: Emulators | undefined;
  let current: LocalStack | undefined;
  beforeAll(async () => {
    emulators = await startEmulators(options);
  }, 60_000);
  afterAll(async () => emulators?.stop());
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return {
    get emulators(): Emulators {
      if (!emulators) throw new Error('the emulators have not started');
      return emulators;
    },
    async stack(startAt: string): Promise<LocalStack> {
      current = await newStack(this.emulators, startAt);
      return current;
    },
  };
}

/** A fresh stack on the shared emulators: its own table, its own simulated clock from `start`. */
export async function newStack(
  emulators: Emulators,
  start: string,
  options: Pick<LocalStackOptions, 'dynamoSocketTimeoutMs'> = {},
): Promise<LocalStack> {
  await emulators.ses.clear();
  const id = randomUUID().slice(0, 8);
  return startLocalStack({
    clock: 'simulated',
    start: new Date(start),
    emulators,
    tableName: `test-${id}`,
    ...options,
    ...(emulators.s3 ? { evidenceBucket: `test-${id}` } : {}),
  });
}

const official = (role: string, name: string) => ({ name, email: `${role}@officials.example` });

export const PEOPLE = {
  lead: official('lead', 'Lee Inspector'),
  deputyLead: official('deputy', 'Dee Deputy'),
  isa: official('isa', 'Isa Admin'),
  rpd: official('rpd', 'Rhian Director'),
  spoc: official('spoc', 'Sam Contact'),
  headOfProgramme: official('head', 'Hana Head'),
};

/** The people above as they sign in, and an inspector on the team who is not the lead. */
export const SIGNED_IN = {
  isa: { role: 'administrator', ...PEOPLE.isa },
  lead: { role: 'lead', ...PEOPLE.lead },
  deputyLead: { role: 'lead', ...PEOPLE.deputyLead },
  inspector: { role: 'administrator', name: 'Ivy Inspector', email: 'ivy@officials.example' },
} satisfies Record<string, Principal>;

/** The SPOC signed in as a user of the region an inspection (`<region>-<yyyy-mm-dd>`) belongs to. */
export const regionUser = (inspectionId: string): Principal => ({
  role: 'region',
  ...PEOPLE.spoc,
  regionId: inspectionId.replace(/-\d{4}-\d{2}-\d{2}$/, ''),
});

export function start(stack: LocalStack, region: string, fieldworkStart: string): Promise<InspectionState> {
  // Every inspection here has the same people: a clash among them is incidental, so acknowledged.
  return stack.run(() =>
    startInspection(stack.deps, SIGNED_IN.isa, { region, fieldworkStart, people: PEOPLE, acknowledgeClashes: true }),
  );
}

/** Runs the simulated clock until `at` (or until nothing is left to do). */
export async function runUntil(stack: LocalStack, at: string): Promise<void> {
  await stack.simulation?.runUntil(() => false, new Date(at));
}

/** Runs until every driver has ended. */
export async function runToEnd(stack: LocalStack): Promise<void> {
  await stack.simulation?.runUntil(() => stack.engine.active === 0 && stack.alertEngine.active === 0);
}

/** Every notice the store says was sent, joined to the email the SES server holds for it. */
export async function sentNotices(stack: LocalStack, inspectionId: string) {
  const emails = new Map<string, StoredEmail>((await stack.ses.emails()).map((email) => [email.messageId, email]));
  const notices = await stack.deps.ledger.listNotices(inspectionId);
  return notices
    .filter((notice) => notice.status === 'sent')
    .map((notice) => ({ ...notice, email: notice.messageId ? emails.get(notice.messageId) : undefined }))
    .sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
}

/** Recipients as the SES server recorded them. */
export function recipients(email: StoredEmail | undefined): { to: string[]; cc: string[] } {
  return { to: addresses(email?.destination.to ?? []), cc: addresses(email?.destination.cc ?? []) };
}

/**
 * Marks an inspection announced, as if its announcement had gone: for stacks on the real clock
 * whose inspections are decades ahead, where work can be recorded only once announced (issue 18).
 */
export async function markAnnounced(deps: Pick<Deps, 'timeline'>, inspectionId: string): Promise<void> {
  const at = new Date().toISOString();
  await deps.timeline.changeMilestones({
    inspectionId,
    changes: [{ milestoneId: 'announcement', from: 'pending', to: 'met', completedAt: at, completedBy: 'system' }],
    audit: { inspectionId, at, actor: 'system', action: 'milestone passed', subject: 'milestone announcement' },
  });
}
