import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { MILESTONE_IDS } from '../../../functions/domain/milestones.js';
import { NOTICE_AUDIENCE, NOTICE_KINDS } from '../../../functions/domain/notices/catalogue.js';
import {
  isAnnounced,
  mayGoBeforeAnnouncement,
  noticesForChange,
  wasAskedFor,
  type DateChange,
} from '../../../functions/domain/notices/whoIsTold.js';
import { DEFAULT_WORKING_HOURS } from '../../../functions/domain/workingHours.js';

const calendar = englandAndWalesCalendar();
const REGION_ROLES = ['rpd', 'spoc'];
const MOVE: DateChange[] = [
  { milestoneId: 'fieldworkWeek1Start', from: asLocalDate('2027-03-01'), to: asLocalDate('2027-03-15') },
];
/** Wednesday 3 February 2027, 11:00 GMT: within working hours. */
const WORKING = new Date('2027-02-03T11:00:00Z');

const change = (announced: boolean, now = WORKING, changes = MOVE) =>
  noticesForChange({ announced, changes, now, calendar, workingHours: DEFAULT_WORKING_HOURS });

describe('who is emailed what when dates change (noticesForChange)', () => {
  it('tells the region nothing before the announcement: only the inspectorate hears', () => {
    const notices = change(false);

    expect(notices).toEqual([
      {
        notice: 'dates-changed-internal',
        to: ['lead'],
        cc: ['deputyLead', 'isa', 'headOfProgramme'],
        attachCalendar: true,
        at: WORKING.toISOString(),
      },
    ]);
    for (const notice of notices) {
      expect([...notice.to, ...notice.cc].some((role) => REGION_ROLES.includes(role))).toBe(false);
      expect(NOTICE_AUDIENCE[notice.notice]).toBe('inspectorate');
    }
  });

  it('tells the RPD and SPOC once the inspection is announced, copying the inspectorate', () => {
    expect(change(true)).toEqual([
      {
        notice: 'dates-changed',
        to: ['rpd', 'spoc'],
        cc: ['lead', 'deputyLead', 'isa', 'headOfProgramme'],
        attachCalendar: true,
        at: WORKING.toISOString(),
      },
    ]);
  });

  it('tells nobody of a change that moves no date', () => {
    expect(change(true, WORKING, [])).toEqual([]);
    expect(change(false, WORKING, [])).toEqual([]);
  });

  it.each([
    ['at 18:30 on a Wednesday', '2027-02-03T18:30:00Z', '2027-02-04T09:00:00.000Z'],
    ['at 07:00 on a Wednesday', '2027-02-03T07:00:00Z', '2027-02-03T09:00:00.000Z'],
    ['on a Saturday', '2027-02-06T11:00:00Z', '2027-02-08T09:00:00.000Z'],
    // Thursday 25 March 2027 at 20:00: Good Friday, the weekend (clocks go forward), Easter Monday.
    ['before Easter, across the clock change', '2027-03-25T20:00:00Z', '2027-03-30T08:00:00.000Z'],
  ])('waits for 09:00 on the next working day when the change is made %s', (_when, now, at) => {
    for (const announced of [true, false]) expect(change(announced, new Date(now))[0]?.at).toBe(at);
  });
});

describe('nothing reaches the region before its announcement', () => {
  it('lets only the announcement itself and the inspectorate’s own notices go before it', () => {
    for (const kind of NOTICE_KINDS) {
      expect(mayGoBeforeAnnouncement(kind), kind).toBe(
        kind === 'announcement' || NOTICE_AUDIENCE[kind] === 'inspectorate',
      );
    }
    expect(mayGoBeforeAnnouncement('dates-changed')).toBe(false);
    expect(mayGoBeforeAnnouncement('org-structure-request')).toBe(false);
  });

  it('counts the inspection announced once its announcement is met, late or not, and not when waived', () => {
    const milestones = (status: 'pending' | 'met' | 'met-late' | 'waived') =>
      MILESTONE_IDS.map((id) => ({ id, status: id === 'announcement' ? status : ('pending' as const) }));

    expect(isAnnounced(milestones('pending'))).toBe(false);
    expect(isAnnounced(milestones('met'))).toBe(true);
    expect(isAnnounced(milestones('met-late'))).toBe(true);
    expect(isAnnounced(milestones('waived'))).toBe(false);
  });
});

describe('what the region was asked for', () => {
  const milestones = (sent: 'pending' | 'met' | 'met-late') =>
    MILESTONE_IDS.map((id) => ({
      id,
      status: id === 'announcement' ? ('met' as const) : id === 'factualAccuracySent' ? sent : ('pending' as const),
    }));

  it('asks for factual-accuracy comments only once the draft report is recorded as sent', () => {
    expect(wasAskedFor('factualAccuracyDue', milestones('pending'))).toBe(false);
    expect(wasAskedFor('factualAccuracyDue', milestones('met'))).toBe(true);
    expect(wasAskedFor('factualAccuracyDue', milestones('met-late'))).toBe(true);
    expect(wasAskedFor('evidenceDeadline', milestones('pending'))).toBe(true);
  });
});
