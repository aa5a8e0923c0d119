import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JWTPayload } from 'jose';
import type { AlertRecord } from '../../functions/ports/records.js';
import {
  claimsOfToken,
  cliIdToken,
  CLI_CLIENT_ID,
  giveProviderKey,
  newSigningKey,
  signed,
  unsigned,
  withOneCharacterChanged,
  withPayload,
  type SigningKey,
} from '../support/bearerTokens.js';
import { NORTH_EAST, startSignInStack, WALES, WHO, type SignInStack } from '../support/signInStack.js';

/**
 * The API's bearer tokens (issue 13), checked by the local server as API Gateway's JWT authorizer
 * checks them: real ID tokens from the embedded provider (the command line's sign-in), and tokens
 * forged every way a caller might. The provider signs with a key this test made, so a token the test
 * signs with it differs from a real one only in what the case changes. A refused token gets 401 and
 * changes nothing: the alerts are read from the store after.
 */

let world: SignInStack;
let trusted: SigningKey;
let stranger: SigningKey;
let adminToken: string;
let walesRegionToken: string;

beforeAll(async () => {
  trusted = await newSigningKey();
  stranger = await newSigningKey();
  world = await startSignInStack({ port: 3800, prepareKeys: (keysDir) => giveProviderKey(keysDir, trusted) });
  adminToken = await cliIdToken(world.server.issuer, WHO.admin);
  walesRegionToken = await cliIdToken(world.server.issuer, WHO.walesRegion, 53_802);
}, 120_000);

afterAll(async () => world?.stop());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { value?: unknown; message?: string };
}

async function api(
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; authorization?: string; body?: unknown } = {},
): Promise<Answer> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(`${world.server.url}${path}`, {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(options.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(text) as Answer['json'])
    : {};
  return { status: response.status, headers: response.headers, text, json };
}

const raise = (inspectionId: string, caseReference: string) => ({
  inspectionId,
  type: 'individual',
  category: 'risk-to-person-on-probation',
  caseReference,
  whatMightHappen: 'Self-harm is likely without an urgent review',
  howSerious: 'Life-threatening',
  howImminent: 'Within days',
  actionRequested: 'Review the case and the risk management plan today',
});

const alertsOf = async (inspectionId: string): Promise<AlertRecord[]> =>
  world.stack.deps.alerts.listAlerts(inspectionId);

const now = () => Math.floor(Date.now() / 1000);

/** The real admin token's claims, issued now: what a forgery changes is the only thing wrong. */
function adminClaims(changes: JWTPayload = {}, without: string[] = []): JWTPayload {
  const claims: JWTPayload = { ...claimsOfToken(adminToken), iat: now(), exp: now() + 600, ...changes };
  return Object.fromEntries(Object.entries(claims).filter(([name]) => !without.includes(name)));
}

const byTrusted = (claims: JWTPayload) => signed(claims, trusted.privateKey, { alg: 'RS256', kid: trusted.kid });

describe('a valid ID token from the provider', () => {
  it('is the command line’s (dipp-cli), signed with the provider’s key, and the API takes it', async () => {
    const header = JSON.parse(Buffer.from(adminToken.split('.')[0] as string, 'base64url').toString()) as {
      kid?: string;
      alg?: string;
    };
    expect(header).toMatchObject({ alg: 'RS256', kid: trusted.kid });
    expect(claimsOfToken(adminToken)).toMatchObject({
      iss: world.server.issuer,
      aud: CLI_CLIENT_ID,
      email: WHO.admin,
      'cognito:groups': ['administrators'],
    });
    const listed = await api('GET', '/api/inspections', { token: adminToken });
    expect(listed.status, listed.text).toBe(200);
    expect((listed.json.value as { id: string }[]).map((row) => row.id).sort()).toEqual([NORTH_EAST, WALES]);
    expect((await api('GET', `/api/inspections/${WALES}`, { token: adminToken })).status).toBe(200);
  });

  it('a token the test signs with the same key, as the provider would, is taken too (the forgeries below are fair)', async () => {
    const answer = await api('GET', '/api/inspections', { token: await byTrusted(adminClaims()) });
    expect(answer.status, answer.text).toBe(200);
  });

  it('a region user’s token sees their own region’s inspection, and gets 403 for the other region’s', async () => {
    expect(claimsOfToken(walesRegionToken)).toMatchObject({ 'custom:region': 'wales', 'cognito:groups': ['regions'] });
    const listed = await api('GET', '/api/inspections', { token: walesRegionToken });
    expect((listed.json.value as { id: string }[]).map((row) => row.id)).toEqual([WALES]);
    expect((await api('GET', `/api/inspections/${WALES}`, { token: walesRegionToken })).status).toBe(200);

    const before = await alertsOf(NORTH_EAST);
    for (const path of [`/api/inspections/${NORTH_EAST}`, `/api/inspections/${NORTH_EAST}/notices`]) {
      const other = await api('GET', path, { token: walesRegionToken });
      expect(other.status, path).toBe(403);
      expect(other.text).not.toContain('Olu Other');
      expect(other.text).not.toContain('spoc@north-east.example');
    }
    const raised = await api('POST', '/api/alerts', {
      token: walesRegionToken,
      body: raise(NORTH_EAST, 'NE-2055-0099'),
    });
    expect(raised.status).toBe(403);
    expect(await alertsOf(NORTH_EAST)).toEqual(before);
  });
});

describe('a call without a valid token is refused (401) and changes nothing', () => {
  const refusals: [label: string, authorization: () => Promise<string | undefined>, reason: RegExp][] = [
    ['no Authorization header', async () => undefined, /no bearer token/],
    ['"Bearer" and nothing after it', async () => 'Bearer ', /no bearer token/],
    ['a Basic credential', async () => `Basic ${Buffer.from(`${WHO.admin}:secret`).toString('base64')}`, /no bearer/],
    ['a token that is not a JWT', async () => 'Bearer not-a-token', /ERR_JWS_INVALID|ERR_JWT_INVALID/],
    [
      'an expired token (signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({ iat: now() - 3_720, exp: now() - 120 }))}`,
      /ERR_JWT_EXPIRED/,
    ],
    [
      'a token from another issuer (signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({ iss: 'https://evil.example' }))}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    ],
    [
      'a token whose issuer has a trailing slash (signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({ iss: `${world.server.issuer}/` }))}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    ],
    [
      'a token for another audience (signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({ aud: 'someone-else' }))}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    ],
    [
      'a token for no audience (signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({}, ['aud']))}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    ],
    [
      'a token not valid yet (nbf in an hour, signed with the provider’s key)',
      async () => `Bearer ${await byTrusted(adminClaims({ nbf: now() + 3_600 }))}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    ],
    [
      'an expired token signed with a key the test made',
      async () =>
        `Bearer ${await signed(adminClaims({ exp: now() - 120 }), stranger.privateKey, { alg: 'RS256', kid: stranger.kid })}`,
      /ERR_JWKS_NO_MATCHING_KEY/,
    ],
    [
      'a token from another issuer signed with a key the test made',
      async () =>
        `Bearer ${await signed(adminClaims({ iss: 'https://evil.example' }), stranger.privateKey, { alg: 'RS256', kid: stranger.kid })}`,
      /ERR_JWKS_NO_MATCHING_KEY/,
    ],
    [
      'a token for another audience signed with a key the test made',
      async () =>
        `Bearer ${await signed(adminClaims({ aud: 'someone-else' }), stranger.privateKey, { alg: 'RS256', kid: stranger.kid })}`,
      /ERR_JWKS_NO_MATCHING_KEY/,
    ],
    [
      'a good token signed by another key that claims the provider’s key id (tampered)',
      async () => `Bearer ${await signed(adminClaims(), stranger.privateKey, { alg: 'RS256', kid: trusted.kid })}`,
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
    ],
    [
      'a good token signed by another key with no key id',
      async () => `Bearer ${await signed(adminClaims(), stranger.privateKey, { alg: 'RS256' })}`,
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
    ],
    ['an unsigned token (alg: none)', async () => `Bearer ${unsigned(adminClaims())}`, /ERR_JOSE_ALG_NOT_ALLOWED/],
    [
      'an HMAC token keyed with the provider’s public key (key confusion)',
      async () =>
        `Bearer ${await signed(adminClaims(), new TextEncoder().encode(JSON.stringify(trusted.publicJwk)), {
          alg: 'HS256',
          kid: trusted.kid,
        })}`,
      /ERR_JOSE_ALG_NOT_ALLOWED/,
    ],
    [
      'a real token with one character of its payload changed',
      async () => `Bearer ${withOneCharacterChanged(adminToken)}`,
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED|ERR_JWT_INVALID|ERR_JWS_INVALID/,
    ],
    [
      'a region user’s real token made an administrator’s (payload replaced, signature kept)',
      async () =>
        `Bearer ${withPayload(walesRegionToken, { ...claimsOfToken(walesRegionToken), 'cognito:groups': ['administrators'] })}`,
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
    ],
    [
      'a real token with its signature removed',
      async () => `Bearer ${adminToken.replace(/[^.]+$/, '')}`,
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED|ERR_JWS_INVALID/,
    ],
  ];

  it.each(refusals)('%s', async (_label, authorization, reason) => {
    const header = await authorization();
    const walesBefore = await alertsOf(WALES);
    const northEastBefore = await alertsOf(NORTH_EAST);

    const read = await api('GET', `/api/inspections/${WALES}`, header ? { authorization: header } : {});
    expect(read.status).toBe(401);
    expect(read.headers.get('www-authenticate')).toBe('Bearer');
    expect(read.json.message).toMatch(/^sign in first: /);
    expect(read.json.message).toMatch(reason);
    expect(read.text).not.toContain('Lee Inspector');
    expect(read.json.value).toBeUndefined();

    const listed = await api('GET', '/api/inspections', header ? { authorization: header } : {});
    expect(listed.status).toBe(401);

    const raised = await api('POST', '/api/alerts', {
      ...(header ? { authorization: header } : {}),
      body: raise(WALES, 'W-2055-0401'),
    });
    expect(raised.status).toBe(401);
    expect(raised.json.message).toMatch(reason);
    expect(await alertsOf(WALES)).toEqual(walesBefore);
    expect(await alertsOf(NORTH_EAST)).toEqual(northEastBefore);
  });

  it('a token anywhere but the Authorization header is not read', async () => {
    const before = await alertsOf(WALES);
    const response = await fetch(`${world.server.url}/api/alerts?access_token=${adminToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `id_token=${adminToken}` },
      body: JSON.stringify(raise(WALES, 'W-2055-0402')),
    });
    expect(response.status).toBe(401);
    expect(await alertsOf(WALES)).toEqual(before);
  });

  it('the same call with the valid token raises the alert (the refusals are not vacuous)', async () => {
    const before = await alertsOf(WALES);
    // Before fieldwork only the lead raises an alert, saying why it cannot wait (issue 18).
    const leadToken = await cliIdToken(world.server.issuer, WHO.walesLead, 53_803);
    const raised = await api('POST', '/api/alerts', {
      token: leadToken,
      body: { ...raise(WALES, 'W-2055-0401'), beforeFieldworkReason: 'Found while preparing: it cannot wait' },
    });
    expect(raised.status, raised.text).toBe(200);
    const after = await alertsOf(WALES);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((alert) => alert.caseReference === 'W-2055-0401')).toBeDefined();
  });
});

/**
 * API Gateway's JWT authorizer also requires a `kid` that names a key of the issuer, an `exp` after
 * now and an `iat` before now (docs: "Control access to HTTP APIs with JWT authorizers"). jose's
 * jwtVerify alone takes such tokens; the local check (functions/adapters/jwtVerifier.ts) asks for
 * all three, so the local server refuses what AWS refuses. Each token here is signed with the
 * provider's own key: only the one missing or wrong claim refuses it.
 */
describe('what API Gateway’s authorizer asks beyond a signature: a key id, an expiry, an issue time in the past', () => {
  const refusedLikeApiGateway = async (token: string) => {
    const answer = await api('GET', `/api/inspections/${WALES}`, { token });
    expect(answer.status, answer.text.slice(0, 120)).toBe(401);
  };

  it('a token with no expiry (no exp) is refused', async () => {
    await refusedLikeApiGateway(await byTrusted(adminClaims({}, ['exp'])));
  });

  it('a token issued in the future (iat a day ahead) is refused', async () => {
    await refusedLikeApiGateway(await byTrusted(adminClaims({ iat: now() + 86_400, exp: now() + 90_000 })));
  });

  it('a token with no key id (no kid) in its header is refused', async () => {
    await refusedLikeApiGateway(await signed(adminClaims(), trusted.privateKey, { alg: 'RS256' }));
  });
});
