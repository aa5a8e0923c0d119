import { createHash } from 'node:crypto';
import { vi } from 'vitest';
import { completeSignIn, beginSignIn } from '../../../functions/app/identity/signIn.js';
import { claimsOf } from '../../../functions/domain/access.js';
import type { IdentityEvent } from '../../../functions/ports/identityRecords.js';
import { memoryDeps, type MemoryDeps, type MemoryDepsOptions } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { FakeSignInProvider } from './fakeProvider.js';

/**
 * Arranging the identity use cases' tests: the in-memory deps (the clock at Monday 4 January
 * 2027, 09:00) with the fake provider, and a person signed in through the use cases themselves.
 */

export type IdentityTestDeps = MemoryDeps & { signIn: FakeSignInProvider };

export function identityDeps(options: MemoryDepsOptions = {}): IdentityTestDeps {
  const deps = memoryDeps(options);
  return { ...deps, signIn: new FakeSignInProvider(deps.clock) };
}

/** The SHA-256 of a secret, in hex, worked out here rather than by the code under test. */
export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The day's identity events (by default the day the clock starts on) as an auditor reads them. */
export async function eventsOn(deps: IdentityTestDeps, day = '2027-01-04'): Promise<IdentityEvent[]> {
  return deps.identity.identityEvents(day);
}

/** Sets out to sign in from a browser: what it keeps in its state cookie, and the provider's request. */
export async function setOut(deps: IdentityTestDeps, returnTo?: unknown) {
  const begun = await beginSignIn(deps, returnTo === undefined ? {} : { returnTo });
  const request = deps.signIn.requests.at(-1);
  if (!request) throw new Error('the provider was not asked to sign anyone in');
  return { ...begun, request };
}

/** Someone signs in, start to finish, with the claims the provider vouches for (the lead's by default). */
export async function signedIn(deps: IdentityTestDeps, claims = claimsOf(SIGNED_IN.lead), returnTo?: unknown) {
  const { state } = await setOut(deps, returnTo);
  const callbackUrl = deps.signIn.signsIn(claims);
  return completeSignIn(deps, { callbackUrl, stateCookie: state });
}

/** Watches whether any session is made from now on. */
export const watchSessions = (deps: IdentityTestDeps) => vi.spyOn(deps.identity, 'createSession');
