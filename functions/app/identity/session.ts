import { principalFromClaims, type Principal } from '../../domain/access.js';
import { ConflictError } from '../../ports/errors.js';
import type { SessionRecord } from '../../ports/identityRecords.js';
import { SignInRefused } from '../../ports/signInProvider.js';
import { hashOf, isSecret, type IdentityDeps } from './identityDeps.js';

/** Writes of "last seen" are spared for requests this close together. */
const TOUCH_AFTER_MS = 60_000;

export interface ActiveSession {
  principal: Principal;
  csrfToken: string;
}

/**
 * The person behind a session cookie, or nobody:
 * 1. a cookie that is not one of ours, or names no session, is nobody;
 * 2. a session past its end (`sessionMaxSeconds` after sign-in) or unused for `sessionIdleSeconds`
 *    is ended and recorded;
 * 3. claims past their token's expiry are renewed with the refresh token where the provider gave
 *    one (a person removed from their group loses access then); a refused refresh ends the session;
 * 4. "last seen" moves on (at most once a minute).
 */
export async function resolveSession(deps: IdentityDeps, sessionId: unknown): Promise<ActiveSession | undefined> {
  if (!isSecret(sessionId)) return undefined;
  const idHash = hashOf(sessionId);
  const session = await deps.identity.getSession(idHash);
  if (!session) return undefined;
  const now = deps.clock.now();
  const idleSince = now.getTime() - new Date(session.lastSeenAt).getTime();
  if (now >= new Date(session.expiresAt) || idleSince > deps.config.signIn.sessionIdleSeconds * 1000) {
    return end(deps, session, 'session expired');
  }
  let next: SessionRecord = session;
  if (now >= new Date(session.claimsUntil) && session.refreshToken) {
    try {
      const fresh = await deps.signIn.refresh(session.refreshToken);
      const who = principalFromClaims(fresh.claims, deps.config.signIn.allowedGroups);
      if (!who.ok) return end(deps, session, 'session expired', who.message);
      next = {
        ...session,
        principal: who.principal,
        claimsUntil: fresh.expiresAt.toISOString(),
        idToken: fresh.idToken,
        ...(fresh.refreshToken ? { refreshToken: fresh.refreshToken } : {}),
      };
    } catch (error) {
      if (error instanceof SignInRefused) return end(deps, session, 'session expired', error.message);
      throw error;
    }
  }
  if (next !== session || idleSince > TOUCH_AFTER_MS) {
    try {
      await deps.identity.updateSession({
        session: { ...next, lastSeenAt: now.toISOString() },
        expectedLastSeenAt: session.lastSeenAt,
      });
    } catch (error) {
      // Another request of the same person moved it on first: theirs stands.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return { principal: next.principal, csrfToken: next.csrfToken };
}

async function end(
  deps: IdentityDeps,
  session: SessionRecord,
  action: 'session expired' | 'signed out',
  detail?: string,
): Promise<undefined> {
  await deps.identity.deleteSession(session.idHash);
  await deps.identity.recordIdentityEvent({
    at: deps.clock.now().toISOString(),
    action,
    person: session.principal.email,
    ...(detail ? { detail: detail.slice(0, 500) } : {}),
  });
  return undefined;
}

/**
 * Signing out: the session is deleted (the cookie no longer works, whatever the browser keeps) and
 * recorded, and the browser is sent to the provider to end its session too, then back here.
 */
export async function signOut(deps: IdentityDeps, sessionId: unknown): Promise<{ next: string }> {
  const postLogout = `${deps.config.baseUrl}/signed-out`;
  const session = isSecret(sessionId) ? await deps.identity.getSession(hashOf(sessionId)) : undefined;
  if (session) await end(deps, session, 'signed out');
  // Even with our session already ended, the provider's may live on: end it too.
  const provider = await deps.signIn.signOutUrl({
    ...(session?.idToken ? { idToken: session.idToken } : {}),
    postLogoutRedirectUri: postLogout,
  });
  return { next: provider ?? postLogout };
}
