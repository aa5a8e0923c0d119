import { principalFromClaims } from '../../domain/access.js';
import { english, said, type Said } from '../../domain/messages/said.js';
import { SignInRefused } from '../../ports/signInProvider.js';
import { logger } from '../../shared/logger.js';
import { RequestError } from '../errors.js';
import { hashOf, newSecret, safeReturnTo, type IdentityDeps } from './identityDeps.js';

/** How long a sign-in may take, from leaving for the provider to coming back. */
const ATTEMPT_SECONDS = 10 * 60;

const callbackOf = (deps: IdentityDeps) => `${deps.config.baseUrl}/sign-in/callback`;

/**
 * A person without a session sets out to sign in:
 * 1. a state, a nonce and a PKCE verifier are made and kept (ten minutes, usable once), with the
 *    page to come back to (a path on this site only);
 * 2. the browser is sent to the provider with the state, the nonce and the verifier's challenge
 *    (and, after a session of ours ended, asking the provider to sign the person in again, so an
 *    unattended browser is not let back in by the provider's own session).
 * The state also goes in a cookie, so a callback started in another browser is refused.
 */
export async function beginSignIn(deps: IdentityDeps, input: { returnTo?: unknown; reauthenticate?: boolean }) {
  const now = deps.clock.now();
  const attempt = {
    state: newSecret(),
    nonce: newSecret(),
    codeVerifier: newSecret(),
    returnTo: safeReturnTo(input.returnTo),
    expiresAt: new Date(now.getTime() + ATTEMPT_SECONDS * 1000).toISOString(),
  };
  await deps.identity.saveSignInAttempt(attempt);
  const url = await deps.signIn.authorizationUrl({
    redirectUri: callbackOf(deps),
    ...attempt,
    ...(input.reauthenticate ? { reauthenticate: true } : {}),
  });
  return { url, state: attempt.state, maxAgeSeconds: ATTEMPT_SECONDS };
}

/**
 * The provider sends the browser back:
 * 1. the state must be the one this browser set out with, and a sign-in still under way (each is
 *    taken once: a replayed callback finds nothing);
 * 2. the code is exchanged with the PKCE verifier, and the ID token checked (signature, issuer,
 *    audience, expiry, nonce);
 * 3. the claims must name a group that may use the service (and a region for a region user);
 * 4. a session is made: a random id for the cookie (the store keeps its hash), a CSRF token, an
 *    end at most `sessionMaxSeconds` away.
 * Every refusal is recorded (who, if known, and why; never a token) and said plainly.
 */
export async function completeSignIn(deps: IdentityDeps, input: { callbackUrl: string; stateCookie?: string }) {
  const now = deps.clock.now();
  // The provider's own reasons come in its words (English); ours by catalogue.
  const failed = async (why: string | Said, person?: string): Promise<never> => {
    const reason = typeof why === 'string' ? why : english(why);
    await deps.identity.recordIdentityEvent({
      at: now.toISOString(),
      action: 'sign-in failed',
      ...(person ? { person } : {}),
      detail: reason.slice(0, 500),
    });
    logger.warn('sign-in refused', { reason });
    throw new RequestError(said('access.signInFailed', { reason: why }));
  };
  const state = new URL(input.callbackUrl).searchParams.get('state') ?? '';
  if (!state || state !== input.stateCookie) return failed(said('access.signInElsewhere'));
  const attempt = await deps.identity.takeSignInAttempt(state);
  if (!attempt || new Date(attempt.expiresAt) < now) return failed(said('access.signInExpired'));
  let signed;
  try {
    signed = await deps.signIn.finish({
      callbackUrl: input.callbackUrl,
      redirectUri: callbackOf(deps),
      state: attempt.state,
      nonce: attempt.nonce,
      codeVerifier: attempt.codeVerifier,
    });
  } catch (error) {
    if (error instanceof SignInRefused) return failed(error.message);
    throw error;
  }
  const who = principalFromClaims(signed.claims, deps.config.signIn.allowedGroups);
  // Name the person in the record only by an address the provider has verified.
  const verified = signed.claims.email_verified === true || signed.claims.email_verified === 'true';
  const email = verified && typeof signed.claims.email === 'string' ? signed.claims.email : undefined;
  if (!who.ok) return failed(who.said, email);
  const sessionId = newSecret();
  const { sessionMaxSeconds } = deps.config.signIn;
  await deps.identity.createSession({
    idHash: hashOf(sessionId),
    principal: who.principal,
    csrfToken: newSecret(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionMaxSeconds * 1000).toISOString(),
    claimsUntil: signed.expiresAt.toISOString(),
    ...(signed.refreshToken ? { refreshToken: signed.refreshToken } : {}),
    idToken: signed.idToken,
  });
  await deps.identity.recordIdentityEvent({ at: now.toISOString(), action: 'signed in', person: who.principal.email });
  logger.info('signed in', { role: who.principal.role });
  return { sessionId, returnTo: attempt.returnTo, maxAgeSeconds: sessionMaxSeconds };
}
