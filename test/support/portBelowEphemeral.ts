import { readFileSync } from 'node:fs';
import net from 'node:net';

/**
 * A free loopback port for a child process to bind seconds later: chosen below the kernel's
 * ephemeral range, which is where every `listen(0)` (each test's own emulators) and every outgoing
 * connection takes its port, so nothing else running can take it meanwhile. (A port from
 * `freePort()` can: the stack's sign-in failed once with EADDRINUSE on a loaded machine.)
 */
export async function portBelowEphemeral(taken: readonly number[] = []): Promise<number> {
  const lowest = ephemeralLowest();
  for (let tries = 0; tries < 50; tries++) {
    const port = 20_000 + Math.floor(Math.random() * Math.max(1, lowest - 20_000));
    if (!taken.includes(port) && (await canListen(port))) return port;
  }
  throw new Error(`no free port found between 20000 and ${lowest}`);
}

function ephemeralLowest(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return low && low > 20_100 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
