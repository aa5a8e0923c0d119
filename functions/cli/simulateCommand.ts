import { DEMO_START } from '../local/demo.js';
import { runDemonstration } from '../local/demonstration.js';
import { startLocalStack } from '../local/localStack.js';
import { printingNotifier, summaryLines } from '../local/progress.js';
import { simulationReport } from '../local/report.js';
import { logger } from '../shared/logger.js';
import { optionsOf, UsageError, type CommandContext } from './command.js';

export const SIMULATE_USAGE = `Usage: npm run dipp -- simulate [--json] [--inspections N]

Plays the demonstration programme headless on the simulated clock, against AWS's DynamoDB Local,
the local SES server and the lifecycle workflow, then reports what DynamoDB and SES hold.

Options:
  --json             print one JSON document: { inspections, notices, escalations, alerts }
  --inspections N    how many inspections (default 12, the regional programme)`;

export async function simulateCommand(args: string[], context: CommandContext): Promise<number> {
  const options = optionsOf(args, { json: { type: 'boolean' }, inspections: { type: 'string' } });
  const count = Number(options.inspections ?? 12);
  if (!Number.isInteger(count) || count < 1 || count > 5000) {
    throw new UsageError(`--inspections must be a whole number from 1 to 5000, not "${options.inspections}"`);
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  logger.setLogLevel('ERROR');
  const stack = await startLocalStack({
    clock: 'simulated',
    start: DEMO_START,
    ...(options.json
      ? {}
      : { decorateNotifier: (inner) => printingNotifier(inner, { now: () => new Date() }, context.stdout) }),
  });
  try {
    const result = await runDemonstration(stack, { count });
    const report = await simulationReport(stack.deps, stack.ses);
    if (options.json) {
      context.stdout(JSON.stringify(report, null, 2));
    } else {
      for (const line of summaryLines(report)) context.stdout(line);
    }
    return result.failedActions === 0 ? 0 : 1;
  } finally {
    await stack.stop();
  }
}
