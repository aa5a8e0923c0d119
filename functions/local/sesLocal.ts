import { fileURLToPath } from 'node:url';
import { freePort, startProcess, TYPESCRIPT_LOADER, type RunningProcess } from './processes.js';

export interface SesLocal extends RunningProcess {
  endpoint: string;
  /** Every email the server holds, as its /store page gives them. */
  emails(): Promise<StoredEmail[]>;
  /** Forgets every stored email. */
  clear(): Promise<void>;
  /** Queues failures for the next sends: throttling, rejection, or a cut connection after storing. */
  injectFaults(faults: { status?: number; type?: string; message?: string; hang?: boolean }[]): Promise<void>;
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { filename?: string; contentType: string; content: string }[];
  headers: { name: string; value: string }[];
  at: number;
}

/** The local SES v2 server (aws-ses-v2-local) in its own process; its web page lists every email. */
export async function startSesLocal(options: { port?: number } = {}): Promise<SesLocal> {
  const port = options.port ?? (await freePort());
  const script = fileURLToPath(new URL('./sesServer.ts', import.meta.url));
  const running = await startProcess(
    'the local SES server',
    process.execPath,
    ['--import', TYPESCRIPT_LOADER, script, String(port)],
    {
      port,
    },
  );
  return sesLocalAt(`http://127.0.0.1:${port}`, running);
}

/**
 * A local SES server another process started and owns (a crash test keeps it alive while it kills
 * the runtime that sends through it): `stop` leaves it running.
 */
export function connectToSesLocal(endpoint: string): SesLocal {
  return sesLocalAt(endpoint, { pid: 0, stop: async () => undefined });
}

function sesLocalAt(endpoint: string, running: RunningProcess): SesLocal {
  return {
    ...running,
    endpoint,
    async emails() {
      const response = await fetch(`${endpoint}/store`);
      const body = (await response.json()) as { emails: StoredEmail[] };
      return body.emails;
    },
    async clear() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    async injectFaults(faults) {
      await fetch(`${endpoint}/_faults`, {
        method: 'POST',
        body: JSON.stringify(faults.map((fault) => ({ status: 429, type: 'TooManyRequestsException', ...fault }))),
      });
    },
  };
}
