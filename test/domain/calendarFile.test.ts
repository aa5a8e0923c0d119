import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, milestonesCalendar, milestoneUid } from '../../functions/domain/calendarFile.js';
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

/** Each physical line of the file (CRLF-terminated) as its UTF-8 octets. */
function octetLines(ics: string): Buffer[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf('\r\n', 0); at !== -1; at = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, at));
    start = at + 2;
  }
  expect(start).toBe(bytes.length); // the file ends with CRLF
  return lines;
}

describe('the iCalendar file with commas, semicolons and non-ASCII names (RFC 5545)', () => {
  // Strict is ical.js's default; set here so the tests do not depend on that default.
  ICAL.design.strict = true;

  const wales = plan('Wales', '2027-03-15');
  const region = 'Gogledd Cymru, Ynys Môn; Powys';
  const title = 'Adroddiad Dŵr a Thŷ, wedi’i gyhoeddi; gŵyl 🏴󠁧󠁢󠁷󠁬󠁳󠁿 a 👩🏽‍⚖️ yng Nghaerdydd, Abertawe a Wrecsam';
  const warning = 'Mae’r dyddiad yn ŵyl banc; symudwch ef, os gwelwch yn dda';
  const milestone = { ...(wales.milestones[0] as (typeof wales.milestones)[number]), title, warnings: [warning] };
  const ics = milestonesCalendar(`DIPP ${region}`, [{ inspectionId: 'cymru-2027', region, milestone }], { now });
  const [parsed] = events(ics);

  it('folds every line at 75 octets or fewer, continuing with a space, never inside a UTF-8 character', () => {
    const lines = octetLines(ics);

    expect(lines.some((line) => line[0] === 0x20)).toBe(true); // the long lines were folded
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(line[0]).not.toBe(0x09); // continuations start with a space, not a tab
      // A line cut inside a character is not valid UTF-8 on its own.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
    }
  });

  it('gives back the summary and description exactly', () => {
    expect(parsed?.summary).toBe(`DIPP ${region}: ${title}`);
    expect(parsed?.description).toContain(`${title}.`);
    expect(parsed?.description).toContain(`Warning: ${warning}.`);
  });

  it('keeps each category one value, commas and semicolons and all', () => {
    const categories = parsed?.component.getFirstProperty('categories')?.getValues();

    expect(categories).toEqual(['DIPP', region, milestone.phase]);
    expect(ics).toContain('CATEGORIES:DIPP,Gogledd Cymru\\, Ynys Môn\\; Powys,');
  });

  it('writes the calendar’s name as escaped text', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // ical.js reads an X- property raw; RFC 5545 §3.8.8.2 makes its default value type TEXT.
    const name = String(calendar.getFirstPropertyValue('x-wr-calname'));

    expect(name).toBe('DIPP Gogledd Cymru\\, Ynys Môn\\; Powys');
    expect(ICAL.design.icalendar.value.text?.fromICAL?.(name)).toBe(`DIPP ${region}`);
  });

  it('keeps "Kent, Surrey and Sussex" one category in a plan’s file', () => {
    const kent = events(calendarFile(plan('Kent, Surrey and Sussex', '2027-03-15'), { inspectionId: 'kss', now }));

    for (const event of kent) {
      expect(event.component.getFirstProperty('categories')?.getValues()).toEqual([
        'DIPP',
        'Kent, Surrey and Sussex',
        expect.any(String),
      ]);
      expect(event.summary.startsWith('DIPP Kent, Surrey and Sussex: ')).toBe(true);
    }
  });
});
