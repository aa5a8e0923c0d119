import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { resolveSession, signOut } from '../../../functions/app/identity/session.js';
import { claimsOf } from '../../../functions/domain/access.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { eventsOn, identityDeps, sha256, signedIn, type IdentityTestDeps } from './arrange.js';
import { PROVIDER } from './fakeProvider.js';

const LEAD = claimsOf(SIGNED_IN.lead);
const MINUTE = 60;

/** The lead signed in at 09:00, their ID token good until 10:00. */
async function leadSignedIn(env: Record<string, string> = {}) {
  const deps = identityDeps({ env });
  const { sessionId } = await signedIn(deps, LEAD);
  return { deps, sessionId };
}

/** The session's end, as an auditor reads it. */
const expired = (at: string, detail?: string) => ({
  at,
  action: 'session expired',
  person: SIGNED_IN.lead.email,
  ...(detail ? { detail } : {}),
});

const stored = (deps: IdentityTestDeps, sessionId: string) => deps.identity.getSession(sha256(sessionId));

describe('the person behind a session cookie', () => {
  it.each([
    ['no cookie', undefined],
    ['an empty cookie', ''],
    ['a short one', 'abc'],
    ['one with characters a session id never has', `${'a'.repeat(42)}!`],
    ['one a character too long', 'a'.repeat(44)],
    ['a number', 42],
    ['a hash of an id rather than an id', 'f'.repeat(64)],
  ])('is nobody for %s, without a read of the store', async (_what, cookie) => {
    const { deps } = await leadSignedIn();
    const reads = vi.spyOn(deps.identity, 'getSession');

    expect(await resolveSession(deps, cookie)).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
  });

  it('is nobody for a well-formed id that names no session', async () => {
    const { deps } = await leadSignedIn();

    expect(await resolveSession(deps, randomBytes(32).toString('base64url'))).toBeUndefined();
    expect((await eventsOn(deps)).map((event) => event.action)).toEqual(['signed in']);
  });

  it('ends eight hours after sign-in even when used every minute, and records that', async () => {
    const { deps, sessionId } = await leadSignedIn();

    for (let minute = 1; minute < 8 * 60; minute += 1) {
      deps.clock.advance(MINUTE);
      expect(await resolveSession(deps, sessionId), `at ${deps.clock.now().toISOString()}`).toMatchObject({
        principal: SIGNED_IN.lead,
      });
    }
    deps.clock.advance(MINUTE);
    const at17 = await resolveSession(deps, sessionId);

    expect(at17).toBeUndefined();
    expect(await stored(deps, sessionId)).toBeUndefined();
    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    // Its ID token was renewed each hour meanwhile: refreshing never stretched the session.
    expect(deps.signIn.refreshes).toHaveLength(7);
    expect((await eventsOn(deps)).map((event) => event.action)).toEqual(['signed in', 'session expired']);
    expect((await eventsOn(deps)).at(-1)).toEqual(expired('2027-01-04T17:00:00.000Z'));
  });

  it('ends at the maximum the configuration sets', async () => {
    const { deps, sessionId } = await leadSignedIn({ DIPP_SESSION_MAX_HOURS: '2' });

    for (let used = 0; used < 3; used += 1) {
      deps.clock.advance(30 * MINUTE);
      expect(await resolveSession(deps, sessionId)).toBeDefined();
    }
    deps.clock.advance(29 * MINUTE + 59);
    expect(await resolveSession(deps, sessionId)).toBeDefined();
    deps.clock.advance(1);

    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    expect((await eventsOn(deps)).at(-1)).toEqual(expired('2027-01-04T11:00:00.000Z'));
  });

  it('ends after sixty minutes unused, without asking the provider to renew it', async () => {
    const { deps, sessionId } = await leadSignedIn();
    deps.clock.advance(59 * MINUTE);
    expect(await resolveSession(deps, sessionId)).toBeDefined();

    deps.clock.advance(60 * MINUTE);
    expect(await resolveSession(deps, sessionId)).toBeDefined();
    deps.clock.advance(60 * MINUTE + 1);
    const afterAnHourIdle = await resolveSession(deps, sessionId);

    expect(afterAnHourIdle).toBeUndefined();
    expect(await stored(deps, sessionId)).toBeUndefined();
    expect((await eventsOn(deps)).at(-1)).toEqual(expired('2027-01-04T11:59:01.000Z'));
    // Only the use at 10:59, past the ID token's hour, renewed the claims.
    expect(deps.signIn.refreshes).toHaveLength(1);
  });

  it('renews the claims once the ID token’s time is up: a lead moved to a region becomes a region user', async () => {
    const { deps, sessionId } = await leadSignedIn();
    const movedToRegion = claimsOf({ ...regionUser('north-east'), ...SIGNED_IN.lead, role: 'region' });
    deps.signIn.refreshWith(movedToRegion);

    deps.clock.advance(59 * MINUTE);
    const before = await resolveSession(deps, sessionId);
    deps.clock.advance(MINUTE);
    const after = await resolveSession(deps, sessionId);
    deps.clock.advance(5 * MINUTE);
    const later = await resolveSession(deps, sessionId);

    expect(before?.principal).toEqual(SIGNED_IN.lead);
    const asRegion = { ...SIGNED_IN.lead, role: 'region', regionId: 'north-east' };
    expect(after?.principal).toEqual(asRegion);
    expect(later?.principal).toEqual(asRegion);
    expect(after?.csrfToken).toBe(before?.csrfToken);
    // Renewed once, with the refresh token given at sign-in; the session keeps what came back.
    expect(deps.signIn.refreshes).toEqual(['refresh-token-1']);
    expect(await stored(deps, sessionId)).toMatchObject({
      principal: asRegion,
      claimsUntil: '2027-01-04T11:00:00.000Z',
      refreshToken: 'refresh-token-2',
      idToken: 'id-token-2',
      expiresAt: '2027-01-04T17:00:00.000Z',
    });
  });

  it('ends the session when the provider refuses to renew it', async () => {
    const { deps, sessionId } = await leadSignedIn();
    deps.signIn.refuseRefresh('invalid_grant: the refresh token has been revoked');
    deps.clock.advance(60 * MINUTE);

    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    expect(await stored(deps, sessionId)).toBeUndefined();
    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    expect(deps.signIn.refreshes).toHaveLength(1);
    expect((await eventsOn(deps)).at(-1)).toEqual(
      expired('2027-01-04T10:00:00.000Z', 'invalid_grant: the refresh token has been revoked'),
    );
  });

  it('ends the session when the renewed claims no longer name a DIPP group', async () => {
    const { deps, sessionId } = await leadSignedIn();
    deps.signIn.refreshWith({ ...LEAD, 'cognito:groups': ['former-staff'] });
    deps.clock.advance(60 * MINUTE);

    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    expect(await stored(deps, sessionId)).toBeUndefined();
    expect((await eventsOn(deps)).at(-1)).toEqual(
      expired('2027-01-04T10:00:00.000Z', 'no DIPP group among: former-staff'),
    );
  });
});

describe('signing out', () => {
  it('ends the session at once, records it, and sends the browser to the provider to end its own', async () => {
    const { deps, sessionId } = await leadSignedIn();
    deps.clock.advance(5 * MINUTE);

    const { next } = await signOut(deps, sessionId);

    expect(await resolveSession(deps, sessionId)).toBeUndefined();
    expect(await stored(deps, sessionId)).toBeUndefined();
    expect((await eventsOn(deps)).at(-1)).toEqual({
      at: '2027-01-04T09:05:00.000Z',
      action: 'signed out',
      person: SIGNED_IN.lead.email,
    });
    const url = new URL(next);
    expect(`${url.origin}${url.pathname}`).toBe(`${PROVIDER}/logout`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id_token_hint: 'id-token-1',
      post_logout_redirect_uri: 'http://localhost:3000/signed-out',
    });
  });

  it.each([
    ['a cookie that names no session', randomBytes(32).toString('base64url')],
    ['no cookie', undefined],
  ])(
    'with %s, still signs out at the provider (whose session may live on), recording nothing',
    async (_what, cookie) => {
      const { deps, sessionId } = await leadSignedIn();

      const { next } = await signOut(deps, cookie);

      const url = new URL(next);
      expect(`${url.origin}${url.pathname}`).toBe(`${PROVIDER}/logout`);
      expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/signed-out');
      expect(url.searchParams.has('id_token_hint')).toBe(false);
      expect((await eventsOn(deps)).map((event) => event.action)).toEqual(['signed in']);
      // Another person's session is not touched.
      expect(await resolveSession(deps, sessionId)).toBeDefined();
    },
  );
});
