// The local runtime as its own process, for the crash test (test/integration/crashRestart.test.ts):
// the lifecycle on aws-local-stepfunctions with the Lambda handlers, on a simulated clock, against a
// DynamoDB Local and an SES server that the test owns. Killing this process (SIGKILL) is a crash of
// every Lambda and every driver at once; DynamoDB and the sent emails outlive it.
//
//   tsx test/support/crash/runtime.ts --dynamo URL --ses URL --table NAME --clock-file FILE
//
// Prints `crash-runtime: started|driving|sending|done …` lines (the logs are left on their own lines).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startInspection } from '../../../functions/app/inspections/startInspection.js';
import { resumeEverything } from '../../../functions/app/resumeEverything.js';
import { connectToDynamoLocal } from '../../../functions/local/dynamoLocal.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/localStack.js';
import { connectToSesLocal } from '../../../functions/local/sesLocal.js';
import { logger } from '../../../functions/shared/logger.js';
import { SIGNED_IN } from '../principals.js';
import { PEOPLE } from '../records.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('ERROR');

/** A week before the first announcement (8 February 2027 for fieldwork on 1 March). */
const CRASH_START = new Date('2027-02-01T08:00:00Z');

/** Three inspections a week apart: their notices fall due on the same mornings, side by side. */
const CRASH_PROGRAMME = [
  { region: 'North East', fieldworkStart: '2027-03-01' },
  { region: 'Wales', fieldworkStart: '2027-03-08' },
  { region: 'London', fieldworkStart: '2027-03-15' },
] as const;

const say = (...words: string[]) => process.stdout.write(`crash-runtime: ${words.join(' ')}\n`);

/**
 * The simulated instant this runtime had reached when all its work was done, kept in a file so a
 * restart carries on from there. Written whole or not at all (a rename), since a kill may come
 * at any moment. It can only lag the work: a restart repeats an instant, never skips one.
 */
function recordedInstant(file: string): Date | undefined {
  return existsSync(file) ? new Date(readFileSync(file, 'utf8')) : undefined;
}

function recordInstant(file: string, at: Date): void {
  writeFileSync(`${file}.tmp`, at.toISOString());
  renameSync(`${file}.tmp`, file);
}

/** Plans what is not planned yet (a first run, or one killed while planning), and resumes the rest. */
async function planOrResume(stack: LocalStack): Promise<void> {
  const planned = await stack.deps.timeline.listInspections();
  if (planned.length > 0) await resumeEverything(stack.deps);
  for (const item of CRASH_PROGRAMME) {
    if (planned.some((inspection) => inspection.region === item.region)) continue;
    await startInspection(stack.deps, SIGNED_IN.isa, { ...item, people: PEOPLE, acknowledgeClashes: true });
  }
}

/** What the stored records say happened, for comparison with a run that was never killed. */
async function summary(stack: LocalStack) {
  const inspections = await stack.deps.timeline.listInspections();
  return Promise.all(
    inspections.map(async (inspection) => {
      const state = await stack.deps.timeline.loadTimeline(inspection.id);
      const notices = await stack.deps.ledger.listNotices(inspection.id);
      return {
        inspectionId: inspection.id,
        events: (state?.events ?? []).map((event) => ({ id: event.id, status: event.status })),
        milestones: (state?.milestones ?? []).map((milestone) => ({ id: milestone.id, status: milestone.status })),
        notices: notices.map((notice) => ({
          id: notice.id,
          status: notice.status,
          attempts: notice.attempts,
          possibleDuplicate: notice.possibleDuplicate ?? false,
        })),
      };
    }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dynamo: { type: 'string' },
      ses: { type: 'string' },
      table: { type: 'string' },
      'clock-file': { type: 'string' },
    },
  });
  const { dynamo, ses, table, 'clock-file': clockFile } = values;
  if (!dynamo || !ses || !table || !clockFile)
    throw new Error('usage: --dynamo URL --ses URL --table NAME --clock-file FILE');
  const start = recordedInstant(clockFile) ?? CRASH_START;
  const stack = await startLocalStack({
    clock: 'simulated',
    start,
    tableName: table,
    emulators: { dynamo: connectToDynamoLocal(dynamo), ses: connectToSesLocal(ses) },
    // Says when notices start falling due in this run: the test kills it from then on.
    decorateNotifier: (inner) => {
      let said = false;
      return {
        send(message) {
          if (!said) say('sending', message.headers['X-DIPP-Notice-Id'] ?? '');
          said = true;
          return inner.send(message);
        },
      };
    },
  });
  const simulation = stack.simulation;
  if (!simulation) throw new Error('the crash runtime needs the simulated clock');
  say('started', start.toISOString());
  await stack.run(() => planOrResume(stack));
  say('driving', stack.deps.clock.now().toISOString());
  // Each step of the clock begins when the previous instant's work is all done: record it then.
  await simulation.runUntil(() => {
    recordInstant(clockFile, stack.deps.clock.now());
    return stack.engine.active === 0 && stack.alertEngine.active === 0;
  });
  say('done', JSON.stringify(await summary(stack)));
  await stack.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `crash runtime failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
