import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { principalFromClaims, type Principal } from '../../functions/domain/access.js';
import {
  LOCAL_CLI_CLIENT_ID,
  LOCAL_PAGES_CLIENT_ID,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
} from '../../functions/local/identityProvider.js';

/**
 * The local OpenID Provider (issue 13) driven as the pages and the command line will drive it:
 * openid-client for the protocol, and a small cookie-keeping "browser" (fetch, redirects followed
 * by hand, forms posted as a browser posts them, no JavaScript) for the sign-in page.
 */
const ADMIN: Principal = { role: 'administrator', name: 'Ada Admin', email: 'Ada.Admin@justice.example' };
const WALES: Principal = { role: 'region', name: 'Wyn Jones', email: 'wyn.jones@probation.example', regionId: 'wales' };
const PAGES = 'http://127.0.0.1:3999';
const REDIRECT_URI = `${PAGES}/sign-in/callback`;
const POST_LOGOUT_URI = `${PAGES}/signed-out`;
const SCOPE = 'openid email profile';

class Browser {
  readonly cookies = new Map<string, string>();

  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const gone = value.join('') === '' || attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    const location = response.headers.get('location');
    return { response, body: await response.text(), location: location ? new URL(location, url).href : undefined };
  }

  /** Follows redirects until a page answers or the browser is sent to `stopAt` (the client). */
  async follow(url: string | URL, stopAt: string, init: { form?: Record<string, string> } = {}) {
    let step = await this.request(url, init);
    while (step.location && !step.location.startsWith(stopAt)) step = await this.request(step.location);
    return step;
  }
}

/** The sign-in page's form: where it posts and the people it offers. */
function signInForm(html: string) {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const people = [...html.matchAll(/name="person" type="radio" value="([^"]+)"/g)].map((match) => match[1]);
  return { action, people };
}

let idp: LocalIdentityProvider;
let keysDir: string;
let consoleWarn: MockInstance;
let consoleInfo: MockInstance;
let people: Principal[] = [ADMIN, WALES];

const discover = (clientId: string) =>
  client.discovery(new URL(idp.issuer), clientId, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });

/** The whole authorization code flow with PKCE, signing in as `email` on the sign-in page. */
async function signIn(
  browser: Browser,
  options: { clientId?: string; redirectUri?: string; email?: string; verifier?: string } = {},
) {
  const { clientId = LOCAL_PAGES_CLIENT_ID, redirectUri = REDIRECT_URI } = options;
  const config = await discover(clientId);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  let step = await browser.follow(url, redirectUri);
  if (options.email) {
    const form = signInForm(step.body);
    expect(form.action, step.body).toMatch(/^\/interaction\//);
    step = await browser.follow(new URL(form.action as string, idp.issuer), redirectUri, {
      form: { person: options.email },
    });
  }
  expect(step.location, step.body).toBeDefined();
  const callback = new URL(step.location as string);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: options.verifier ?? verifier,
    expectedState: state,
  });
  return { config, tokens, callback };
}

beforeAll(async () => {
  consoleWarn = vi.spyOn(console, 'warn');
  consoleInfo = vi.spyOn(console, 'info');
  keysDir = join(await mkdtemp(join(tmpdir(), 'dipp-oidc-')), 'oidc');
  idp = await startLocalIdentityProvider({
    keysDir,
    people: async () => people,
    pagesRedirectUri: REDIRECT_URI,
    pagesPostLogoutRedirectUri: POST_LOGOUT_URI,
  });
});

afterAll(async () => {
  await idp?.stop();
  await rm(join(keysDir, '..'), { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('the local identity provider', () => {
  it('listens on 127.0.0.1 only, and answers only to this machine’s names', async () => {
    const { hostname, port } = new URL(idp.issuer);
    expect(hostname).toBe('127.0.0.1');
    const reaches = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host, port: Number(port) }, () => resolve(true));
        socket.on('error', () => resolve(false));
        socket.on('connect', () => socket.destroy());
      });
    expect(await reaches('127.0.0.1')).toBe(true);
    expect(await reaches('127.0.0.2')).toBe(false);
    expect(await reaches('::1')).toBe(false);
    const discovery = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const metadata = (await discovery.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: idp.issuer,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      end_session_endpoint: `${idp.issuer}/session/end`,
    });
    // A page elsewhere that rebinds its own name to 127.0.0.1 is refused.
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      const asked = request(
        { host: '127.0.0.1', port: Number(port), path: '/.well-known/openid-configuration' },
        (answer) => {
          answer.resume();
          resolve(answer.statusCode);
        },
      );
      asked.setHeader('host', `attacker.example:${port}`);
      asked.on('error', reject);
      asked.end();
    });
    expect(rebound).toBe(403);
  });

  it('signs someone in with the authorization code and PKCE; the ID token carries Cognito’s claims', async () => {
    const browser = new Browser();
    const { tokens } = await signIn(browser, { email: WALES.email });
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: LOCAL_PAGES_CLIENT_ID,
      sub: 'wyn.jones@probation.example',
      'cognito:groups': ['regions'],
      name: 'Wyn Jones',
      email: 'wyn.jones@probation.example',
      email_verified: true,
      'custom:region': 'wales',
    });
    expect(principalFromClaims(claims as Record<string, unknown>)).toEqual({ ok: true, principal: WALES });
    expect(tokens.expires_in).toBe(3600);
    expect((claims?.exp ?? 0) - (claims?.iat ?? 0)).toBe(3600);

    const admin = (await signIn(new Browser(), { email: 'ADA.admin@justice.example' })).tokens.claims();
    expect(admin).toMatchObject({ sub: 'ada.admin@justice.example', 'cognito:groups': ['administrators'] });
    expect(admin).not.toHaveProperty('custom:region');
    expect(principalFromClaims(admin as Record<string, unknown>)).toEqual({ ok: true, principal: ADMIN });
  });

  it('serves a GOV.UK sign-in page, marked local only, with the people by role and the pages’ headers', async () => {
    const browser = new Browser();
    const config = await discover(LOCAL_PAGES_CLIENT_ID);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const { response, body } = await browser.follow(url, REDIRECT_URI);
    expect(response.status).toBe(200);
    expect(body).toContain('<title>Sign in (local only) – DIPP – HM Inspectorate of Probation');
    expect(body).toContain('govuk-phase-banner');
    expect(body).toMatch(/<legend[^>]*>\s*Inspection support administrator/);
    expect(body).toMatch(/<legend[^>]*>\s*Region \(RPD or SPOC\)/);
    expect(body).not.toContain('.submit()');
    expect(signInForm(body).people).toEqual(['ada.admin@justice.example', 'wyn.jones@probation.example']);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain(
      `form-action 'self' ${PAGES} http://127.0.0.1:*;`,
    );
    const css = await fetch(`${idp.issuer}/stylesheets/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses someone who is not among the people, and a choice not made, with an error summary', async () => {
    const browser = new Browser();
    const config = await discover(LOCAL_PAGES_CLIENT_ID);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const page = await browser.follow(url, REDIRECT_URI);
    const action = new URL(signInForm(page.body).action as string, idp.issuer);
    for (const form of [{ person: 'mallory@elsewhere.example' }, {}] as Record<string, string>[]) {
      const refused = await browser.request(action, { form });
      expect(refused.response.status).toBe(400);
      expect(refused.location).toBeUndefined();
      expect(refused.body).toContain('<title>Error: Sign in (local only)');
      expect(refused.body).toContain('govuk-error-summary');
      expect(refused.body).toContain('href="#person-administrator">Choose who to sign in as</a>');
    }
    // The people are read at each sign-in: someone removed can no longer be chosen.
    people = [ADMIN];
    try {
      const removed = await browser.request(action, { form: { person: WALES.email } });
      expect(removed.response.status).toBe(400);
    } finally {
      people = [ADMIN, WALES];
    }
  });

  it('issues a refresh token, and refreshing gives new tokens with the same claims', async () => {
    const { config, tokens } = await signIn(new Browser(), { email: WALES.email });
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.claims()).toMatchObject({ sub: WALES.email, 'cognito:groups': ['regions'], email_verified: true });
    // A public client's refresh token is rotated: the one used is spent.
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('refuses a code exchanged with the wrong PKCE verifier', async () => {
    await expect(
      signIn(new Browser(), { email: ADMIN.email, verifier: client.randomPKCECodeVerifier() }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a redirect URI not registered, without redirecting to it', async () => {
    for (const [clientId, redirectUri] of [
      [LOCAL_PAGES_CLIENT_ID, `${PAGES}/elsewhere`],
      [LOCAL_PAGES_CLIENT_ID, 'http://127.0.0.1:4000/sign-in/callback'],
      [LOCAL_CLI_CLIENT_ID, 'http://127.0.0.1:53123/elsewhere'],
    ] as const) {
      const config = await discover(clientId);
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      });
      const { response, body, location } = await new Browser().request(url);
      expect(response.status).toBe(400);
      expect(location).toBeUndefined();
      expect(body).toContain('redirect_uri did not match any of the client');
    }
  });

  it('signs the command line in on any loopback port; with the browser’s session, without asking again', async () => {
    const fresh = await signIn(new Browser(), {
      clientId: LOCAL_CLI_CLIENT_ID,
      redirectUri: 'http://127.0.0.1:53125/callback',
      email: WALES.email,
    });
    expect(fresh.tokens.claims()).toMatchObject({ aud: LOCAL_CLI_CLIENT_ID, 'custom:region': 'wales' });

    const browser = new Browser();
    await signIn(browser, { email: ADMIN.email });
    // oidc-provider always asks a native client's user to consent: the provider grants it at once.
    const { tokens } = await signIn(browser, {
      clientId: LOCAL_CLI_CLIENT_ID,
      redirectUri: 'http://127.0.0.1:53124/callback',
    });
    expect(tokens.claims()).toMatchObject({
      aud: LOCAL_CLI_CLIENT_ID,
      sub: 'ada.admin@justice.example',
      'cognito:groups': ['administrators'],
    });
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  it('signs out at the end-session endpoint with one button, ending the session and its tokens', async () => {
    const browser = new Browser();
    const { config, tokens } = await signIn(browser, { email: ADMIN.email });
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: POST_LOGOUT_URI,
      state: 'bye',
    });
    const page = await browser.request(endSession);
    expect(page.response.status).toBe(200);
    expect(page.body).toContain('<title>Sign out (local only)');
    expect(page.body).toContain('as Ada Admin');
    expect(page.body).not.toContain('.submit()');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(page.body)?.[1] as string;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.body)?.[1] as string;
    expect(page.body).toMatch(/<button type="submit" value="yes" name="logout"[^>]*form="op.logoutForm"/);
    const out = await browser.request(action, { form: { xsrf, logout: 'yes' } });
    expect(out.response.status).toBe(303);
    expect(out.location).toBe(`${POST_LOGOUT_URI}?state=bye`);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // Signed out: the next sign-in asks who again.
    const again = await browser.follow(
      client.buildAuthorizationUrl(config, {
        redirect_uri: REDIRECT_URI,
        scope: SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      }),
      REDIRECT_URI,
    );
    expect(again.body).toContain('<title>Sign in (local only)');
  });

  it('keeps its keys private (0600 in a 0700 folder) and signs with the same key after a restart', async () => {
    expect((await stat(keysDir)).mode & 0o777).toBe(0o700);
    const files = await readdir(keysDir);
    expect(files.sort()).toEqual(['cookie-keys.json', 'signing-keys.json']);
    for (const file of files) expect((await stat(join(keysDir, file))).mode & 0o777).toBe(0o600);

    const kids = async (issuer: string) => {
      const { keys } = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
      for (const key of keys) expect(key).not.toHaveProperty('d');
      return keys.map((key) => key.kid);
    };
    const first = await kids(idp.issuer);
    const second = await startLocalIdentityProvider({
      keysDir,
      people: async () => people,
      pagesRedirectUri: REDIRECT_URI,
      pagesPostLogoutRedirectUri: POST_LOGOUT_URI,
    });
    try {
      expect(second.issuer).not.toBe(idp.issuer);
      expect(await kids(second.issuer)).toEqual(first);
    } finally {
      await second.stop();
    }
  });

  it('printed no oidc-provider warning or notice (no development keys, interactions, adapter or defaults)', () => {
    const said = [...consoleWarn.mock.calls, ...consoleInfo.mock.calls].map((call) => String(call[0]));
    expect(said.filter((line) => line.includes('oidc-provider'))).toEqual([]);
  });
});
