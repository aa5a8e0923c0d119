import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../app/deps.js';
import { claimsOf, type Principal } from '../domain/access.js';
import { USER_ROLE_TITLES, USER_ROLES } from '../domain/roles.js';
import { API_ROUTES } from '../handlers/api.js';
import { apiOverHttp, type HttpResponse } from '../handlers/http.js';
import { routeKeyOf } from '../handlers/routeManifest.js';
import { logger } from '../shared/logger.js';
import { webPages } from '../web/pages.js';
import { SECURITY_HEADERS, type WebResponse } from '../web/responses.js';
import { assetFile } from '../web/assets.js';
import { render } from '../web/render.js';
import {
  cookieValue,
  decodePrincipal,
  encodePrincipal,
  LOCAL_COOKIE,
  localPeople,
  principalForCommandLine,
} from './signIn.js';

/**
 * The local runtime's web server, bound to 127.0.0.1: the HTTP API (`/api/…`, the same routes and
 * handlers as API Gateway and Lambda), the pages, their GOV.UK and MoJ Frontend assets, and a
 * local-only sign-in page that stands in for Cognito.
 *
 * Who is asking: the sign-in cookie (pages), or for the command line the headers
 * `x-dipp-local-person` and `x-dipp-local-as` (lead, region or inspector). Either becomes the JWT
 * claims API Gateway would pass on.
 */
export interface LocalServer {
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

export async function startLocalServer(
  deps: Deps,
  run: <T>(work: () => Promise<T>) => Promise<T>,
  port = 3000,
): Promise<LocalServer> {
  const api = apiOverHttp(deps);
  const pages = webPages(deps, { signOutUrl: '/sign-out', localOnly: true });
  const routes = API_ROUTES.map((route) => ({ route, pattern: route.path.split('/').filter(Boolean) }));

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

  /** The person asking; a name the command line gave that matches nobody is said plainly. */
  async function whoIs(request: IncomingMessage): Promise<Principal | string | undefined> {
    const person = request.headers['x-dipp-local-person'];
    if (typeof person === 'string' && person.trim()) {
      const header = request.headers['x-dipp-local-as'];
      const as = typeof header === 'string' ? header : 'inspector';
      const found = await principalForCommandLine(deps.timeline, person, as);
      const role = as === 'lead' ? 'the lead or deputy lead' : 'the RPD or SPOC';
      return found ?? `${person} is not ${role} of any inspection stored here`;
    }
    return decodePrincipal(cookieValue(request.headers.cookie, LOCAL_COOKIE));
  }

  async function signInPage(status: number, error?: boolean): Promise<WebResponse> {
    const people = await localPeople(deps.timeline);
    const hints: Record<string, string> = {
      administrator: 'Sees and changes every inspection',
      headOfProgramme: 'Sees and changes every inspection',
      lead: 'Sees and changes the inspections they lead',
      region: 'Sees their own region’s inspection and answers its alerts',
    };
    const groups = USER_ROLES.map((role) => ({
      role,
      title: USER_ROLE_TITLES[role],
      hint: hints[role],
      items: people
        .filter((p) => p.role === role)
        .map((p) => ({
          value: encodePrincipal(p),
          text: `${p.name}${p.regionId ? ` (${p.regionId.replace(/-/g, ' ')})` : ''}`,
        })),
    }));
    const body = render('sign-in.njk', {
      people,
      groups,
      localOnly: true,
      path: '/sign-in',
      ...(error
        ? { error: true, errors: { list: [{ text: 'Choose who to sign in as', href: '#person-administrator' }] } }
        : {}),
    });
    return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body };
  }

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
    const body = method === 'POST' ? await bodyOf(request) : '';
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
    const who = await whoIs(request);
    if (typeof who === 'string') {
      return {
        statusCode: 403,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ message: who, errors: [] }),
      };
    }
    const principal = who;

    if (path[0] === 'api') {
      const found = matchApi(method, path);
      if (!found) {
        return {
          statusCode: 404,
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ message: `no route for ${method} ${url.pathname}`, errors: [] }),
        };
      }
      return run(() =>
        api({
          routeKey: routeKeyOf(found.route),
          body: body || null,
          pathParameters: found.parameters,
          queryStringParameters: Object.fromEntries(url.searchParams),
          ...(principal ? { requestContext: { authorizer: { jwt: { claims: claimsOf(principal) } } } } : {}),
        }),
      );
    }

    if (url.pathname === '/sign-in') {
      if (method !== 'POST') return signInPage(200);
      const chosen = decodePrincipal(new URLSearchParams(body).get('person') ?? undefined);
      if (!chosen) return signInPage(400, true);
      return {
        status: 303,
        headers: {
          location: '/',
          'set-cookie': `${LOCAL_COOKIE}=${encodePrincipal(chosen)}; Path=/; HttpOnly; SameSite=Strict`,
        },
        body: '',
      };
    }
    if (url.pathname === '/sign-out') {
      return {
        status: 303,
        headers: {
          location: '/sign-in',
          'set-cookie': `${LOCAL_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
        },
        body: '',
      };
    }
    if (!principal) return { status: 303, headers: { location: '/sign-in' }, body: '' };
    const page = await run(() =>
      pages({ method, path: url.pathname, query: url.searchParams, form: new URLSearchParams(body), principal }),
    );
    return (
      page ?? {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: `No page at ${url.pathname}`,
      }
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
    response.writeHead(status, { ...SECURITY_HEADERS, ...result.headers });
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
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        server.closeAllConnections();
        server.close(() => resolveStop());
      }),
  };
}
