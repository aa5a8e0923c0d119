import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerifier } from '../adapters/jwtVerifier.js';
import { OpenIdSignIn } from '../adapters/openIdSignIn.js';
import type { Deps } from '../app/deps.js';
import { systemClock } from '../ports/clock.js';
import { API_ROUTES } from '../handlers/api.js';
import { apiOverHttp, type HttpResponse } from '../handlers/http.js';
import { routeKeyOf } from '../handlers/routeManifest.js';
import { logger } from '../shared/logger.js';
import { assetFile } from '../web/assets.js';
import { SECURITY_HEADERS, type WebResponse } from '../web/responses.js';
import { webApp } from '../web/webApp.js';
import { readBodyBytes } from './requestBody.js';
import { maxBodyBytesFor } from '../shared/requestLimits.js';
import { isMultipart } from '../web/multipart.js';

/**
 * The local runtime's web server, bound to 127.0.0.1: the HTTP API (`/api/…`, the same routes and
 * handlers as API Gateway and Lambda), the pages behind sign-in, and their GOV.UK and MoJ Frontend
 * assets. People sign in at an OpenID Connect provider (the embedded local one, or any issuer the
 * configuration names); the API takes a bearer token verified as API Gateway's JWT authorizer
 * does. Nothing here believes a name it has not verified.
 */
export interface LocalServer {
  url: string;
  /** Who signs people in here. */
  issuer: string;
  stop(): Promise<void>;
}

export async function startLocalServer(
  deps: Deps,
  run: <T>(work: () => Promise<T>) => Promise<T>,
  options: {
    port?: number;
    /** Starts (or names) the OpenID provider once the server's address is known (its redirect URIs). */
    signIn: (baseUrl: string) => Promise<{ issuer: string; stop?: () => Promise<void> }>;
  },
): Promise<LocalServer> {
  const port = options.port ?? 3000;
  const routes = API_ROUTES.map((route) => ({ route, pattern: route.path.split('/').filter(Boolean) }));
  const state: {
    ready?:
      | { api: ReturnType<typeof apiOverHttp>; app: ReturnType<typeof webApp>; verify: ReturnType<typeof jwtVerifier> }
      | undefined;
  } = {};

  const matchApi = (method: string, path: string[]) => {
    for (const { route, pattern } of routes) {
      if (route.method !== method || pattern.length !== path.length) continue;
      const parameters: Record<string, string> = {};
      const fits = pattern.every((part, i) => {
        const value = path[i] as string;
        if (part.startsWith('{')) parameters[part.slice(1, -1)] = value;
        return part.startsWith('{') || part === value;
      });
      if (fits) return { route, parameters };
    }
    return undefined;
  };

  async function handle(
    request: IncomingMessage,
  ): Promise<HttpResponse | WebResponse | { file: string; contentType: string }> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    // Local only: answer only to this machine's names (no DNS rebinding), and take forms and API
    // calls only from this origin (no cross-site posts, the sign-in included).
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    const crossSite =
      (origin !== undefined && origin !== `http://${host}`) || request.headers['sec-fetch-site'] === 'cross-site';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host) || (method !== 'GET' && crossSite)) {
      return { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Refused: local use only' };
    }
    const asset = method === 'GET' ? assetFile(url.pathname) : undefined;
    if (asset) return { file: asset.path, contentType: asset.contentType };
    // The long-list's routes may carry 2 MB; a form with a file is read as bytes.
    const bytes = method === 'POST' ? await readBodyBytes(request, maxBodyBytesFor(url.pathname)) : undefined;
    const contentType = request.headers['content-type'];
    const multipart = isMultipart(contentType);
    const body = bytes && !multipart ? bytes.toString('utf8') : '';
    const { ready } = state;
    if (!ready) return { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Starting' };
    const { api, app, verify } = ready;
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      let path: string[];
      try {
        path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      } catch {
        return {
          status: 400,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: 'The address is not valid',
        };
      }
      const found = matchApi(method, path);
      if (!found) {
        return {
          statusCode: 404,
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ message: `no route for ${method} ${url.pathname}`, errors: [] }),
        };
      }
      // As API Gateway's JWT authorizer: no valid bearer token, no call (401).
      const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const verified = bearer ? await verify(bearer) : { ok: false as const, message: 'no bearer token' };
      if (!verified.ok) {
        return {
          statusCode: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
          body: JSON.stringify({ message: `sign in first: ${verified.message}`, errors: [] }),
        };
      }
      return run(() =>
        api({
          routeKey: routeKeyOf(found.route),
          body: body || null,
          // The long-list's route reads its body's type (text/csv).
          ...(contentType ? { headers: { 'content-type': contentType } } : {}),
          pathParameters: found.parameters,
          queryStringParameters: Object.fromEntries(url.searchParams),
          requestContext: { authorizer: { jwt: { claims: verified.claims } } },
        }),
      );
    }
    return run(() =>
      app({
        method,
        path: url.pathname,
        query: url.searchParams,
        body,
        ...(multipart && bytes ? { bytes, contentType } : {}),
        ...(request.headers.cookie ? { cookieHeader: request.headers.cookie } : {}),
        ...(origin ? { origin } : {}),
        ...(typeof request.headers['sec-fetch-site'] === 'string'
          ? { fetchSite: request.headers['sec-fetch-site'] }
          : {}),
      }),
    );
  }

  const reply = async (
    response: ServerResponse,
    result: HttpResponse | WebResponse | { file: string; contentType: string },
  ) => {
    if ('file' in result) {
      const found = await stat(result.file).catch(() => undefined);
      if (!found?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return void response.end('not found');
      }
      response.writeHead(200, {
        'content-type': result.contentType,
        'cache-control': 'public, max-age=3600',
      });
      return void createReadStream(result.file).pipe(response);
    }
    const status = 'statusCode' in result ? result.statusCode : result.status;
    const cookies = 'cookies' in result && result.cookies?.length ? { 'set-cookie': result.cookies } : {};
    response.writeHead(status, { ...SECURITY_HEADERS, ...result.headers, ...cookies });
    response.end(result.body);
  };

  const server: Server = createServer((request, response) => {
    void handle(request)
      .then((result) => reply(response, result))
      .catch((error: unknown) => {
        const tooBig = error instanceof RangeError;
        if (!tooBig) logger.error('local request failed', { error: error instanceof Error ? error.name : 'unknown' });
        response.writeHead(tooBig ? 413 : 500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(
          tooBig ? (error as Error).message : 'Sorry, there is a problem with the service; the details are in the log',
        );
      });
  });
  const listen = (at: number) =>
    new Promise<number>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => resolveListen((server.address() as AddressInfo).port));
    });
  let bound: number | undefined;
  for (let candidate = port; bound === undefined; candidate += 1) {
    try {
      bound = await listen(candidate);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || candidate > port + 20) throw error;
    }
  }
  const url = `http://127.0.0.1:${bound}`;
  const provider = await options.signIn(url);
  const local = {
    ...deps,
    config: { ...deps.config, baseUrl: url, signIn: { ...deps.config.signIn, issuer: provider.issuer } },
  };
  const { clientId, cliClientId, logoutUrl } = local.config.signIn;
  state.ready = {
    api: apiOverHttp(local),
    app: webApp(local, new OpenIdSignIn({ issuer: provider.issuer, clientId, ...(logoutUrl ? { logoutUrl } : {}) }), {
      localOnly: true,
      signOutOrigin: new URL(logoutUrl ?? provider.issuer).origin,
      sessionClock: systemClock,
    }),
    verify: jwtVerifier({ issuer: provider.issuer, audiences: [clientId, cliClientId] }),
  };
  return {
    url,
    issuer: provider.issuer,
    stop: async () => {
      await new Promise<void>((resolveStop) => {
        server.closeAllConnections();
        server.close(() => resolveStop());
      });
      await provider.stop?.();
    },
  };
}
