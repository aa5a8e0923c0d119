// npm run bench [-- 12 1000]: simulates inspection programmes on the local emulators and prints
// what they cost. Figures, not pass/fail: targets are in the README.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { DEMO_START } from '../../functions/local/demo.js';
import { runDemonstration } from '../../functions/local/demonstration.js';
import { DYNAMODB_JVM_ARGS, LONG_RUN_JVM_ARGS } from '../../functions/local/dynamoLocal.js';
import { startLocalStack } from '../../functions/local/localStack.js';
import { logger } from '../../functions/shared/logger.js';
import { timeFloor } from './floor.js';

logger.setLogLevel('SILENT');

const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);

async function bench(count: number) {
  // Long programmes repay DynamoDB Local's full JIT compilation; short ones pay for it.
  process.env.DIPP_DYNAMODB_JVM_ARGS = count > 100 ? LONG_RUN_JVM_ARGS : DYNAMODB_JVM_ARGS;
  const stack = await startLocalStack({ clock: 'simulated', start: DEMO_START, countTransitions: true });
  const calls = { reads: 0, writes: 0, itemsWritten: 0 };
  // Items written by kind (the sort key's prefix: EV#, NT#, AUDIT#, MS#, META…): what each write is for.
  const itemsByKind = new Map<string, number>();
  const countItem = (item: unknown) => {
    const kind = kindOf(item);
    itemsByKind.set(kind, (itemsByKind.get(kind) ?? 0) + 1);
  };
  stack.dynamoClient.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? '';
      if (READS.has(command)) calls.reads += 1;
      else {
        calls.writes += 1;
        const items = (args.input as { TransactItems?: unknown[] }).TransactItems;
        calls.itemsWritten += items ? items.length : 1;
        for (const item of items ?? [args.input]) countItem(item);
      }
      return next(args);
    },
    { step: 'initialize', name: 'benchCounter' },
  );
  const memoryBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await runDemonstration(stack, { count });
  const seconds = (performance.now() - started) / 1000;
  const emails = (await stack.ses.emails()).length;
  const eventsPerInspection: number[] = [];
  for (const id of result.inspectionIds) {
    const state = await stack.deps.timeline.loadTimeline(id);
    eventsPerInspection.push(
      state?.events.filter((e) => e.status !== 'pending' && e.status !== 'cancelled').length ?? 0,
    );
  }
  const timedEvents = eventsPerInspection.reduce((sum, events) => sum + events, 0);
  const c = stack.engine.counters;
  const simulatedDays = (stack.deps.clock.now().getTime() - DEMO_START.getTime()) / 86_400_000;
  const programmeCalls = { ...calls };
  const programmeKinds = new Map(itemsByKind);
  // The floor, on the same emulator, warmed by the programme, at the same concurrency.
  const floorSeconds = await timeFloor(stack.deps.ledger, eventsPerInspection);
  const floorItems = calls.itemsWritten - programmeCalls.itemsWritten;
  await stack.stop();
  // Each execution has a fixed overhead (find next, three phase fall-throughs, the end): 6 transitions.
  const perEvent = (c.stateTransitions - 6 * c.started) / timedEvents;
  return {
    inspections: count,
    'wall time (s, emulators already up)': seconds.toFixed(1),
    'simulated days': Math.round(simulatedDays),
    'timed events': timedEvents,
    'state transitions': c.stateTransitions,
    'transitions per timed event (less 6 per execution)': perEvent.toFixed(2),
    'executions (started / finished / stopped / failed)': `${c.started} / ${c.finished} / ${c.stopped} / ${c.failed}`,
    'Lambda invocations per inspection': (c.invocations / count).toFixed(1),
    'DynamoDB reads per inspection': (programmeCalls.reads / count).toFixed(1),
    'DynamoDB write requests per inspection': (programmeCalls.writes / count).toFixed(1),
    'DynamoDB items written per inspection': (programmeCalls.itemsWritten / count).toFixed(1),
    'DynamoDB items written per timed event': (programmeCalls.itemsWritten / timedEvents).toFixed(1),
    'floor: wall time (s), items written per timed event': `${floorSeconds.toFixed(1)}, ${(floorItems / timedEvents).toFixed(1)}`,
    'programme time ÷ floor time': (seconds / floorSeconds).toFixed(2),
    'items written per timed event, by kind': [...programmeKinds]
      .sort(([, a], [, b]) => b - a)
      .map(([kind, items]) => `${kind} ${(items / timedEvents).toFixed(2)}`)
      .join(', '),
    'emails per inspection': (emails / count).toFixed(1),
    'people’s actions (failed)': `${result.actions} (${result.failedActions})`,
    'RSS growth (MB)': ((process.memoryUsage().rss - memoryBefore) / 1e6).toFixed(0),
  };
}

/** The kind of item a write or transaction part touches: its sort key up to the first # (sk of a Put's item, or a Key's). */
function kindOf(write: unknown): string {
  const part = write as Record<string, { Key?: { sk?: unknown }; Item?: { sk?: unknown } } | undefined> & {
    Key?: { sk?: unknown };
    Item?: { sk?: unknown };
  };
  const inner = part.Put ?? part.Update ?? part.ConditionCheck ?? part.Delete ?? part;
  const sk = inner.Key?.sk ?? inner.Item?.sk;
  const action = part.ConditionCheck ? 'check ' : part.Delete ? 'delete ' : '';
  return typeof sk === 'string' ? `${action}${sk.split('#')[0]}` : `${action}?`;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
for (const count of sizes.length > 0 ? sizes : [12, 1000]) {
  const figures = await bench(count);
  process.stdout.write(`\nProgramme of ${count} inspections\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(52)} ${value}\n`);
}
