import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Deps } from '../../functions/app/deps.js';
import { startLocalServer, type LocalServer } from '../../functions/local/apiServer.js';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack.js';
import { LOCAL_CLI_CLIENT_ID } from '../../functions/local/identity/configuration.js';
import { localSignIn } from '../../functions/local/localSignIn.js';
import { PEOPLE, startEmulators, type Emulators } from '../integration/harness.js';
import { launchChromium } from './chromium.js';

/**
 * The pages in a real browser against the local stack on the real clock (DynamoDB Local, the SES
 * server and the workflow engine behind the local server), people signing in as they do locally:
 * at the embedded OpenID provider (a child process), its keys in a temporary folder.
 */
export interface Person {
  name: string;
  email: string;
}

/** The North East's inspection team: the lead, deputy and region are not Wales's (PEOPLE). */
export const NORTH_EAST_PEOPLE = {
  ...PEOPLE,
  lead: { name: 'Olu Other', email: 'olu@officials.example' },
  deputyLead: { name: 'Dana Second', email: 'dana@officials.example' },
  rpd: { name: 'Nia North', email: 'nia@officials.example' },
  spoc: { name: 'Noel Contact', email: 'noel@officials.example' },
};

/** The pages' session cookie (`__Host-`: 127.0.0.1 counts as a secure origin). */
export const SESSION_COOKIE = '__Host-dipp-session';

export interface WebHarness {
  emulators: Emulators;
  stack: LocalStack;
  server: LocalServer;
  browser: Browser;
  /** Another local server on the same stack (e.g. other sign-in settings), with its own provider. */
  startServer(deps: Deps, port: number): Promise<LocalServer>;
  stop(): Promise<void>;
}

export async function startWebHarness(options: {
  port: number;
  tablePrefix: string;
  /** Stores the inspections (hence the people who can sign in) before the server starts. */
  seed: (stack: LocalStack) => Promise<void>;
}): Promise<WebHarness> {
  const keysFolder = await mkdtemp(join(tmpdir(), 'dipp-web-oidc-'));
  const keysDir = join(keysFolder, 'oidc');
  // Whatever has started is stopped, last first, also when a later step fails to start.
  const started: (() => Promise<unknown>)[] = [() => rm(keysFolder, { recursive: true, force: true })];
  const stop = async () => {
    for (const stopping of started.splice(0).reverse()) await stopping();
  };
  try {
    const emulators = await startEmulators({ s3: true });
    started.push(() => emulators.stop());
    const stack = await startLocalStack({
      clock: 'real',
      emulators,
      tableName: `${options.tablePrefix}-${randomUUID().slice(0, 8)}`,
    });
    started.push(() => stack.stop());
    await options.seed(stack);
    const startServer = (deps: Deps, port: number) =>
      startLocalServer(deps, stack.run, { port, signIn: localSignIn(deps, keysDir) });
    const server = await startServer(stack.deps, options.port);
    started.push(() => server.stop());
    const browser = await launchChromium();
    started.push(() => browser.close());
    return { emulators, stack, server, browser, startServer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A browser of its own (no cookies), its relative addresses on `server`. */
export const newContext = (browser: Browser, server: LocalServer): Promise<BrowserContext> =>
  browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });

/** The local provider's sign-in page is showing (on the provider's own address, not the pages'). */
export async function expectSignInPage(page: Page, server: LocalServer): Promise<void> {
  const provider = new URL(server.issuer).origin;
  await page.waitForURL((url) => url.origin === provider && url.pathname.startsWith('/interaction/'));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in (local only)');
}

/** On the provider's sign-in page: chooses the person (by name and email address) and signs in. */
export async function choosePerson(page: Page, person: Person): Promise<void> {
  await page
    .getByRole('radio', { name: person.name })
    .and(page.locator(`input[name="person"][value="${person.email}"]`))
    .check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A browser of its own for one person: opens `path`, is sent to the provider's sign-in page,
 * chooses the person there, and is brought back to `path`.
 */
export async function signedInAs(
  browser: Browser,
  server: LocalServer,
  person: Person,
  path = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto(path);
  await expectSignInPage(page, server);
  await choosePerson(page, person);
  await page.waitForURL(`${server.url}${path}`);
  return { context, page };
}

/** The pages' session cookie the browser holds, if any. */
export async function sessionCookie(context: BrowserContext): Promise<Cookie | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** The CSRF token of the first form on the page. */
export const csrfToken = (page: Page): Promise<string> =>
  page
    .locator('input[name="_csrf"]')
    .first()
    .getAttribute('value')
    .then((value) => value ?? '');

/**
 * An ID token for the HTTP API, as the command line gets one (its native client, PKCE, a loopback
 * redirect URI): the browser context's session at the provider signs it in without asking again.
 */
export async function apiToken(context: BrowserContext, server: LocalServer): Promise<string> {
  const config = await client.discovery(new URL(server.issuer), LOCAL_CLI_CLIENT_ID, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const redirectUri = 'http://127.0.0.1:53130/callback';
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  let next = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  }).href;
  for (let hops = 0; !next.startsWith(redirectUri); hops += 1) {
    const response = await context.request.get(next, { maxRedirects: 0 });
    const location = response.headers()['location'];
    if (!location || hops > 10) throw new Error(`the provider did not sign the command line in (${response.status()})`);
    next = new URL(location, next).href;
  }
  const tokens = await client.authorizationCodeGrant(config, new URL(next), {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  if (!tokens.id_token) throw new Error('the provider sent no ID token');
  return tokens.id_token;
}

/**
 * The main frame's navigations from now on, redirects included, as `<status> <origin><path>`:
 * where the browser was sent, and by whom.
 */
export function navigations(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    const url = new URL(response.url());
    seen.push(`${response.status()} ${url.origin}${url.pathname}`);
  });
  return seen;
}

/** Polls until `condition` holds (the stack works in the background), or fails saying what it waited for. */
export async function waitFor(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
