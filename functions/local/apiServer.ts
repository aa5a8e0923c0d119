import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../app/deps.js';
import { alertHandlers } from '../handlers/alerts.js';
import { statusOf } from '../handlers/http.js';
import type { Outcome } from '../handlers/inspections.js';
import { logger } from '../shared/logger.js';

/**
 * The local runtime's HTTP API: the same handlers as the Lambda functions behind API Gateway,
 * for the command line (and, later, the pages). Local only: no sign-in, bound to 127.0.0.1.
 *
 *   GET  /api/alerts[?inspectionId=…&open=true]   list alerts
 *   POST /api/alerts                              raise an alert
 *   GET  /api/alerts/{alertId}                    one alert
 *   POST /api/alerts/{alertId}/{action}           confirm, acknowledge, submit-evidence, assure, withdraw, mark-in-report
 */
export interface LocalApi {
  url: string;
  stop(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new SyntaxError('the request body is larger than 64 KB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
}

export async function startLocalApi(
  deps: Deps,
  run: <T>(work: () => Promise<T>) => Promise<T>,
  port = 3000,
): Promise<LocalApi> {
  const alerts = alertHandlers(deps);
  const route = async (method: string, path: string[], query: URLSearchParams, body: unknown) => {
    if (path[0] !== 'api' || path[1] !== 'alerts') return undefined;
    const [, , alertId, action] = path;
    if (method === 'GET' && !alertId) {
      const inspectionId = query.get('inspectionId');
      return alerts.listAlerts({
        ...(inspectionId ? { inspectionId } : {}),
        ...(query.get('open') === 'true' ? { open: true } : {}),
      });
    }
    if (method === 'POST' && !alertId) return alerts.raiseAlert(body);
    if (method === 'GET' && alertId && !action) return alerts.getAlert({ alertId });
    if (method === 'POST' && alertId && action) return alerts.actOnAlert({ ...(body as object), alertId, action });
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(payload));
    };
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      let body: unknown = {};
      if (request.method === 'POST') {
        try {
          body = await bodyOf(request);
        } catch (error) {
          return send(400, { message: `the request body is not JSON: ${(error as Error).message}`, errors: [] });
        }
      }
      const outcome = (await run(() => route(request.method ?? 'GET', path, url.searchParams, body))) as
        Outcome<unknown> | undefined;
      if (!outcome) return send(404, { message: `no route for ${request.method} ${url.pathname}`, errors: [] });
      return send(
        statusOf(outcome),
        outcome.ok ? { value: outcome.value } : { message: outcome.message, errors: outcome.errors },
      );
    })().catch((error: unknown) => {
      logger.error('local API request failed', { error: error instanceof Error ? error.name : 'unknown' });
      send(500, { message: 'something went wrong; the details are in the log', errors: [] });
    });
  });
  const listen = (at: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  let bound: number | undefined;
  for (let candidate = port; bound === undefined; candidate += 1) {
    try {
      bound = await listen(candidate);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || candidate > port + 20) throw error;
    }
  }
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
