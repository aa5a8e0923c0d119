import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, milestoneUid } from '../../functions/domain/calendarFile.js';
import { planInspection, type InspectionPlan } from '../../functions/domain/planner.js';

function plan(region: string, fieldworkStart: string): InspectionPlan {
  const result = planInspection({ region, fieldworkStart });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Parses the file as a calendar application would, with Mozilla's iCalendar parser. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const now = new Date('2026-11-22T10:00:00Z');

describe('the iCalendar file of a plan', () => {
  const wales = plan('Wales', '2027-03-15');

  it('holds one event per milestone, on the milestone’s date', () => {
    const parsed = events(calendarFile(wales, { inspectionId: 'wales-2027', now }));

    expect(parsed).toHaveLength(wales.milestones.length);
    const publication = parsed.find((event) => event.uid === milestoneUid('wales-2027', 'publication'));
    expect(publication?.startDate.toString()).toBe('2027-05-28');
    expect(publication?.startDate.isDate).toBe(true);
    expect(publication?.summary).toBe('DIPP Wales: Report published');
  });

  it('books the planning meeting at its UK local time, correct for the clock change', () => {
    // Tuesday 2 March 2027 10:00 GMT; and Tuesday 7 April 2026 10:00 BST is 09:00 UTC.
    const winter = events(calendarFile(wales, { inspectionId: 'w', now })).find((e) => e.uid.startsWith('w.planning'));
    const summer = events(calendarFile(plan('London', '2026-04-20'), { inspectionId: 's', now })).find((e) =>
      e.uid.startsWith('s.planningMeeting'),
    );

    expect(winter?.startDate.toJSDate().toISOString()).toBe('2027-03-02T10:00:00.000Z');
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2026-04-07T09:00:00.000Z');
    expect(summer?.duration.toSeconds()).toBe(3600);
  });

  it('keeps UIDs stable across exports so re-importing updates rather than duplicates', () => {
    const first = events(calendarFile(wales, { inspectionId: 'wales-2027', now })).map((e) => e.uid);
    const later = events(calendarFile(wales, { inspectionId: 'wales-2027', now: new Date('2027-01-01T00:00:00Z') }));

    expect(later.map((e) => e.uid)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('carries a sequence number so Outlook replaces older copies, and the time it was made', () => {
    const ics = calendarFile(wales, { inspectionId: 'x', now, sequence: 3 });
    const first = events(ics)[0];

    expect(first?.sequence).toBe(3);
    expect(first?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T10:00:00Z');
  });

  it('ends lines with CRLF and says warnings in the description', () => {
    const ics = calendarFile(wales, { inspectionId: 'x', now });
    const weekTwo = events(ics).find((e) => e.uid === 'x.fieldworkWeek2Start@dipp.hmiprobation');

    expect(ics.split('\r\n').length).toBeGreaterThan(100);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(weekTwo?.description).toContain('Warning: Fieldwork week two');
  });
});
