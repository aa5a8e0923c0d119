import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portBelowEphemeral } from '../support/portBelowEphemeral.js';

// Security finding 3: `npm start -- --clock real` is offered for use on one machine, so nothing it
// starts may be reachable from the network. DynamoDB Local in particular has no authentication.

const repo = fileURLToPath(new URL('../..', import.meta.url));

interface ListeningSocket {
  address: string;
  port: number;
  pid: number;
  command: string;
}

/** The process and all its descendants, from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), parent);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
  }
  return tree;
}

/** /proc/net/tcp{,6} write each 32-bit word of an address in host (little-endian) order. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((byte) => parseInt(byte, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  const groups = [];
  for (let index = 0; index < 16; index += 2)
    groups.push((((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0)).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** Every TCP socket listening in the process tree, with the address it listens on. */
function listeningSockets(root: number): ListeningSocket[] {
  const owners = new Map<string, { pid: number; command: string }>();
  for (const pid of processTree(root)) {
    try {
      const command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: 'utf8' });
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode) owners.set(inode, { pid, command });
      }
    } catch {
      // The process (or descriptor) ended while we looked.
    }
  }
  const sockets: ListeningSocket[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, state, inode] = [fields[1], fields[3], fields[9]];
      if (!local || state !== '0A' || !inode) continue; // 0A: LISTEN
      const owner = owners.get(inode);
      if (!owner) continue;
      const [address, port] = local.split(':') as [string, string];
      sockets.push({ address: decodeAddress(address), port: parseInt(port, 16), ...owner });
    }
  }
  return sockets;
}

const isLoopback = (address: string) => /^(127\.|::ffff:127\.)/.test(address) || address === '::1';

describe.skipIf(process.platform !== 'linux')('npm start -- --clock real, on one machine', () => {
  let workDir: string;
  let stack: ChildProcess;
  let output = '';
  const ports = { web: 0, ses: 0, s3: 0, signIn: 0 };

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'dipp-sockets-'));
    // Handed to the stack, which binds them seconds later: chosen where nothing else takes ports.
    const chosen: number[] = [];
    for (let i = 0; i < 4; i++) chosen.push(await portBelowEphemeral(chosen));
    [ports.web, ports.ses, ports.s3, ports.signIn] = chosen as [number, number, number, number];
    stack = spawn(
      path.join(repo, 'node_modules/.bin/tsx'),
      [
        path.join(repo, 'functions/cli/start.ts'),
        ...['--clock', 'real', '--inspections', '1', '--data-dir', 'data'],
        ...['--port', String(ports.web), '--ses-port', String(ports.ses), '--s3-port', String(ports.s3)],
        ...['--sign-in-port', String(ports.signIn)],
      ],
      { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The stack did not start in time:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += String(chunk);
        if (output.includes('Press Ctrl+C to stop.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      stack.stdout?.on('data', read);
      stack.stderr?.on('data', read);
      stack.once('exit', (code) => (clearTimeout(timer), reject(new Error(`The stack exited (${code}):\n${output}`))));
    });
  }, 120_000);

  afterAll(async () => {
    if (stack && stack.exitCode === null) {
      const exited = new Promise((resolve) => stack.once('exit', resolve));
      stack.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (stack.exitCode === null) stack.kill('SIGKILL');
    }
    rmSync(workDir, { recursive: true, force: true });
  }, 30_000);

  it('listens on the loopback interface only: pages, SES, S3, sign-in and DynamoDB Local alike', () => {
    const sockets = listeningSockets(stack.pid ?? 0);
    const dynamoPort = Number(/DynamoDB: http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);

    // Every part of the stack is found, so an empty or partial listing cannot pass.
    const listening = new Set(sockets.map((socket) => socket.port));
    for (const port of [ports.web, ports.ses, ports.s3, ports.signIn, dynamoPort]) expect(listening).toContain(port);
    expect(sockets.find((socket) => socket.port === dynamoPort)?.command).toBe('java');

    expect(sockets.filter((socket) => !isLoopback(socket.address))).toEqual([]);
  });

  it("keeps DynamoDB Local's data and the evidence files readable by their owner only", () => {
    const data = path.join(workDir, 'data');
    expect(statSync(data).mode & 0o777).toBe(0o700);
    expect(readdirSync(data).length).toBeGreaterThan(0);
    const evidence = path.join(data, 'evidence-s3');
    expect(statSync(evidence).mode & 0o777).toBe(0o700);
    // The bucket is made at start.
    expect(readdirSync(evidence)).toContain('dipp-evidence');
  });
});
