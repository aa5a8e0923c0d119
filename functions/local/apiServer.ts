import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../app/deps.js';
import { alertHandlers } from '../handlers/alerts.js';
import { overHttp, type HttpRequest, type HttpResponse } from '../handlers/http.js';
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

async function bodyOf(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new RangeError('the request body is larger than 64 KB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLocalApi(
  deps: Deps,
  run: <T>(work: () => Promise<T>) => Promise<T>,
  port = 3000,
): Promise<LocalApi> {
  // The routes of the HTTP API in AWS (infra/stacks/lifecycleStack.ts), through the same adapter.
  const alerts = alertHandlers(deps);
  const routes: [method: string, pattern: string[], handler: (request: HttpRequest) => Promise<HttpResponse>][] = [
    ['GET', ['api', 'alerts'], overHttp(alerts.listAlerts)],
    ['POST', ['api', 'alerts'], overHttp(alerts.raiseAlert)],
    ['GET', ['api', 'alerts', '{alertId}'], overHttp(alerts.getAlert)],
    ['POST', ['api', 'alerts', '{alertId}', '{action}'], overHttp(alerts.actOnAlert)],
  ];
  const match = (method: string, path: string[]) => {
    for (const [routeMethod, pattern, handler] of routes) {
      if (routeMethod !== method || pattern.length !== path.length) continue;
      const parameters: Record<string, string> = {};
      const fits = pattern.every((part, i) => {
        const value = path[i] as string;
        if (part.startsWith('{')) parameters[part.slice(1, -1)] = value;
        return part.startsWith('{') || part === value;
      });
      if (fits) return { handler, parameters };
    }
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(body);
    };
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const route = match(request.method ?? 'GET', path);
      if (!route) {
        return send(404, JSON.stringify({ message: `no route for ${request.method} ${url.pathname}`, errors: [] }));
      }
      let body: string | null = null;
      if (request.method === 'POST') {
        try {
          body = await bodyOf(request);
        } catch (error) {
          return send(413, JSON.stringify({ message: (error as Error).message, errors: [] }));
        }
      }
      const result = await run(() =>
        route.handler({
          body,
          pathParameters: route.parameters,
          queryStringParameters: Object.fromEntries(url.searchParams),
        }),
      );
      return send(result.statusCode, result.body);
    })().catch((error: unknown) => {
      logger.error('local API request failed', { error: error instanceof Error ? error.name : 'unknown' });
      send(500, JSON.stringify({ message: 'something went wrong; the details are in the log', errors: [] }));
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
