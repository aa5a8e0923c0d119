import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TYPESCRIPT_LOADER } from '../../../functions/local/processes.js';

const RUNTIME = fileURLToPath(new URL('./runtime.ts', import.meta.url));
const PREFIX = 'crash-runtime: ';

export interface RuntimeArgs {
  dynamo: string;
  ses: string;
  table: string;
  clockFile: string;
}

export interface RuntimeProcess {
  pid: number;
  /** Resolves with the rest of the first line saying `word`, or undefined if it exits first. */
  said(word: 'started' | 'driving' | 'sending' | 'done'): Promise<string | undefined>;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last of what it printed, for a failure's message. */
  output(): string;
  kill(): Promise<void>;
}

/**
 * Starts test/support/crash/runtime.ts as its own process. `setpriv --pdeathsig` has the kernel end
 * it should the test's process die first, so no runtime outlives the test.
 */
export function startRuntime(args: RuntimeArgs): RuntimeProcess {
  const command = [
    process.execPath,
    '--import',
    TYPESCRIPT_LOADER,
    RUNTIME,
    ...['--dynamo', args.dynamo, '--ses', args.ses, '--table', args.table, '--clock-file', args.clockFile],
  ];
  const [file, ...rest] = existsSync('/usr/bin/setpriv')
    ? ['/usr/bin/setpriv', '--pdeathsig', 'SIGKILL', ...command]
    : command;
  const child = spawn(file as string, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const lines = new Map<string, string>();
  const listeners: (() => void)[] = [];
  let partial = '';
  child.stdout.on('data', (chunk) => {
    output = (output + String(chunk)).slice(-8000);
    const text = partial + String(chunk);
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      if (!line.startsWith(PREFIX)) continue;
      const [word = '', ...rest] = line.slice(PREFIX.length).split(' ');
      if (!lines.has(word)) lines.set(word, rest.join(' '));
    }
    for (const listener of listeners.splice(0)) listener();
  });
  child.stderr.on('data', (chunk) => (output = (output + String(chunk)).slice(-8000)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
    for (const listener of listeners.splice(0)) listener();
  });
  return {
    pid: child.pid ?? 0,
    said(word) {
      return new Promise((resolve) => {
        const check = () => {
          if (lines.has(word)) return resolve(lines.get(word));
          if (ended) return resolve(undefined);
          listeners.push(check);
        };
        check();
      });
    },
    exited,
    output: () => output,
    async kill() {
      if (!ended) child.kill('SIGKILL');
      await exited;
    },
  };
}
