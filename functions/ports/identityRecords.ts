import * as z from 'zod/mini';
import { principalSchema } from '../domain/access.js';

/** What the identity store keeps: sessions, sign-ins under way, calendar links, and what happened. No tokens in logs. */

const isoInstant = z.iso.datetime({ offset: true });

/**
 * A signed-in person's session. Its id is known only to the browser's cookie; the store keys it by
 * the id's hash, so a read of the table gives no one a session.
 */
export const sessionRecordSchema = z.object({
  idHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  principal: principalSchema,
  /** The synchronizer token every form of this session carries. */
  csrfToken: z.string().check(z.minLength(32)),
  createdAt: isoInstant,
  lastSeenAt: isoInstant,
  /** The session ends then, whatever happens (at most 8 hours after sign-in by default). */
  expiresAt: isoInstant,
  /** When the identity token expires: past it, the refresh token renews the person's claims. */
  claimsUntil: isoInstant,
  refreshToken: z.optional(z.string()),
  /** Sent back to the provider on sign-out, so it ends its own session too. */
  idToken: z.optional(z.string()),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** A sign-in under way: what the callback must match, kept until it comes back (once). */
export const signInAttemptSchema = z.object({
  state: z.string().check(z.minLength(32)),
  codeVerifier: z.string().check(z.minLength(43)),
  nonce: z.string().check(z.minLength(32)),
  /** Where to go afterwards: a path on this site. */
  returnTo: z.string(),
  expiresAt: isoInstant,
});
export type SignInAttempt = z.infer<typeof signInAttemptSchema>;

/** A person's calendar subscription link, known by its secret's hash. */
export const calendarLinkSchema = z.object({
  secretHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  principal: principalSchema,
  createdAt: isoInstant,
});
export type CalendarLink = z.infer<typeof calendarLinkSchema>;

/** Sign-in, sign-out, a failed sign-in, a calendar link reset: who and when, never a token. */
export const identityEventSchema = z.object({
  at: isoInstant,
  action: z.enum(['signed in', 'signed out', 'sign-in failed', 'calendar link reset', 'session expired']),
  /** The person's email where known. */
  person: z.optional(z.string()),
  detail: z.optional(z.string().check(z.maxLength(500))),
});
export type IdentityEvent = z.infer<typeof identityEventSchema>;
