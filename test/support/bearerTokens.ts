import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import * as client from 'openid-client';
import { HttpBrowser, signInForm } from './httpBrowser.js';

/**
 * Bearer tokens for the API, as the command line gets them (the authorization code flow with PKCE
 * for the native client `dipp-cli`, the person chosen on the provider's sign-in page), and tokens
 * made by hand: signed with a key the test makes (given to the embedded provider before it starts,
 * so its tokens and the test's are signed alike), with another key, or not at all.
 */
export const CLI_CLIENT_ID = 'dipp-cli';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public key as a JWK (for the HMAC key-confusion attempt). */
  publicJwk: Record<string, unknown>;
}

export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const publicJwk = (await exportJWK(publicKey)) as Record<string, unknown>;
  return { kid: await calculateJwkThumbprint(publicJwk), privateKey, publicJwk };
}

/** Writes `key` where the embedded provider reads its signing key (as it writes its own: 0600). */
export async function giveProviderKey(keysDir: string, key: SigningKey): Promise<void> {
  const jwk = await exportJWK(key.privateKey);
  const keys = { keys: [{ ...jwk, kid: key.kid, alg: 'RS256', use: 'sig' }] };
  await writeFile(join(keysDir, 'signing-keys.json'), `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
}

/** Signs claims as they stand (no claim added or moved), with the given header. */
export function signed(
  claims: JWTPayload,
  key: CryptoKey | Uint8Array,
  header: { alg: string; kid?: string } = { alg: 'RS256' },
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ typ: 'JWT', ...header }).sign(key);
}

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`), written by hand: jose will not make one. */
export const unsigned = (claims: JWTPayload) => `${segment({ alg: 'none', typ: 'JWT' })}.${segment(claims)}.`;

/** A token with its payload replaced, keeping its header and its signature. */
export function withPayload(token: string, claims: JWTPayload): string {
  const [header, , signature] = token.split('.');
  return `${header}.${segment(claims)}.${signature}`;
}

/** The token with one character of its payload changed (to another base64url character). */
export function withOneCharacterChanged(token: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const at = Math.floor(payload.length / 2);
  const was = payload[at] as string;
  const now = was === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, at)}${now}${payload.slice(at + 1)}.${signature}`;
}

export const claimsOfToken = (token: string): JWTPayload =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;

/**
 * Signs in as `email` for the command line: the provider's sign-in page is answered by a cookie
 * browser, the browser stops where the provider sends it back (nothing need listen there), and the
 * code is exchanged with the PKCE verifier. Answers the ID token.
 */
export async function cliIdToken(issuer: string, email: string, redirectPort = 53_801): Promise<string> {
  const config = await client.discovery(new URL(issuer), CLI_CLIENT_ID, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const redirectUri = `http://127.0.0.1:${redirectPort}/callback`;
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const browser = new HttpBrowser();
  const page = await browser.follow(url);
  const form = signInForm(page.body);
  if (!form.action) throw new Error(`no sign-in page at the provider: ${page.response.status}`);
  const back = await browser.follow(new URL(form.action, page.response.url), {
    form: { person: email },
    stopAt: redirectUri,
  });
  if (!back.location?.startsWith(redirectUri)) throw new Error(`not sent back: ${back.response.status}`);
  const tokens = await client.authorizationCodeGrant(config, new URL(back.location), {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  if (!tokens.id_token) throw new Error('the provider gave no ID token');
  return tokens.id_token;
}
