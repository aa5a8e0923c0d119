import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALERT_USAGE, alertCommand } from './alertCommand.js';
import { UsageError, type CommandContext } from './command.js';
import { LOGIN_USAGE, LOGOUT_USAGE, loginCommand, logoutCommand } from './loginCommand.js';
import { PLAN_USAGE, planCommand } from './planCommand.js';
import { SIMULATE_USAGE, simulateCommand } from './simulateCommand.js';

const COMMANDS: Record<string, { usage: string; run: (args: string[], context: CommandContext) => Promise<number> }> = {
  plan: { usage: PLAN_USAGE, run: planCommand },
  simulate: { usage: SIMULATE_USAGE, run: simulateCommand },
  login: { usage: LOGIN_USAGE, run: (args, context) => loginCommand(args, context) },
  logout: { usage: LOGOUT_USAGE, run: logoutCommand },
  alert: { usage: ALERT_USAGE, run: alertCommand },
};

const USAGE = `Usage: npm run dipp -- <command> [options]

Commands:
  plan       print every date of one inspection (plan --help for its options)
  simulate   play the demonstration programme headless on the local emulators
  login      sign in through your browser, for the commands that act as you (login --help)
  logout     forget your sign-in at an API
  alert      raise and drive alerts through the API, as who signed in (alert --help)`;

/** Runs one command line and returns the process exit code: 0 done, 2 bad input, 1 failure. */
export async function main(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    context.stderr(USAGE);
    return 2;
  }
  if (name === '--help' || name === 'help') {
    context.stdout(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    context.stderr(`Error: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help')) {
    context.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`Error: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    context.stderr(`Error: ${(error as Error).message}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) {
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
  });
  process.exitCode = code;
}
