import ICAL from 'ical.js';
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { NotFoundError } from '../../../functions/app/errors.js';
import {
  calendarBySecret,
  calendarLinkStatus,
  resetCalendarLink,
} from '../../../functions/app/identity/calendarLink.js';
import { personCalendar } from '../../../functions/app/queries/calendars.js';
import type { Principal } from '../../../functions/domain/access.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { individualAlert, planInspection } from '../arrange.js';
import { eventsOn, identityDeps, sha256, type IdentityTestDeps } from './arrange.js';

const NORTH_EAST = 'north-east-2027-03-01';
const WALES = 'wales-2027-03-08';
const ALERT = individualAlert(NORTH_EAST);

/**
 * Two inspections with different leads: the North East's, led by PEOPLE.lead, with an alert about
 * one of its cases; and Wales's, led by another lead.
 */
async function twoInspections() {
  const deps = identityDeps();
  await planInspection(deps);
  await planInspection(deps, {
    region: 'Wales',
    fieldworkStart: '2027-03-08',
    people: {
      ...PEOPLE,
      lead: { name: SIGNED_IN.otherLead.name, email: SIGNED_IN.otherLead.email },
      deputyLead: { name: 'Dai Deputy', email: 'other.deputy@officials.example' },
    },
  });
  // Raised in the first week of fieldwork (alerts come from fieldwork); the links are made before.
  const planned = deps.clock.now().toISOString();
  deps.clock.set('2027-03-02T14:00:00Z');
  await raiseAlert(deps, SIGNED_IN.inspector, ALERT);
  deps.clock.set(planned);
  return deps;
}

/** The secret in a calendar link. */
function secretOf(url: string): string {
  const match = /^http:\/\/localhost:3000\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url);
  if (!match?.[1]) throw new Error(`not a calendar link: ${url}`);
  return match[1];
}

/** A person makes their link and gives it to their calendar application: its secret. */
async function linkOf(deps: IdentityTestDeps, who: Principal): Promise<string> {
  return secretOf((await resetCalendarLink(deps, who)).url);
}

/** The inspections a feed's events belong to, as a calendar application reads it. */
function inspectionsIn(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const uids = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).uid);
  return [...new Set(uids.map((uid) => uid.slice(0, uid.indexOf('.'))))];
}

describe('a calendar subscription link', () => {
  it('shows only its owner’s inspections, as they see them signed in, and no case data', async () => {
    const deps = await twoInspections();
    const leads = await linkOf(deps, SIGNED_IN.lead);
    const others = await linkOf(deps, SIGNED_IN.otherLead);

    const leadsFeed = await calendarBySecret(deps, leads);
    const othersFeed = await calendarBySecret(deps, others);

    expect(leadsFeed.contentType).toBe('text/calendar; charset=utf-8');
    expect(inspectionsIn(leadsFeed.body)).toEqual([NORTH_EAST]);
    expect(inspectionsIn(othersFeed.body)).toEqual([WALES]);
    expect(leadsFeed).toEqual(await personCalendar(deps, SIGNED_IN.lead, { email: SIGNED_IN.lead.email }));
    const unfolded = leadsFeed.body.replace(/\r?\n[ \t]/g, '');
    for (const caseData of [ALERT.caseReference, ALERT.whatMightHappen, ALERT.actionRequested, ALERT.howSerious]) {
      expect(unfolded).not.toContain(caseData);
    }
  });

  it('is kept only as its secret’s hash', async () => {
    const deps = await twoInspections();

    const secret = await linkOf(deps, SIGNED_IN.lead);

    const kept = await deps.identity.calendarLinkOf(SIGNED_IN.lead.email);
    expect(kept).toMatchObject({ secretHash: sha256(secret), principal: SIGNED_IN.lead });
    expect(JSON.stringify(kept)).not.toContain(secret);
    expect(await calendarLinkStatus(deps, SIGNED_IN.lead)).toEqual({ createdAt: '2027-01-04T09:00:00.000Z' });
  });

  it('stops working at once when reset, the new one working, and the reset recorded', async () => {
    const deps = await twoInspections();
    const old = await linkOf(deps, SIGNED_IN.lead);
    const others = await linkOf(deps, SIGNED_IN.otherLead);
    deps.clock.advance(3600);

    const renewed = await linkOf(deps, SIGNED_IN.lead);

    await expect(calendarBySecret(deps, old)).rejects.toThrow(NotFoundError);
    expect(inspectionsIn((await calendarBySecret(deps, renewed)).body)).toEqual([NORTH_EAST]);
    expect(inspectionsIn((await calendarBySecret(deps, others)).body)).toEqual([WALES]);
    expect(await calendarLinkStatus(deps, SIGNED_IN.lead)).toEqual({ createdAt: '2027-01-04T10:00:00.000Z' });
    expect(await eventsOn(deps)).toEqual([
      { at: '2027-01-04T09:00:00.000Z', action: 'calendar link reset', person: SIGNED_IN.lead.email },
      { at: '2027-01-04T09:00:00.000Z', action: 'calendar link reset', person: SIGNED_IN.otherLead.email },
      { at: '2027-01-04T10:00:00.000Z', action: 'calendar link reset', person: SIGNED_IN.lead.email },
    ]);
  });

  it('shows nothing for a guessed secret', async () => {
    const deps = await twoInspections();
    await linkOf(deps, SIGNED_IN.lead);
    const reads = vi.spyOn(deps.timeline, 'listInspections');

    await expect(calendarBySecret(deps, randomBytes(32).toString('base64url'))).rejects.toThrow(NotFoundError);
    expect(reads).not.toHaveBeenCalled();
  });

  it.each([
    ['an empty one', ''],
    ['one too short', 'abc'],
    ['one too long', 'a'.repeat(44)],
    ['a path', '../../etc/passwd'],
    ['one with the file extension', `${'a'.repeat(43)}.ics`],
    ['a hash rather than a secret', 'f'.repeat(64)],
    ['none at all', undefined],
  ])('shows nothing for a malformed secret (%s), without a read of the store', async (_what, secret) => {
    const deps = await twoInspections();
    await linkOf(deps, SIGNED_IN.lead);
    const lookups = vi.spyOn(deps.identity, 'findCalendarLink');
    const reads = vi.spyOn(deps.timeline, 'listInspections');

    await expect(calendarBySecret(deps, secret)).rejects.toThrow(NotFoundError);
    expect(lookups).not.toHaveBeenCalled();
    expect(reads).not.toHaveBeenCalled();
  });
});
