import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { raiseAlert } from '../../functions/app/alerts/raiseAlert.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import type { StoredEmail } from '../../functions/local/sesLocal.js';
import type { NoticeRecord } from '../../functions/ports/records.js';
import {
  startDynamoFaultProxy,
  type DynamoFault,
  type DynamoFaultProxy,
  type FaultRule,
} from '../support/dynamoFaultProxy.js';
import { alertRead, finalTransaction, intentWrite, timelineRead } from '../support/dynamoFaultPoints.js';
import { newStack, runUntil, SIGNED_IN, start, useEmulators } from './harness.js';
import { individualAlert } from '../app/arrange.js';
import { TASK_RETRY } from '../../workflows/lifecycle.js';
import { retrierFor } from '../workflows/aslChecks.js';

/*
 * DynamoDB failing under the workflows (issue 16), on real parts: DynamoDB Local behind a proxy
 * that fails chosen requests, the local SES server, and the state machines on the local engine.
 * No AWS client is mocked: the faults reach the stores through the SDK as they would in AWS.
 */

const env = useEmulators();
let proxy: DynamoFaultProxy;
let current: LocalStack | undefined;

beforeAll(async () => {
  proxy = await startDynamoFaultProxy(env.emulators.dynamo.endpoint);
});
afterAll(async () => proxy?.stop());
afterEach(async () => {
  await current?.stop();
  current = undefined;
  proxy.reset();
});

/**
 * For a slow answer, the client gives up on a silent connection after this long (real time), and
 * the answer takes longer. Only then: a cold DynamoDB Local can be slower than this on its own.
 */
const CLIENT_TIMEOUT_MS = 1500;

/** A fresh stack whose DynamoDB client talks to DynamoDB Local through the proxy. */
async function stackThroughProxy(startAt: string, faults: FaultRule[]): Promise<LocalStack> {
  const dynamo = { ...env.emulators.dynamo, endpoint: proxy.endpoint };
  const slow = faults.some((rule) => rule.fault.kind === 'slow');
  current = await newStack(
    { ...env.emulators, dynamo },
    startAt,
    slow ? { dynamoSocketTimeoutMs: CLIENT_TIMEOUT_MS } : {},
  );
  return current;
}

/** What a run leaves behind: the notices, the emails SES accepted, the milestones and the audit trail. */
interface Outcome {
  notices: NoticeRecord[];
  emails: StoredEmail[];
  milestones: Record<string, string>;
  events: Record<string, string>;
  audit: string[];
}

async function outcomeOf(stack: LocalStack, inspectionId: string): Promise<Outcome> {
  const state = await stack.deps.timeline.loadTimeline(inspectionId);
  const audit = await stack.deps.timeline.auditTrail(inspectionId);
  return {
    notices: await stack.deps.ledger.listNotices(inspectionId),
    emails: await stack.ses.emails(),
    milestones: Object.fromEntries((state?.milestones ?? []).map((m) => [m.id, m.status])),
    events: Object.fromEntries((state?.events ?? []).map((e) => [e.id, e.status])),
    audit: audit.map((entry) => `${entry.action} | ${entry.subject}`),
  };
}

const header = (email: StoredEmail, name: string) =>
  email.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** The lifecycle: North East, fieldwork 1 March 2027; the announcement and the structure request go on 8 February at 09:00. */
const lifecycle = {
  async run(faults: FaultRule[] = []): Promise<Outcome> {
    const stack = await stackThroughProxy('2027-02-01T08:00:00Z', faults);
    const { inspection } = await start(stack, 'North East', '2027-03-01');
    await runUntil(stack, '2027-02-08T08:59:00Z');
    for (const rule of faults) proxy.inject(rule);
    await runUntil(stack, '2027-02-08T12:00:00Z');
    return outcomeOf(stack, inspection.id);
  },
  read: timelineRead,
  intent: (fault: DynamoFault) => intentWrite(fault),
  final: (fault: DynamoFault) => finalTransaction(fault),
};

/** An alert raised by the lead in fieldwork (so confirmed at once): the region is told at once, reminded next morning. */
const alert = {
  async run(faults: FaultRule[] = []): Promise<Outcome> {
    const stack = await stackThroughProxy('2027-01-04T09:00:00Z', faults);
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    await runUntil(stack, '2027-01-05T14:00:00Z');
    for (const rule of faults) proxy.inject(rule);
    await stack.run(() => raiseAlert(stack.deps, SIGNED_IN.lead, individualAlert(inspection.id)));
    await runUntil(stack, '2027-01-06T12:00:00Z');
    return outcomeOf(stack, inspection.id);
  },
  read: alertRead,
  intent: (fault: DynamoFault) => intentWrite(fault, 'alert:'),
  final: (fault: DynamoFault) => finalTransaction(fault, 'alert:'),
};

const KINDS: Record<string, DynamoFault> = {
  throttled: { kind: 'throttled' },
  'an internal error': { kind: 'internal-error' },
  'a connection cut before the request arrives': { kind: 'dropped-before' },
  'a connection cut after the write is applied': { kind: 'dropped-after' },
  'an answer slower than the client waits': { kind: 'slow', delayMs: CLIENT_TIMEOUT_MS + 500 },
};

const NOTICE_ID = 'X-DIPP-Notice-Id';
const MARKED = 'X-DIPP-Possible-Duplicate';

/** Each entry's count: the audit trail is compared as a multiset, so a lost repeat shows. */
const counted = (entries: string[]) =>
  entries.reduce((counts, entry) => counts.set(entry, (counts.get(entry) ?? 0) + 1), new Map<string, number>());

/**
 * After one fault and the workflow's retries, everything the fault-free run did is done: each
 * notice went in exactly one email (SES was never called twice for it), is recorded sent, and is
 * marked a possible duplicate only if `mayBeMarked` (the intent's answer was lost, so the retry
 * cannot know whether an earlier attempt sent it); every email belongs to a recorded notice; the
 * milestones are as in the fault-free run; and its audit entries are all there.
 */
function expectNothingLost(baseline: Outcome, outcome: Outcome, mayBeMarked: boolean) {
  for (const email of outcome.emails) {
    expect(outcome.notices.map((n) => n.id)).toContain(header(email, NOTICE_ID));
  }
  for (const expected of baseline.notices) {
    const notice = outcome.notices.find((n) => n.id === expected.id);
    const emails = outcome.emails.filter((email) => header(email, NOTICE_ID) === expected.id);
    expect(notice, expected.id).toMatchObject({ status: 'sent' });
    expect(emails, expected.id).toHaveLength(1);
    if (!mayBeMarked) expect(notice?.possibleDuplicate, expected.id).toBeUndefined();
    // A mark on the record is a mark on the email: never one without the other.
    expect(
      emails.some((email) => header(email, MARKED) === 'yes'),
      expected.id,
    ).toBe(notice?.possibleDuplicate === true);
  }
  expect(outcome.notices).toHaveLength(baseline.notices.length);
  expect(outcome.milestones).toEqual(baseline.milestones);
  expect(outcome.events).toEqual(baseline.events);
  const audit = counted(outcome.audit);
  const missing = [...counted(baseline.audit)].filter(([entry, count]) => (audit.get(entry) ?? 0) < count);
  expect(missing).toEqual([]);
}

const faultFree = new Map<object, Outcome>();

/** What the workflow leaves behind with no fault, run once for the file. */
async function fromFaultFreeRun(workflow: { run(): Promise<Outcome> }): Promise<Outcome> {
  const known = faultFree.get(workflow);
  if (known) return known;
  const outcome = await workflow.run();
  await current?.stop();
  current = undefined;
  faultFree.set(workflow, outcome);
  return outcome;
}

/** Where a fault can lose an answer the retry cannot read back: the intent, written but unheard (or heard too late). */
const lostIntent = (point: string, fault: DynamoFault) =>
  point === 'intent' && (fault.kind === 'dropped-after' || fault.kind === 'slow');

describe.each([
  ['lifecycle', lifecycle],
  ['alert', alert],
] as const)('the %s workflow', (_name, workflow) => {
  let baseline: Outcome;
  beforeAll(async () => {
    baseline = await fromFaultFreeRun(workflow);
  }, 60_000);

  describe.each([
    ['a read', 'read'],
    ['the intent write', 'intent'],
    ['the final transaction', 'final'],
  ] as const)('%s', (_point, point) => {
    it.each(Object.entries(KINDS))(
      '%s: every notice sent once, nothing lost',
      async (_kind, fault) => {
        const outcome = await workflow.run([workflow[point](fault)]);

        expect(proxy.hits.map((hit) => hit.fault)).toEqual([fault]);
        expectNothingLost(baseline, outcome, lostIntent(point, fault));
      },
      60_000,
    );
  });
});

describe('a fault that outlasts the retries', () => {
  // An internal error at the first try and at every retry (workflows/lifecycle.ts TASK_RETRY): a
  // DynamoDB failure is transient, retried with backoff (simulated time) as often as throttling.
  const attempts = 1 + (retrierFor(TASK_RETRY, 'InternalServerError')?.MaxAttempts ?? 3);
  const outlasting = (rule: FaultRule): FaultRule => ({ ...rule, times: attempts });

  it('records the lifecycle notice it stopped as failed, though the task had done the event before it', async () => {
    // The announcement and the structure request fall due together; the second fails for good.
    const outcome = await lifecycle.run([outlasting(intentWrite({ kind: 'internal-error' }, 'org-structure-request'))]);

    const request = 'org-structure-request:orgStructureDue:2027-02-08';
    expect(proxy.hits).toHaveLength(attempts);
    expect(outcome.events[request]).toBe('failed');
    expect(outcome.audit).toContain(`event failed | event ${request}`);
    expect(outcome.emails.map((email) => header(email, NOTICE_ID))).not.toContain(request);
    const announcement = outcome.emails.filter((email) => header(email, NOTICE_ID)?.startsWith('announcement:'));
    expect(announcement).toHaveLength(1);
  }, 60_000);

  it('records the failure on the alert, tries again later, and sends its notice once', async () => {
    const baseline = await fromFaultFreeRun(alert);

    const outcome = await alert.run([outlasting(intentWrite({ kind: 'internal-error' }, 'alert:'))]);

    expect(proxy.hits).toHaveLength(attempts);
    expect(outcome.audit.filter((entry) => entry.startsWith('alert task failed'))).toHaveLength(1);
    expectNothingLost(baseline, outcome, false);
  }, 60_000);
});
