import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamoLocal.js';
import { startSesLocal, type SesLocal } from '../../functions/local/sesLocal.js';
import { compareDeliveries, markedPossibleDuplicate } from '../support/crash/deliveries.js';
import { startRuntime, type RuntimeArgs, type RuntimeProcess } from '../support/crash/runtimeProcess.js';

// Issue 16: the whole local runtime killed outright (SIGKILL, no chance to tidy up) at random
// moments while notices fall due, started again on the same data until it finishes, and what the
// SES server received compared with a run that was never killed. DynamoDB Local and the SES server
// are this process's children, not the runtime's: they outlive every kill, as DynamoDB and SES do.

/** Printed, so a failing run can be played again: CRASH_SEED=<seed> npx vitest run test/integration/crashRestart.test.ts */
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Kills in the killed run; CRASH_KILLS=<n> for a longer hunt. */
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
/** From the runtime's first send (notices falling due) to its kill. */
const KILL_AFTER_MS = { min: 0, max: 1500 };

type Summary = {
  inspectionId: string;
  events: { id: string; status: string }[];
  milestones: { id: string; status: string }[];
  notices: { id: string; status: string; attempts: number; possibleDuplicate: boolean }[];
}[];

let dynamo: DynamoLocal | undefined;
/** One SES server for the run never killed, one for the killed run: they run side by side. */
let ses: { reference: SesLocal; killed: SesLocal } | undefined;
let scratch = '';
const runtimes: RuntimeProcess[] = [];

beforeAll(async () => {
  const [started, reference, killed] = await Promise.all([startDynamoLocal(), startSesLocal(), startSesLocal()]);
  [dynamo, ses] = [started, { reference, killed }];
  scratch = await mkdtemp(path.join(tmpdir(), 'dipp-crash-'));
}, 60_000);

afterAll(async () => {
  // By process id, whatever happened: no runtime, Java process or SES server is left running.
  await Promise.all(runtimes.map((runtime) => runtime.kill()));
  await Promise.all([dynamo?.stop(), ses?.reference.stop(), ses?.killed.stop()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function emulators(): { dynamo: DynamoLocal; ses: { reference: SesLocal; killed: SesLocal } } {
  if (!dynamo || !ses) throw new Error('the emulators have not started');
  return { dynamo, ses };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Its own table (fresh data) and its own SES server, on the shared DynamoDB Local. */
function argsFor(table: string, ses: SesLocal): RuntimeArgs {
  return {
    dynamo: emulators().dynamo.endpoint,
    ses: ses.endpoint,
    table,
    clockFile: path.join(scratch, `${table}.clock`),
  };
}

function start(args: RuntimeArgs): RuntimeProcess {
  const runtime = startRuntime(args);
  runtimes.push(runtime);
  return runtime;
}

/** Runs the runtime until its lifecycles end; returns what the stored records say happened. */
async function runToEnd(args: RuntimeArgs): Promise<Summary> {
  const runtime = start(args);
  const done = await runtime.said('done');
  const { code } = await runtime.exited;
  if (done === undefined || code !== 0)
    throw new Error(`the runtime did not finish (exit ${code}):\n${runtime.output()}`);
  return JSON.parse(done) as Summary;
}

/** A kill: how long after the runtime's first send, and the last simulated instant whose work it had finished. */
type Kill = { afterMs: number; simulated: string };

/** Kills the runtime after each delay in turn (unless it finishes first), then lets it finish. */
async function runKilled(args: RuntimeArgs, delays: number[]): Promise<{ kills: Kill[]; summary: Summary }> {
  const kills: Kill[] = [];
  for (const delay of delays) {
    const runtime = start(args);
    // Nothing left to send: it finishes (or fails, which runToEnd below reports).
    if ((await runtime.said('sending')) === undefined) break;
    const finished = await Promise.race([runtime.exited.then(() => true), sleep(delay).then(() => false)]);
    if (finished) break;
    await runtime.kill();
    kills.push({ afterMs: delay, simulated: await readFile(args.clockFile, 'utf8').catch(() => 'not yet recorded') });
  }
  return { kills, summary: await runToEnd(args) };
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** What must be the same whether or not the runtime was killed: every event's and milestone's end, every notice sent. */
const outcomes = (summary: Summary) =>
  [...summary]
    .sort((a, b) => a.inspectionId.localeCompare(b.inspectionId))
    .map(({ inspectionId, events, milestones, notices }) => ({
      inspectionId,
      events: byId(events),
      milestones: byId(milestones),
      notices: byId(notices.map(({ id, status }) => ({ id, status }))),
    }));

describe('the local runtime killed with SIGKILL while notices fall due, and started again on the same data', () => {
  it('sends every notice a run never killed sends, and repeats none without marking it a possible duplicate', async () => {
    const { ses } = emulators();
    const random = xoroshiro128plus(SEED);
    const delays = Array.from({ length: KILLS }, () => uniformInt(random, KILL_AFTER_MS.min, KILL_AFTER_MS.max));

    const [reference, killed] = await Promise.all([
      runToEnd(argsFor('never-killed', ses.reference)),
      runKilled(argsFor('killed', ses.killed), delays),
    ]);
    const [referenceEmails, killedEmails] = await Promise.all([ses.reference.emails(), ses.killed.emails()]);

    const comparison = compareDeliveries(referenceEmails, killedEmails);
    const noticesSentAgain = killed.summary.flatMap((inspection) => inspection.notices).filter((n) => n.attempts > 1);
    process.stdout.write(
      `crash test: seed ${SEED}; ${killed.kills.length} kills: ` +
        `${killed.kills.map((kill) => `${kill.afterMs} ms (${kill.simulated})`).join('; ')}\n` +
        `  ${referenceEmails.length} emails never killed, ${killedEmails.length} killed ` +
        `(${comparison.markedRepeats} marked repeats; ${noticesSentAgain.length} notices tried more than once)\n`,
    );
    expect(killed.kills.length, `seed ${SEED}`).toBeGreaterThanOrEqual(3);
    // The run never killed: every notice once, none marked.
    expect(referenceEmails.length).toBeGreaterThan(0);
    expect(new Set(referenceEmails.map((email) => email.messageId)).size).toBe(referenceEmails.length);
    expect(referenceEmails.filter(markedPossibleDuplicate)).toEqual([]);
    // The killed run: nothing lost, nothing new, nothing repeated unmarked.
    expect(comparison, `seed ${SEED}`).toMatchObject({ lost: [], unexpected: [], silentRepeats: [] });
    // DynamoDB says the same: every event and milestone ended as in the run never killed, and
    // no notice was left half-sent.
    expect(outcomes(killed.summary), `seed ${SEED}`).toEqual(outcomes(reference));
  }, 170_000);

  it('leaves no runtime, Java process or SES server running', async () => {
    const { dynamo, ses } = emulators();
    await Promise.all(runtimes.map((runtime) => runtime.kill()));
    await Promise.all([dynamo.stop(), ses.reference.stop(), ses.killed.stop()]);

    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(
      [...runtimes.map((runtime) => runtime.pid), dynamo.pid, ses.reference.pid, ses.killed.pid].filter(alive),
    ).toEqual([]);
  });
});
