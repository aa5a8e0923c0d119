import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import {
  scheduleInterviews,
  type CaseToSchedule,
  type Inspector,
} from '../../../functions/domain/caseSample/interviewSchedule.js';
import { asLocalDate, type LocalDate } from '../../../functions/domain/localDate.js';

const calendar = englandAndWalesCalendar();
const RUNS = { numRuns: 300, seed: Date.now() ^ Math.floor(Math.random() * 0x100000000) };
const DAY_MS = 86_400_000;
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const day = (base: string, offset: number) =>
  asLocalDate(new Date(Date.parse(`${base}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10));

const monday = fc
  .integer({ min: 0, max: 52 * 4 })
  .map((week) => asLocalDate(new Date(FIRST_MONDAY + week * 7 * DAY_MS).toISOString().slice(0, 10)));
const team = fc.integer({ min: 0, max: 5 }).map((count) =>
  Array.from({ length: count }, (_, index): Inspector => ({
    name: `Inspector ${index}`,
    email: `inspector${index}@inspections.example`,
    role: index === 0 ? 'lead-inspector' : 'assistant-inspector',
  })),
);
const input = fc.record({
  fieldworkStart: monday,
  inspectors: team,
  cases: fc.array(fc.record({ away: fc.subarray([0, 1, 2, 3, 4]) }), { maxLength: 50 }),
});

function casesFor(fieldworkStart: LocalDate, cases: { away: number[] }[]): CaseToSchedule[] {
  return cases.map((item, index) => ({
    crn: `X${String(index).padStart(6, '0')}`,
    practitionerKey: `staff:${index}`,
    practitionerName: `Practitioner ${index}`,
    unavailable: item.away.map((offset) => day(fieldworkStart, offset)),
  }));
}

describe('the provisional interview schedule', () => {
  it('never double-books, never uses a bank holiday, the briefing or a day the practitioner is away, and explains every case it cannot place', () => {
    fc.assert(
      fc.property(input, ({ fieldworkStart, inspectors, cases }) => {
        const toSchedule = casesFor(fieldworkStart, cases);
        const schedule = scheduleInterviews({ fieldworkStart, cases: toSchedule, inspectors, calendar });
        const byCrn = new Map(toSchedule.map((item) => [item.crn, item]));
        const slots = new Set<string>();
        const perDay = new Map<string, number>();
        const firstWorkingDay = [0, 1, 2, 3, 4]
          .map((offset) => day(fieldworkStart, offset))
          .find((date) => calendar.isWorkingDay(date));
        for (const interview of schedule.interviews) {
          const key = `${interview.inspector}|${interview.date}|${interview.start}`;
          expect(slots.has(key)).toBe(false);
          slots.add(key);
          const load = (perDay.get(`${interview.inspector}|${interview.date}`) ?? 0) + 1;
          perDay.set(`${interview.inspector}|${interview.date}`, load);
          expect(load).toBeLessThanOrEqual(2);
          expect(calendar.isWorkingDay(interview.date)).toBe(true);
          const offset =
            (Date.parse(`${interview.date}T00:00:00Z`) - Date.parse(`${fieldworkStart}T00:00:00Z`)) / DAY_MS;
          expect(offset >= 0 && offset <= 4).toBe(true);
          // The briefing runs 09:30 to 10:45 on the first day of fieldwork.
          if (interview.date === firstWorkingDay) expect(interview.start >= '10:45').toBe(true);
          expect(byCrn.get(interview.crn)?.unavailable).not.toContain(interview.date);
        }
        const accounted = [...schedule.interviews.map((i) => i.crn), ...schedule.unplaced.map((u) => u.crn)].sort();
        expect(accounted).toEqual(toSchedule.map((item) => item.crn).sort());
        for (const unplaced of schedule.unplaced) expect(unplaced.why.length).toBeGreaterThan(20);
      }),
      RUNS,
    );
  });

  it('places every case when the team has room and every practitioner is free', () => {
    fc.assert(
      fc.property(monday, fc.integer({ min: 1, max: 5 }), (fieldworkStart, size) => {
        const inspectors = Array.from({ length: size }, (_, index): Inspector => ({
          name: `I${index}`,
          email: `i${index}@x.example`,
          role: 'assistant-inspector',
        }));
        const days = [0, 1, 2, 3, 4].filter((offset) => calendar.isWorkingDay(day(fieldworkStart, offset))).length;
        const cases = casesFor(
          fieldworkStart,
          Array.from({ length: size * 2 * days }, () => ({ away: [] })),
        );
        const schedule = scheduleInterviews({ fieldworkStart, cases, inspectors, calendar });
        expect(schedule.unplaced).toEqual([]);
        expect(schedule.interviews).toHaveLength(cases.length);
      }),
      RUNS,
    );
  });

  it('skips a bank holiday Monday, and says why a practitioner away all week cannot be placed', () => {
    // Late May bank holiday 2027: Monday 31 May. Week one runs Tuesday to Friday.
    const fieldworkStart = asLocalDate('2027-05-31');
    const inspectors: Inspector[] = [{ name: 'Lee Lead', email: 'lee@inspections.example', role: 'lead-inspector' }];
    const cases: CaseToSchedule[] = [
      { crn: 'A000001', practitionerKey: 'staff:1', practitionerName: 'Pat Practitioner', unavailable: [] },
      {
        crn: 'A000002',
        practitionerKey: 'staff:2',
        practitionerName: 'Sam Away',
        unavailable: ['2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04'].map(asLocalDate),
      },
    ];
    const schedule = scheduleInterviews({ fieldworkStart, cases, inspectors, calendar });
    expect(schedule.days).toEqual(['2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04']);
    // The briefing is on the first working day, Tuesday: the first interview follows it.
    expect(schedule.interviews).toEqual([
      { crn: 'A000001', inspector: 'lee@inspections.example', date: '2027-06-01', start: '11:30' },
    ]);
    expect(schedule.unplaced).toMatchObject([
      {
        crn: 'A000002',
        why: 'Sam Away is away on every working day of week one (Tuesday 1 June 2027, Wednesday 2 June 2027, Thursday 3 June 2027, Friday 4 June 2027): name a substitute, or inspect the case as a file-read',
      },
    ]);
  });
});
