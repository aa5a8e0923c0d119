import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * tsx's loader, by its absolute address: helper processes run TypeScript from wherever the stack
 * was started, not only from the project's folder.
 */
export const TYPESCRIPT_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface RunningProcess {
  pid: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Starts a helper process that dies with this one: `setpriv --pdeathsig` has the kernel end it
 * even if Node is killed outright, so no emulator is left running. Resolves when `port` accepts.
 */
export async function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { port: number; cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<RunningProcess> {
  const child: ChildProcess = existsSync('/usr/bin/setpriv')
    ? spawn('/usr/bin/setpriv', ['--pdeathsig', 'SIGKILL', command, ...args], {
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: options.env,
      })
    : spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: options.env });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + String(chunk)).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + String(chunk)).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killNow);
  const spawnFailure = new Promise<Error>((resolve) => child.once('error', resolve));
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await canConnect(options.port)) break;
    const failed = await Promise.race([
      spawnFailure,
      new Promise<undefined>((resolve) => setTimeout(resolve, 50, undefined)),
    ]);
    if (failed || child.exitCode !== null || Date.now() > deadline) {
      killNow();
      const why = failed
        ? failed.message
        : child.exitCode !== null
          ? `exited with ${child.exitCode}`
          : 'did not open its port in time';
      throw new Error(`${name} could not start: ${why}\n${output}`);
    }
  }
  return {
    pid: child.pid ?? 0,
    async stop() {
      process.removeListener('exit', killNow);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(killNow, 3000);
      await exited;
      clearTimeout(force);
    },
  };
}
