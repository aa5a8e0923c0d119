import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../functions/cli/command.js';
import { readCredentials } from '../../functions/cli/credentials.js';
import { main } from '../../functions/cli/dipp.js';
import { loginCommand, type LoginOptions } from '../../functions/cli/loginCommand.js';
import type { Principal } from '../../functions/domain/access.js';
import {
  LOCAL_CLI_CLIENT_ID,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
} from '../../functions/local/identityProvider.js';
import { HttpBrowser, signInThroughPages } from '../support/httpBrowser.js';

/**
 * `dipp login` against the local OpenID provider alone (no stack): the loopback redirect, what it
 * refuses, and how long it waits. The whole sign-in with the stack is in
 * test/integration/alertCommand.test.ts.
 */
const LEAD: Principal = { role: 'lead', name: 'Lee Inspector', email: 'lead@officials.example' };
const API = 'http://127.0.0.1:3999';

let folder: string;
let idp: LocalIdentityProvider;
const savedVariable = process.env.DIPP_CREDENTIALS;
let file: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dipp-login-'));
  idp = await startLocalIdentityProvider({
    keysDir: join(folder, 'oidc'),
    people: async () => [LEAD],
    pagesRedirectUri: `${API}/sign-in/callback`,
    pagesPostLogoutRedirectUri: `${API}/signed-out`,
  });
});

beforeEach(({ task }) => {
  file = join(folder, task.id, 'credentials.json');
  process.env.DIPP_CREDENTIALS = file;
});

afterAll(async () => {
  if (savedVariable === undefined) delete process.env.DIPP_CREDENTIALS;
  else process.env.DIPP_CREDENTIALS = savedVariable;
  await idp?.stop();
  await rm(folder, { recursive: true, force: true });
});

/** Starts `login`, and answers once it has printed the address to open. */
async function startLogin(extra: string[] = [], options: LoginOptions = {}) {
  const out: string[] = [];
  let announce: (url: string) => void = () => undefined;
  const address = new Promise<string>((resolve) => (announce = resolve));
  const context: CommandContext = {
    stdout: (text) => {
      out.push(text);
      const printed = /^Open this address to sign in: (\S+)$/.exec(text)?.[1];
      if (printed) announce(printed);
    },
    stderr: (text) => out.push(text),
    now: () => new Date(),
  };
  const args = ['--api', API, '--issuer', idp.issuer, '--client-id', LOCAL_CLI_CLIENT_ID, ...extra];
  const done = loginCommand(args, context, options);
  const url = new URL(
    await Promise.race([
      address,
      done.then(
        () => Promise.reject(new Error(`login ended early: ${out.join('\n')}`)),
        (error: unknown) => Promise.reject(error as Error),
      ),
    ]),
  );
  return { url, done, out };
}

const dipp = async (...argv: string[]) => {
  const lines: string[] = [];
  const code = await main(argv, {
    stdout: (text) => lines.push(text),
    stderr: (text) => lines.push(text),
    now: () => new Date(),
  });
  return { code, text: lines.join('\n') };
};

describe('npm run dipp -- login', () => {
  it('asks the provider for a code with PKCE (S256), state and nonce, to a loopback redirect on any port', async () => {
    const opened: string[] = [];
    const { url, done } = await startLogin([], { openBrowser: (address) => opened.push(address) });
    expect(opened).toEqual([url.href]);
    expect(url.origin).toBe(idp.issuer);
    const redirect = new URL(url.searchParams.get('redirect_uri') ?? '');
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(redirect.pathname).toBe('/callback');
    expect(Number(redirect.port)).toBeGreaterThan(0);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: LOCAL_CLI_CLIENT_ID,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });

    // Someone else's return (another state) is turned away, and the command line goes on waiting.
    const stray = await fetch(`${redirect.href}?code=stolen&state=another`);
    expect(stray.status).toBe(400);
    expect(await stray.text()).toContain('not the sign-in the terminal is waiting for');

    const back = await signInThroughPages(new HttpBrowser(), url.href, LEAD.email);
    expect(back.response.status).toBe(200);
    expect(back.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(back.body).toBe('You are signed in; return to the terminal.\n');
    expect(await done).toBe(0);
    expect(await readCredentials(file, API)).toMatchObject({
      api: API,
      issuer: idp.issuer,
      clientId: LOCAL_CLI_CLIENT_ID,
      name: LEAD.name,
      email: LEAD.email,
    });

    // Once back, the loopback server is gone.
    await expect(fetch(redirect.href)).rejects.toThrow();
  });

  it('fails, and tells the browser, when the provider refuses', async () => {
    const { url, done } = await startLogin(['--no-browser']);
    const redirect = url.searchParams.get('redirect_uri') ?? '';
    const state = url.searchParams.get('state') ?? '';
    const refused = await fetch(`${redirect}?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Sign-in failed; the terminal says why');
    await expect(done).rejects.toThrow('the sign-in failed: access_denied');
    expect(await readCredentials(file, API)).toBeUndefined();
  });

  it('gives up after its time, with a clear message, and frees the port', async () => {
    const { url, done } = await startLogin(['--no-browser'], { timeoutMs: 300 });
    await expect(done).rejects.toThrow('nobody signed in within 300 ms: run npm run dipp -- login again');
    await expect(fetch(url.searchParams.get('redirect_uri') ?? '')).rejects.toThrow();
  });

  it('waits on the port asked for, and says so when it is taken', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await dipp(
        'login',
        '--api',
        API,
        '--issuer',
        idp.issuer,
        '--client-id',
        LOCAL_CLI_CLIENT_ID,
        '--port',
        String(port),
        '--no-browser',
      );
      expect(run.code).toBe(1);
      expect(run.text).toContain(`port ${port} on this machine is in use`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses what it cannot use, with exit code 2', async () => {
    const noIssuer = await dipp('login', '--api', API, '--no-browser');
    expect(noIssuer.code).toBe(2);
    expect(noIssuer.text).toContain('say who signs you in');

    const plainHttp = await dipp('login', '--api', API, '--issuer', 'http://sign-in.example', '--client-id', 'x');
    expect(plainHttp.code).toBe(2);
    expect(plainHttp.text).toContain('--issuer must be https');

    const badPort = await dipp('login', '--api', API, '--issuer', idp.issuer, '--client-id', 'x', '--port', 'ten');
    expect(badPort.code).toBe(2);
    expect(badPort.text).toContain('--port must be a port number');

    const apiInClear = await dipp('alert', 'list', '--api', 'http://api.example');
    expect(apiInClear.code).toBe(2);
    expect(apiInClear.text).toContain('--api must be https');
  });

  it('says when nobody was signed in at logout', async () => {
    const run = await dipp('logout', '--api', API);
    expect(run).toEqual({ code: 0, text: `You were not signed in at ${API}.` });
  });
});
