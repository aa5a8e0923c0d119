import { readFileSync } from 'node:fs';
import * as client from 'openid-client';
import { optionsOf, UsageError, type CommandContext } from './command.js';
import { loopbackServer, openInBrowser } from './loopback.js';
import {
  apiKey,
  credentialsFile,
  forgetCredentials,
  readCredentials,
  saveCredentials,
  type Credentials,
} from './credentials.js';

/**
 * `dipp login` and `dipp logout`: signing in on the command line as a native app does (RFC 8252):
 * the person signs in in their browser, which the provider sends back to a one-time server on this
 * machine's loopback address; the authorization code flow with PKCE (S256), state and nonce, with
 * openid-client (OpenID Certified), and the ID token's signature checked too. The tokens are kept
 * per API (./credentials.ts); the alert commands send the ID token as a bearer token and renew it
 * with the refresh token when it expires.
 */
export const LOGIN_USAGE = `Usage: npm run dipp -- login [--api URL] [--issuer URL] [--client-id ID] [--port N] [--no-browser]

Signs you in through your browser and keeps your tokens for that API in $DIPP_CREDENTIALS, or
~/.config/dipp/credentials.json (readable by you only). Commands against that API then act as you.

Options:
  --api URL        the API (default: what npm start wrote to .local/stack.json, or http://127.0.0.1:3000)
  --issuer URL     who signs you in (default: the local stack's provider, or the issuer you last used
                   for this API); on AWS, https://cognito-idp.<region>.amazonaws.com/<UserPoolId>
  --client-id ID   the command line's client at that issuer (default: the local stack's; on AWS the
                   stack's CommandLineClientId output)
  --port N         where this machine waits for the browser to come back (default: any free port for
                   the local provider; 8765 otherwise, the one Cognito's client allows)
  --no-browser     print the address to open without opening the browser

Locally (npm start -- --clock real), plain "npm run dipp -- login" is enough. Against AWS:
  npm run dipp -- login --api <baseUrl> --issuer https://cognito-idp.<region>.amazonaws.com/<UserPoolId> \\
    --client-id <CommandLineClientId>`;

export const LOGOUT_USAGE = `Usage: npm run dipp -- logout [--api URL]

Forgets your tokens for that API (and asks the provider to revoke the refresh token).

Options:
  --api URL   the API (default: what npm start wrote to .local/stack.json, or http://127.0.0.1:3000)`;

/** How long the command line waits for the browser to come back. */
const SIGN_IN_TIMEOUT_MS = 5 * 60 * 1000;
/** Cognito's command line client allows exactly this redirect port (infra/constructs/signIn.ts). */
const COGNITO_PORT = 8765;
/** An ID token is renewed this long before it expires, for clocks that disagree a little. */
const RENEW_EARLY_MS = 60 * 1000;
const SCOPE = 'openid email profile';

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** An http(s) address; plain http only on this machine (tokens never cross a network in clear). */
function webAddress(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${option} must be an address such as https://…, not "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new UsageError(`--${option} must be https (plain http only on this machine: 127.0.0.1 or localhost)`);
  }
  return url;
}

/** What `npm start -- --clock real` wrote about the running local stack, if anything. */
function localStackFile(): { api?: string; issuer?: string; cliClientId?: string } {
  try {
    const file = JSON.parse(readFileSync('.local/stack.json', 'utf8')) as Record<string, unknown>;
    const text = (key: string) => (typeof file[key] === 'string' ? { [key]: file[key] } : {});
    return { ...text('api'), ...text('issuer'), ...text('cliClientId') };
  } catch {
    return {};
  }
}

/** The API to talk to: --api, $DIPP_API_URL, the running local stack's, or the default local port. */
export function apiUrl(option: string | undefined): string {
  const given = option ?? process.env.DIPP_API_URL ?? localStackFile().api ?? 'http://127.0.0.1:3000';
  return apiKey(webAddress(given, 'api').href);
}

/** Whether the API is the local stack (to say how to start it). */
export const isLocalApi = (api: string) => isLoopback(new URL(api));

/** What to tell someone who must sign in (again). */
export const signInHint = (api: string) => `Sign in first: npm run dipp -- login --api ${api}`;

/** What went wrong, in the provider's words when it gave any (never a token or a code). */
function reasonOf(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return error.error_description ? `${error.error}: ${error.error_description}` : error.error;
  }
  if (error instanceof Error) {
    const cause = (error.cause as { code?: string } | undefined)?.code;
    return cause ? `${error.message} (${cause})` : error.message;
  }
  return String(error);
}

/** The provider's metadata, from its discovery document; its ID tokens' signatures are checked too. */
async function providerAt(issuer: string, clientId: string): Promise<client.Configuration> {
  const url = new URL(issuer);
  try {
    return await client.discovery(url, clientId, undefined, client.None(), {
      timeout: 15,
      execute: [...(url.protocol === 'http:' ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
    });
  } catch (error) {
    const cognitoDomain = url.hostname.endsWith('.amazoncognito.com')
      ? '; that is the sign-in domain (SignInUrl): the issuer is https://cognito-idp.<region>.amazonaws.com/<UserPoolId>'
      : '';
    throw new Error(
      `the sign-in provider at ${issuer} could not be reached or did not describe itself (${reasonOf(error)})${cognitoDomain}`,
    );
  }
}

/** The parts of a token response kept, from the verified ID token. */
function tokensOf(
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
): Pick<Credentials, 'idToken' | 'refreshToken' | 'expiresAt' | 'name' | 'email'> {
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new Error('the sign-in provider sent no ID token');
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const name = text(claims.name);
  const email = text(claims.email);
  return {
    idToken: tokens.id_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    expiresAt: new Date(claims.exp * 1000).toISOString(),
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
  };
}

export type SignInState = { ok: true; credentials: Credentials } | { ok: false; reason: string };

/**
 * The person's sign-in at this API, renewed with the refresh token (and saved) if the ID token
 * has expired or is about to; or why there is none. A provider that cannot be reached is an
 * error (thrown); a provider that refuses the refresh token means signing in again.
 */
export async function currentSignIn(file: string, api: string, now: Date): Promise<SignInState> {
  const saved = await readCredentials(file, api);
  if (!saved) return { ok: false, reason: `you have not signed in at ${api}` };
  if (Date.parse(saved.expiresAt) - RENEW_EARLY_MS > now.getTime()) return { ok: true, credentials: saved };
  if (!saved.refreshToken) return { ok: false, reason: 'your sign-in has expired' };
  const config = await providerAt(saved.issuer, saved.clientId);
  let fresh: ReturnType<typeof tokensOf>;
  try {
    fresh = tokensOf(await client.refreshTokenGrant(config, saved.refreshToken));
  } catch (error) {
    if (error instanceof client.ResponseBodyError) {
      return { ok: false, reason: `your sign-in has ended (${reasonOf(error)})` };
    }
    throw new Error(`your sign-in could not be renewed at ${saved.issuer}: ${reasonOf(error)}`);
  }
  // A provider that does not rotate refresh tokens (Cognito) keeps the one it gave first.
  const credentials: Credentials = {
    api: saved.api,
    issuer: saved.issuer,
    clientId: saved.clientId,
    ...fresh,
    ...(fresh.refreshToken ? {} : { refreshToken: saved.refreshToken }),
  };
  await saveCredentials(file, credentials);
  return { ok: true, credentials };
}

export interface LoginOptions {
  /** How long to wait for the browser to come back (tests). */
  timeoutMs?: number;
  /** Opens the address in a browser (tests). */
  openBrowser?: (url: string) => void;
}

export async function loginCommand(args: string[], context: CommandContext, options: LoginOptions = {}) {
  const o = optionsOf(args, {
    api: { type: 'string' },
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    port: { type: 'string' },
    'no-browser': { type: 'boolean' },
  });
  const api = apiUrl(o.api);
  const file = credentialsFile();
  // Who signs people in here: as given, the running local stack's, or who did last time.
  const stack = localStackFile();
  const local = stack.api !== undefined && apiKey(stack.api) === api ? stack : {};
  const saved = await readCredentials(file, api).catch(() => undefined);
  const issuerGiven = o.issuer ?? local.issuer ?? saved?.issuer;
  if (!issuerGiven) {
    throw new UsageError(
      `say who signs you in at ${api}: --issuer URL --client-id ID (on AWS, https://cognito-idp.<region>.amazonaws.com/<UserPoolId> and the stack's CommandLineClientId)`,
    );
  }
  const issuerUrl = webAddress(issuerGiven, 'issuer');
  const issuer = issuerGiven;
  const clientId =
    o['client-id'] ??
    (local.issuer === issuer ? local.cliClientId : undefined) ??
    (saved?.issuer === issuer ? saved.clientId : undefined);
  if (!clientId) throw new UsageError(`say which client of ${issuer} the command line is: --client-id ID`);
  // RFC 8252 §7.3: the local provider takes any port on 127.0.0.1; Cognito only the one registered.
  const localProvider = issuerUrl.protocol === 'http:';
  const port = o.port === undefined ? (localProvider ? 0 : COGNITO_PORT) : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number (0 for any free one), not "${o.port}"`);
  }

  const config = await providerAt(issuer, clientId);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const loopback = await loopbackServer(port, localProvider ? '127.0.0.1' : 'localhost', state);
  let timer: NodeJS.Timeout | undefined;
  try {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: loopback.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    context.stdout(`Open this address to sign in: ${url.href}`);
    if (!o['no-browser']) (options.openBrowser ?? openInBrowser)(url.href);
    const timeoutMs = options.timeoutMs ?? SIGN_IN_TIMEOUT_MS;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const minutes = timeoutMs / 60_000;
        const waited = Number.isInteger(minutes) ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${timeoutMs} ms`;
        reject(new Error(`nobody signed in within ${waited}: run npm run dipp -- login again`));
      }, timeoutMs);
    });
    const arrival = await Promise.race([loopback.arrival, timedOut]);
    clearTimeout(timer);

    const callbackUrl = new URL(loopback.redirectUri);
    callbackUrl.search = arrival.search;
    let credentials: Credentials;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: codeVerifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      credentials = { api, issuer, clientId, ...tokensOf(tokens) };
      await saveCredentials(file, credentials);
    } catch (error) {
      await arrival.reply(400, 'Sign-in failed; the terminal says why.');
      throw new Error(`the sign-in failed: ${reasonOf(error)}`);
    }
    await arrival.reply(200, 'You are signed in; return to the terminal.');
    const who = [credentials.name, credentials.email && `<${credentials.email}>`].filter(Boolean).join(' ');
    context.stdout(`Signed in at ${api} as ${who || 'you'}. The sign-in is kept in ${file}.`);
    return 0;
  } finally {
    clearTimeout(timer);
    await loopback.close();
  }
}

/** Asks the provider to revoke a refresh token, if it offers revocation; whether it did. */
async function revoke(credentials: Credentials): Promise<boolean> {
  if (!credentials.refreshToken) return false;
  try {
    const config = await providerAt(credentials.issuer, credentials.clientId);
    const { supportsPKCE: _helper, ...metadata } = config.serverMetadata();
    // Cognito revokes at /oauth2/revoke on its sign-in domain without saying so in its metadata.
    const cognito = metadata.authorization_endpoint?.endsWith('/oauth2/authorize')
      ? metadata.authorization_endpoint.replace(/\/oauth2\/authorize$/, '/oauth2/revoke')
      : undefined;
    const revocationEndpoint = metadata.revocation_endpoint ?? cognito;
    if (!revocationEndpoint) return false;
    const withRevocation = new client.Configuration(
      { ...metadata, revocation_endpoint: revocationEndpoint },
      credentials.clientId,
      undefined,
      client.None(),
    );
    if (new URL(revocationEndpoint).protocol === 'http:') client.allowInsecureRequests(withRevocation);
    withRevocation.timeout = 10;
    await client.tokenRevocation(withRevocation, credentials.refreshToken, { token_type_hint: 'refresh_token' });
    return true;
  } catch {
    return false;
  }
}

export async function logoutCommand(args: string[], context: CommandContext): Promise<number> {
  const o = optionsOf(args, { api: { type: 'string' } });
  const api = apiUrl(o.api);
  const file = credentialsFile();
  const forgotten = await forgetCredentials(file, api);
  if (!forgotten) {
    context.stdout(`You were not signed in at ${api}.`);
    return 0;
  }
  const revoked = await revoke(forgotten);
  context.stdout(`Signed out at ${api}: your tokens are forgotten${revoked ? ' and the refresh token revoked' : ''}.`);
  return 0;
}
