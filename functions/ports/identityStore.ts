import type { CalendarLink, IdentityEvent, SessionRecord, SignInAttempt } from './identityRecords.js';

/**
 * Who is signed in, and how people get in: sessions, sign-ins under way, calendar subscription
 * links, and the record of what happened. Expired records are removed by the table's TTL, which
 * runs late (and not at all on a simulated clock): the use cases check every expiry themselves.
 */
export interface IdentityStore {
  createSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | undefined>;
  /** Replaces the session if it is still as `expected` said (ConflictError otherwise). */
  updateSession(input: { session: SessionRecord; expectedLastSeenAt: string }): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  saveSignInAttempt(attempt: SignInAttempt): Promise<void>;
  /** Takes a sign-in attempt out of the store: the first caller gets it, any other nothing. */
  takeSignInAttempt(state: string): Promise<SignInAttempt | undefined>;

  /** Gives the person a new calendar link: the old one (if any) stops working in the same write. */
  replaceCalendarLink(input: { link: CalendarLink }): Promise<void>;
  findCalendarLink(secretHash: string): Promise<CalendarLink | undefined>;
  /** The person's current link's hash, if they have one (by their email). */
  calendarLinkOf(email: string): Promise<CalendarLink | undefined>;

  recordIdentityEvent(event: IdentityEvent): Promise<void>;
  identityEvents(day: string): Promise<IdentityEvent[]>;
}
