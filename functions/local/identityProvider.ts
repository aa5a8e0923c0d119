import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Principal } from '../domain/access.js';
import { logger } from '../shared/logger.js';
import { assetFile } from '../web/assets.js';
import { providerConfiguration, securityHeaders } from './identity/configuration.js';
import { providerKeys } from './identity/keys.js';
import { interaction, problemPage, type Reply } from './identity/pages.js';

/**
 * The local runtime's OpenID Provider (issue 13), standing in for Cognito: people sign in locally as
 * they will on AWS, with the authorization code flow and PKCE, and get ID tokens carrying the claims
 * Cognito's carry for us. oidc-provider (certified) does the protocol; this module gives it its
 * clients, accounts, keys, pages and lifetimes, and serves it on 127.0.0.1 only.
 */
import { readBody } from './requestBody.js';

export { LOCAL_CLI_CLIENT_ID, LOCAL_PAGES_CLIENT_ID } from './identity/configuration.js';

export interface LocalIdentityProvider {
  /** e.g. http://127.0.0.1:4455 */
  issuer: string;
  stop(): Promise<void>;
}

export interface LocalIdentityProviderOptions {
  /** 0 or absent: a free port on 127.0.0.1. */
  port?: number;
  /** Where the signing and cookie keys are kept (e.g. `.local/oidc`): folder 0700, files 0600. */
  keysDir: string;
  /** Who may sign in, read at each sign-in. */
  people: () => Promise<Principal[]>;
  /** e.g. http://127.0.0.1:3000/sign-in/callback */
  pagesRedirectUri: string;
  /** e.g. http://127.0.0.1:3000/signed-out */
  pagesPostLogoutRedirectUri: string;
}

const formOf = async (request: IncomingMessage) => new URLSearchParams(await readBody(request));

const listen = (server: ReturnType<typeof createServer>, port: number) =>
  new Promise<number>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });

export async function startLocalIdentityProvider(
  options: LocalIdentityProviderOptions,
): Promise<LocalIdentityProvider> {
  const keys = await providerKeys(options.keysDir);
  const headers = securityHeaders(options);
  const serviceHome = new URL('/', options.pagesRedirectUri).href;
  /** Set once the port, hence the issuer, is known. */
  const ready: {
    provider?: Provider;
    callback?: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  } = {};

  const send = (response: ServerResponse, reply: Reply) => {
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const { provider, callback } = ready;
    // Local only: answer only to this machine's names (no DNS rebinding).
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(request.headers.host ?? '') || !provider || !callback) {
      return send(response, {
        status: 403,
        headers: { 'content-type': 'text/plain' },
        body: 'Refused: local use only',
      });
    }
    const asset = method === 'GET' ? assetFile(url.pathname) : undefined;
    if (asset) {
      const found = await stat(asset.path).catch(() => undefined);
      if (!found?.isFile()) return send(response, { status: 404, headers: { 'content-type': 'text/plain' }, body: '' });
      response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600' });
      return void createReadStream(asset.path).pipe(response);
    }
    if (url.pathname === '/' && method === 'GET') {
      return send(response, { status: 303, headers: { location: serviceHome }, body: '' });
    }
    const uid = /^\/interaction\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (uid && (method === 'GET' || method === 'POST')) {
      const origin = request.headers.origin;
      if (method === 'POST' && origin !== undefined && origin !== provider.issuer) {
        return send(response, { status: 403, headers: { 'content-type': 'text/plain' }, body: 'Refused: cross-site' });
      }
      const form = method === 'POST' ? await formOf(request) : undefined;
      return send(response, await interaction(provider, options.people, serviceHome, request, response, uid, form));
    }
    await callback(request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('local identity provider request failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      if (response.headersSent) return void response.destroy();
      const tooBig = error instanceof RangeError;
      send(
        response,
        problemPage(
          tooBig ? 413 : 500,
          'Sign-in problem (local only)',
          tooBig ? 'the form sent is too large.' : 'the local identity provider failed; the details are in the log.',
          serviceHome,
        ),
      );
    });
  });
  const port = await listen(server, options.port ?? 0);
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, providerConfiguration(options, keys));
  provider.on('server_error', (_ctx, error) => {
    logger.error('local identity provider error', { error: error instanceof Error ? error.name : 'unknown' });
  });
  ready.provider = provider;
  ready.callback = provider.callback();

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolveStop) => {
        server.closeAllConnections();
        server.close(() => resolveStop());
      }),
  };
}
