import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { resolveSession } from '../../../functions/app/identity/session.js';
import { completeSignIn } from '../../../functions/app/identity/signIn.js';
import { claimsOf } from '../../../functions/domain/access.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { eventsOn, identityDeps, setOut, sha256, signedIn, watchSessions, type IdentityTestDeps } from './arrange.js';
import { PROVIDER } from './fakeProvider.js';

const INSPECTION_PAGE = '/inspections/north-east-2027-03-01?tab=alerts#open';
const LEAD = claimsOf(SIGNED_IN.lead);

/**
 * The callback is refused with a plain message, recorded as a failed sign-in with why (and who,
 * where the provider said), and no session is made.
 */
async function expectRefused(
  deps: IdentityTestDeps,
  callback: () => Promise<unknown>,
  expected: { detail: string | RegExp; person?: string },
) {
  const sessions = watchSessions(deps);
  const before = await eventsOn(deps);

  const refusal = await callback().then(
    () => undefined,
    (error: unknown) => error,
  );

  expect(refusal).toBeInstanceOf(RequestError);
  expect((refusal as Error).message).toMatch(/^You could not be signed in: .+\. Try again\.$/);
  expect(sessions).not.toHaveBeenCalled();
  const recorded = (await eventsOn(deps)).slice(before.length);
  expect(recorded).toEqual([
    {
      at: deps.clock.now().toISOString(),
      action: 'sign-in failed',
      detail: expected.detail instanceof RegExp ? expect.stringMatching(expected.detail) : expected.detail,
      ...(expected.person ? { person: expected.person } : {}),
    },
  ]);
}

describe('setting out to sign in', () => {
  it('sends the browser to the provider with a fresh state, nonce and PKCE verifier, the state also for a cookie', async () => {
    const deps = identityDeps();

    const first = await setOut(deps);
    const second = await setOut(deps);

    expect(first.url.startsWith(`${PROVIDER}/authorize?`)).toBe(true);
    expect(first).toMatchObject({ state: first.request.state, maxAgeSeconds: 600 });
    expect(first.request.redirectUri).toBe('http://localhost:3000/sign-in/callback');
    const secrets = [first, second].flatMap(({ request }) => [request.state, request.nonce, request.codeVerifier]);
    expect(new Set(secrets).size).toBe(6);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('brings the person back to the page they asked for', async () => {
    const deps = identityDeps();

    const done = await signedIn(deps, LEAD, INSPECTION_PAGE);

    expect(done.returnTo).toBe(INSPECTION_PAGE);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a path with a control character', '/inspections\u0000/x'],
    ['a path with a line break (header splitting)', '/x\r\nSet-Cookie: session=forged'],
    ['a path with a tab', '/\t/evil.example'],
    ['a relative path', 'inspections'],
    ['nothing usable', 42],
  ])('brings the person to the overview instead of %s', async (_what, returnTo) => {
    const deps = identityDeps();

    const done = await signedIn(deps, LEAD, returnTo);

    expect(done.returnTo).toBe('/');
  });
});

describe('coming back from the provider', () => {
  it('makes a session the store knows only by its id’s hash, and records who signed in', async () => {
    const deps = identityDeps();
    const writes = [
      vi.spyOn(deps.identity, 'createSession'),
      vi.spyOn(deps.identity, 'recordIdentityEvent'),
      vi.spyOn(deps.identity, 'updateSession'),
    ];

    const done = await signedIn(deps, LEAD, INSPECTION_PAGE);
    const active = await resolveSession(deps, done.sessionId);

    expect(done).toEqual({
      sessionId: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      returnTo: INSPECTION_PAGE,
      maxAgeSeconds: 8 * 3600,
    });
    const stored = await deps.identity.getSession(sha256(done.sessionId));
    expect(stored).toMatchObject({
      principal: SIGNED_IN.lead,
      createdAt: '2027-01-04T09:00:00.000Z',
      expiresAt: '2027-01-04T17:00:00.000Z',
      claimsUntil: '2027-01-04T10:00:00.000Z',
      idToken: deps.signIn.idTokens[0],
    });
    expect(active).toEqual({ principal: SIGNED_IN.lead, csrfToken: stored?.csrfToken });
    // Nothing written anywhere holds the cookie's id.
    for (const write of writes) expect(JSON.stringify(write.mock.calls)).not.toContain(done.sessionId);
    expect(await eventsOn(deps)).toEqual([
      { at: '2027-01-04T09:00:00.000Z', action: 'signed in', person: SIGNED_IN.lead.email },
    ]);
  });

  it('refuses a callback without the state cookie of the browser that set out', async () => {
    const deps = identityDeps();
    await setOut(deps);
    const callbackUrl = deps.signIn.signsIn(LEAD);

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl }), {
      detail: 'the sign-in did not start in this browser',
    });
    expect(deps.signIn.finishes).toEqual([]);
  });

  it('refuses a callback brought to another browser, and the browser that set out still signs in', async () => {
    const deps = identityDeps();
    const victim = await setOut(deps);
    const callbackUrl = deps.signIn.signsIn(LEAD);
    const elsewhere = await setOut(deps);

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: elsewhere.state }), {
      detail: 'the sign-in did not start in this browser',
    });
    const done = await completeSignIn(deps, { callbackUrl, stateCookie: victim.state });

    expect(await resolveSession(deps, done.sessionId)).toMatchObject({ principal: SIGNED_IN.lead });
  });

  it('refuses a replayed callback: the sign-in was used, and the provider is not asked again', async () => {
    const deps = identityDeps();
    const { state } = await setOut(deps);
    const callbackUrl = deps.signIn.signsIn(LEAD);
    await completeSignIn(deps, { callbackUrl, stateCookie: state });

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: state }), {
      detail: 'the sign-in has expired or was already used',
    });
    expect(deps.signIn.finishes).toHaveLength(1);
  });

  it('refuses a sign-in finished more than ten minutes after setting out', async () => {
    const deps = identityDeps();
    const { state } = await setOut(deps);
    deps.clock.advance(11 * 60);
    const callbackUrl = deps.signIn.signsIn(LEAD);

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: state }), {
      detail: 'the sign-in has expired or was already used',
    });
    expect(deps.signIn.finishes).toEqual([]);
  });

  it('accepts a sign-in finished within the ten minutes', async () => {
    const deps = identityDeps();
    const { state } = await setOut(deps);
    deps.clock.advance(9 * 60);
    const callbackUrl = deps.signIn.signsIn(LEAD);

    const done = await completeSignIn(deps, { callbackUrl, stateCookie: state });

    expect(await resolveSession(deps, done.sessionId)).toMatchObject({ principal: SIGNED_IN.lead });
  });

  it('refuses a code issued for another sign-in (its PKCE verifier and nonce differ)', async () => {
    const deps = identityDeps();
    const victim = await setOut(deps);
    // Someone else signs in as themselves and slips their code into the victim's callback.
    const attacker = await setOut(deps);
    const attackersCallback = deps.signIn.signsIn(claimsOf(SIGNED_IN.otherLead), { state: attacker.state });
    const code = new URL(attackersCallback).searchParams.get('code') ?? '';
    const callbackUrl = deps.signIn.signsIn(LEAD, { state: victim.state, code });

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: victim.state }), {
      detail: /PKCE verifier does not match/,
    });
    expect(deps.signIn.finishes).toMatchObject([
      { state: victim.request.state, nonce: victim.request.nonce, codeVerifier: victim.request.codeVerifier },
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no DIPP group', { ...LEAD, 'cognito:groups': ['finance', 'everyone'] }, 'no DIPP group among: finance, everyone'],
    ['no group at all', { ...LEAD, 'cognito:groups': undefined }, 'no DIPP group among: none'],
    ['an unverified email', { ...LEAD, email_verified: false }, 'the email address is not verified'],
    ['no word on the email', { ...LEAD, email_verified: undefined }, 'the email address is not verified'],
    [
      'a region user without a region',
      { ...claimsOf(regionUser('north-east')), 'custom:region': undefined },
      'a region user has no region',
    ],
  ])('refuses a person with %s, naming them in the record only by a verified email', async (_what, claims, detail) => {
    const deps = identityDeps();
    const { state } = await setOut(deps);
    const callbackUrl = deps.signIn.signsIn(claims);

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: state }), {
      detail,
      ...(claims.email_verified === true || claims.email_verified === 'true' ? { person: String(claims.email) } : {}),
    });
  });

  it('admits only the groups the configuration allows, and no power from a group it leaves out', async () => {
    const deps = identityDeps({ env: { DIPP_ALLOWED_GROUPS: 'lead-inspectors,regions' } });
    const { state } = await setOut(deps);
    const callbackUrl = deps.signIn.signsIn(claimsOf(SIGNED_IN.isa));

    await expectRefused(deps, () => completeSignIn(deps, { callbackUrl, stateCookie: state }), {
      detail: 'no DIPP group among: administrators',
      person: SIGNED_IN.isa.email,
    });
    const both = await signedIn(deps, { ...LEAD, 'cognito:groups': ['administrators', 'lead-inspectors'] });
    expect(await resolveSession(deps, both.sessionId)).toMatchObject({ principal: { role: 'lead' } });
  });
});
