import { ConflictError } from '../../../functions/ports/errors.js';
import {
  calendarLinkSchema,
  identityEventSchema,
  sessionRecordSchema,
  signInAttemptSchema,
  type CalendarLink,
  type IdentityEvent,
  type SessionRecord,
  type SignInAttempt,
} from '../../../functions/ports/identityRecords.js';
import type { IdentityStore } from '../../../functions/ports/identityStore.js';

/** Sessions, sign-ins under way, calendar links and identity events, in memory, copied in and out. */
export class MemoryIdentityStore implements IdentityStore {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly attempts = new Map<string, SignInAttempt>();
  private readonly links = new Map<string, CalendarLink>();
  private readonly linkOf = new Map<string, string>();
  private readonly events: IdentityEvent[] = [];

  async createSession(session: SessionRecord): Promise<void> {
    if (this.sessions.has(session.idHash)) throw new ConflictError('the session exists');
    this.sessions.set(session.idHash, sessionRecordSchema.parse(structuredClone(session)));
  }

  async getSession(idHash: string): Promise<SessionRecord | undefined> {
    const session = this.sessions.get(idHash);
    return session && structuredClone(session);
  }

  async updateSession({ session, expectedLastSeenAt }: { session: SessionRecord; expectedLastSeenAt: string }) {
    if (this.sessions.get(session.idHash)?.lastSeenAt !== expectedLastSeenAt) {
      throw new ConflictError('the session changed before this write');
    }
    this.sessions.set(session.idHash, sessionRecordSchema.parse(structuredClone(session)));
  }

  async deleteSession(idHash: string): Promise<void> {
    this.sessions.delete(idHash);
  }

  async saveSignInAttempt(attempt: SignInAttempt): Promise<void> {
    if (this.attempts.has(attempt.state)) throw new ConflictError('the sign-in attempt exists');
    this.attempts.set(attempt.state, signInAttemptSchema.parse(structuredClone(attempt)));
  }

  async takeSignInAttempt(state: string): Promise<SignInAttempt | undefined> {
    const attempt = this.attempts.get(state);
    this.attempts.delete(state);
    return attempt;
  }

  async replaceCalendarLink({ link }: { link: CalendarLink }): Promise<void> {
    const email = link.principal.email.toLowerCase();
    const old = this.linkOf.get(email);
    if (old) this.links.delete(old);
    this.links.set(link.secretHash, calendarLinkSchema.parse(structuredClone(link)));
    this.linkOf.set(email, link.secretHash);
  }

  async findCalendarLink(secretHash: string): Promise<CalendarLink | undefined> {
    const link = this.links.get(secretHash);
    return link && structuredClone(link);
  }

  async calendarLinkOf(email: string): Promise<CalendarLink | undefined> {
    const hash = this.linkOf.get(email.toLowerCase());
    return hash ? this.findCalendarLink(hash) : undefined;
  }

  async recordIdentityEvent(event: IdentityEvent): Promise<void> {
    this.events.push(identityEventSchema.parse(structuredClone(event)));
  }

  async identityEvents(day: string): Promise<IdentityEvent[]> {
    return this.events
      .filter((event) => event.at.startsWith(day))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((event) => structuredClone(event));
  }
}
