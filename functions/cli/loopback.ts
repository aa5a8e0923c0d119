import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The loopback redirect of a native app (RFC 8252): a one-use server on this machine, and the browser opened. */

export interface Arrival {
  /** The query the provider sent back (`?code=…&state=…`, or `?error=…`). */
  search: string;
  /** Answers the browser with a short plain page. */
  reply(status: number, text: string): Promise<void>;
}

export interface Loopback {
  redirectUri: string;
  /** The browser's return with this sign-in's state (others are told they are not awaited). */
  arrival: Promise<Arrival>;
  close(): Promise<void>;
}

const PAGE_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  connection: 'close',
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * A one-time server on this machine's loopback address, for the browser's return: on 127.0.0.1,
 * and on ::1 too when the redirect names `localhost` (a browser may try either).
 */
export async function loopbackServer(port: number, redirectHost: string, state: string): Promise<Loopback> {
  let arrived: (arrival: Arrival) => void = () => undefined;
  const arrival = new Promise<Arrival>((resolve) => (arrived = resolve));
  let taken = false;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const reply = (status: number, text: string) =>
      new Promise<void>((resolve) => {
        response.writeHead(status, PAGE_HEADERS);
        response.end(`${text}\n`, () => resolve());
      });
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== '/callback') return void reply(404, 'Not found.');
    if (taken) return void reply(409, 'This sign-in has already come back; return to the terminal.');
    if (url.searchParams.get('state') !== state) {
      return void reply(400, 'This is not the sign-in the terminal is waiting for; start again from the terminal.');
    }
    taken = true;
    arrived({ search: url.search, reply });
  };
  const servers: Server[] = [];
  const first = createServer(handle);
  let bound: number;
  try {
    bound = await listen(first, port, '127.0.0.1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `port ${port} on this machine is in use (another "dipp login"?): close what uses it and try again`,
      );
    }
    throw error;
  }
  servers.push(first);
  if (redirectHost === 'localhost') {
    const second = createServer(handle);
    // No IPv6 here, or the port taken there: 127.0.0.1 is enough for most browsers.
    if (
      await listen(second, bound, '::1').then(
        () => true,
        () => false,
      )
    )
      servers.push(second);
  }
  return {
    redirectUri: `http://${redirectHost}:${bound}/callback`,
    arrival,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/** Tries to open the address in the person's browser; says nothing if it cannot. */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the address is printed.
  }
}
