import { createHash } from 'node:crypto';
import { describe, expect } from 'vitest';
import type { Principal } from '../../../functions/domain/access.js';
import { ConflictError } from '../../../functions/ports/errors.js';
import type {
  CalendarLink,
  IdentityEvent,
  SessionRecord,
  SignInAttempt,
} from '../../../functions/ports/identityRecords.js';
import type { Stores } from '../../../functions/ports/stores.js';
import { SIGNED_IN } from '../../support/principals.js';
import { defined, type ContractTest } from './helpers.js';

/** A 64-hex-digit hash, as the store keys sessions and calendar links (never by the secret itself). */
const hash = (seed: string) => createHash('sha256').update(seed).digest('hex');

const SIGNED_IN_AT = '2027-01-04T09:00:00.000Z';

/** A session as signing in makes it: eight hours at most, its claims good for an hour. */
const aSession = (seed = 'session-1', overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  idHash: hash(seed),
  principal: SIGNED_IN.lead,
  csrfToken: `csrf-${seed}`.padEnd(43, 'x'),
  createdAt: SIGNED_IN_AT,
  lastSeenAt: SIGNED_IN_AT,
  expiresAt: '2027-01-04T17:00:00.000Z',
  claimsUntil: '2027-01-04T10:00:00.000Z',
  refreshToken: `refresh-${seed}`,
  idToken: `id-token-${seed}`,
  ...overrides,
});

/** The same session, seen again at `at`. */
const seenAt = (session: SessionRecord, at: string): SessionRecord => ({ ...session, lastSeenAt: at });

/** A sign-in under way, for ten minutes. */
const anAttempt = (seed = 'attempt-1', overrides: Partial<SignInAttempt> = {}): SignInAttempt => ({
  state: `state-${seed}`.padEnd(43, 's'),
  codeVerifier: `verifier-${seed}`.padEnd(43, 'v'),
  nonce: `nonce-${seed}`.padEnd(43, 'n'),
  returnTo: '/inspections/north-east-2027-03-01',
  expiresAt: '2027-01-04T09:10:00.000Z',
  ...overrides,
});

const aLink = (principal: Principal, seed: string, createdAt = SIGNED_IN_AT): CalendarLink => ({
  secretHash: hash(seed),
  principal,
  createdAt,
});

const anEvent = (at: string, action: IdentityEvent['action'], person?: string): IdentityEvent => ({
  at,
  action,
  ...(person ? { person } : {}),
});

/** The links that work, of those with these secrets' seeds. */
async function working(stores: Stores, seeds: string[]): Promise<string[]> {
  const found = await Promise.all(
    seeds.map(async (seed) => [seed, await stores.identity.findCalendarLink(hash(seed))]),
  );
  return found.filter(([, link]) => link !== undefined).map(([seed]) => seed as string);
}

export function identityContract(it: ContractTest): void {
  describe('identity: sessions', () => {
    it('keeps a session by its id’s hash, and refuses to make one whose hash is taken', async ({ stores }) => {
      const session = aSession();
      await stores.identity.createSession(session);

      await expect(
        stores.identity.createSession(aSession('session-1', { principal: SIGNED_IN.otherLead })),
      ).rejects.toBeInstanceOf(ConflictError);

      expect(await stores.identity.getSession(session.idHash)).toEqual(session);
      expect(await stores.identity.getSession(hash('no-such-session'))).toBeUndefined();
    });

    it('keeps a session without the optional tokens, and hands out copies', async ({ stores }) => {
      const { refreshToken: _refresh, idToken: _id, ...bare } = aSession('no-tokens');
      await stores.identity.createSession(bare);

      const read = defined(await stores.identity.getSession(bare.idHash));
      read.principal.email = 'someone.else@officials.example';

      expect(await stores.identity.getSession(bare.idHash)).toEqual(bare);
      expect(Object.keys(read)).not.toContain('refreshToken');
    });

    it('replaces a session only from the last-seen time it was read at', async ({ stores }) => {
      const session = aSession();
      await stores.identity.createSession(session);
      const renewed = { ...seenAt(session, '2027-01-04T10:00:00.000Z'), claimsUntil: '2027-01-04T11:00:00.000Z' };

      await stores.identity.updateSession({ session: renewed, expectedLastSeenAt: SIGNED_IN_AT });
      // A second request that read the session before the first moved it on.
      await expect(
        stores.identity.updateSession({
          session: seenAt(session, '2027-01-04T10:00:30.000Z'),
          expectedLastSeenAt: SIGNED_IN_AT,
        }),
      ).rejects.toBeInstanceOf(ConflictError);

      expect(await stores.identity.getSession(session.idHash)).toEqual(renewed);
    });

    it('ends a session when deleted, and a late update does not bring it back', async ({ stores }) => {
      const session = aSession();
      const other = aSession('session-2');
      await stores.identity.createSession(session);
      await stores.identity.createSession(other);

      await stores.identity.deleteSession(session.idHash);
      await expect(
        stores.identity.updateSession({
          session: seenAt(session, '2027-01-04T09:05:00.000Z'),
          expectedLastSeenAt: SIGNED_IN_AT,
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      await stores.identity.deleteSession(session.idHash);
      await stores.identity.deleteSession(hash('no-such-session'));

      expect(await stores.identity.getSession(session.idHash)).toBeUndefined();
      expect(await stores.identity.getSession(other.idHash)).toEqual(other);
    });
  });

  describe('identity: sign-ins under way', () => {
    it('gives a sign-in attempt to its first taker only', async ({ stores }) => {
      const attempt = anAttempt();
      const other = anAttempt('attempt-2');
      await stores.identity.saveSignInAttempt(attempt);
      await stores.identity.saveSignInAttempt(other);

      const first = await stores.identity.takeSignInAttempt(attempt.state);
      const second = await stores.identity.takeSignInAttempt(attempt.state);

      expect(first).toEqual(attempt);
      expect(second).toBeUndefined();
      expect(await stores.identity.takeSignInAttempt(anAttempt('never-saved').state)).toBeUndefined();
      expect(await stores.identity.takeSignInAttempt(other.state)).toEqual(other);
    });

    it('gives an attempt to one of two callbacks arriving together', async ({ stores }) => {
      const attempt = anAttempt();
      await stores.identity.saveSignInAttempt(attempt);

      const taken = await Promise.all([
        stores.identity.takeSignInAttempt(attempt.state),
        stores.identity.takeSignInAttempt(attempt.state),
      ]);

      expect(taken.filter((one) => one !== undefined)).toEqual([attempt]);
    });

    it('refuses a second attempt with the same state, keeping the first', async ({ stores }) => {
      const attempt = anAttempt();
      await stores.identity.saveSignInAttempt(attempt);

      await expect(stores.identity.saveSignInAttempt({ ...attempt, returnTo: '/elsewhere' })).rejects.toBeInstanceOf(
        ConflictError,
      );

      expect(await stores.identity.takeSignInAttempt(attempt.state)).toEqual(attempt);
    });
  });

  describe('identity: calendar links', () => {
    it('finds a new link by its secret’s hash, and as the person’s current link', async ({ stores }) => {
      const link = aLink(SIGNED_IN.lead, 'secret-1');

      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email)).toBeUndefined();
      await stores.identity.replaceCalendarLink({ link });

      expect(await stores.identity.findCalendarLink(link.secretHash)).toEqual(link);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email)).toEqual(link);
      expect(await stores.identity.findCalendarLink(hash('a guess'))).toBeUndefined();
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.otherLead.email)).toBeUndefined();
    });

    it('stops the old link in the same write that makes the new one, and no one else’s', async ({ stores }) => {
      const others = aLink(SIGNED_IN.otherLead, 'others-secret');
      await stores.identity.replaceCalendarLink({ link: others });
      await stores.identity.replaceCalendarLink({ link: aLink(SIGNED_IN.lead, 'secret-1') });
      const second = aLink(SIGNED_IN.lead, 'secret-2', '2027-01-05T09:00:00.000Z');
      await stores.identity.replaceCalendarLink({ link: second });
      const third = aLink(SIGNED_IN.lead, 'secret-3', '2027-01-06T09:00:00.000Z');

      expect(await working(stores, ['secret-1', 'secret-2', 'others-secret'])).toEqual(['secret-2', 'others-secret']);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email)).toEqual(second);

      await stores.identity.replaceCalendarLink({ link: third });

      expect(await working(stores, ['secret-1', 'secret-2', 'secret-3', 'others-secret'])).toEqual([
        'secret-3',
        'others-secret',
      ]);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email)).toEqual(third);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.otherLead.email)).toEqual(others);
    });

    it('knows the person by their email whatever its case', async ({ stores }) => {
      await stores.identity.replaceCalendarLink({ link: aLink(SIGNED_IN.lead, 'secret-1') });
      const shouted = { ...SIGNED_IN.lead, email: SIGNED_IN.lead.email.toUpperCase() };
      const second = aLink(shouted, 'secret-2');

      await stores.identity.replaceCalendarLink({ link: second });

      expect(await working(stores, ['secret-1', 'secret-2'])).toEqual(['secret-2']);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email)).toEqual(second);
      expect(await stores.identity.calendarLinkOf(SIGNED_IN.lead.email.toUpperCase())).toEqual(second);
    });

    it('leaves one link working when two resets race (the other refused as a conflict, or replaced)', async ({
      stores,
    }) => {
      await stores.identity.replaceCalendarLink({ link: aLink(SIGNED_IN.lead, 'secret-1') });

      const outcomes = await Promise.allSettled([
        stores.identity.replaceCalendarLink({ link: aLink(SIGNED_IN.lead, 'secret-2') }),
        stores.identity.replaceCalendarLink({ link: aLink(SIGNED_IN.lead, 'secret-3') }),
      ]);

      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConflictError);
      }
      const works = await working(stores, ['secret-1', 'secret-2', 'secret-3']);
      expect(works).toHaveLength(1);
      expect((await stores.identity.calendarLinkOf(SIGNED_IN.lead.email))?.secretHash).toBe(hash(works[0] ?? ''));
    });
  });

  describe('identity: what happened', () => {
    it('lists a day’s events (UTC) in time order, each day on its own', async ({ stores }) => {
      const lead = SIGNED_IN.lead.email;
      const events = [
        anEvent('2027-01-04T10:00:00.000Z', 'signed out', lead),
        anEvent('2027-01-04T09:00:00.000Z', 'signed in', lead),
        anEvent('2027-01-05T00:00:00.000Z', 'sign-in failed'),
        anEvent('2027-01-04T23:59:59.999Z', 'session expired', lead),
        anEvent('2027-01-03T23:59:59.999Z', 'calendar link reset', lead),
        anEvent('2027-01-04T09:30:00.000Z', 'sign-in failed', 'mallory@elsewhere.example'),
      ];
      for (const event of events) await stores.identity.recordIdentityEvent(event);

      expect(await stores.identity.identityEvents('2027-01-04')).toEqual([events[1], events[5], events[0], events[3]]);
      expect(await stores.identity.identityEvents('2027-01-03')).toEqual([events[4]]);
      expect(await stores.identity.identityEvents('2027-01-05')).toEqual([events[2]]);
      expect(await stores.identity.identityEvents('2027-01-06')).toEqual([]);
    });

    it('keeps every event, even two of the same instant and kind', async ({ stores }) => {
      const at = '2027-01-04T09:00:00.000Z';
      const failures = [
        { ...anEvent(at, 'sign-in failed'), detail: 'the sign-in did not start in this browser' },
        { ...anEvent(at, 'sign-in failed'), detail: 'the sign-in has expired or was already used' },
      ];
      for (const event of failures) await stores.identity.recordIdentityEvent(event);
      await stores.identity.recordIdentityEvent(failures[0] as IdentityEvent);

      const listed = await stores.identity.identityEvents('2027-01-04');

      // Events of one instant come in no promised order.
      expect(listed).toHaveLength(3);
      expect(listed).toEqual(expect.arrayContaining([...failures, failures[0]]));
    });
  });
}
