import { describe, expect, it } from 'vitest';
import { undoProblem } from '../../functions/domain/completionRules.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { dateRequestProblems, workingMondayOnOrAfter } from '../../functions/domain/dateChange.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { SIGNED_IN } from '../support/principals.js';

const calendar = englandAndWalesCalendar();
const today = asLocalDate('2027-02-22');

describe('dates a person types for a change', () => {
  it('accepts today and later, and leaves dates that are not dates to the planner', () => {
    expect(dateRequestProblems({ fieldworkStart: '2027-03-08' }, { today, calendar })).toEqual([]);
    expect(dateRequestProblems({ milestoneDates: { evidenceDeadline: '2027-02-22' } }, { today, calendar })).toEqual(
      [],
    );
    expect(dateRequestProblems({ fieldworkStart: '2027-02-31' }, { today, calendar })).toEqual([]);
  });

  it('refuses the past for the fieldwork start and for a milestone', () => {
    expect(
      dateRequestProblems(
        { fieldworkStart: '2026-03-08', milestoneDates: { evidenceDeadline: '2027-02-19' } },
        { today, calendar },
      ).map((e) => e.field),
    ).toEqual(['fieldworkStart', 'milestoneDates.evidenceDeadline']);
  });

  it('offers only the working Monday after a bank holiday when the one before has passed', () => {
    // Easter Monday 2027 is 29 March; on 25 March the Monday before (22 March) has passed.
    const [problem] = dateRequestProblems(
      { fieldworkStart: '2027-03-29' },
      { today: asLocalDate('2027-03-25'), calendar },
    );

    expect(problem?.message).toBe(
      'is a bank holiday (Easter Monday); fieldwork starts on a working Monday: Monday 5 April 2027',
    );
  });

  it('finds the first working Monday, stepping over bank-holiday Mondays', () => {
    // Tuesday 25 May 2027: the next Monday, 31 May, is the spring bank holiday.
    expect(workingMondayOnOrAfter(calendar, asLocalDate('2027-05-25'))).toBe('2027-06-07');
    expect(workingMondayOnOrAfter(calendar, asLocalDate('2027-03-08'))).toBe('2027-03-08');
  });
});

describe('who may undo a record, and until when', () => {
  const made = { byId: SIGNED_IN.lead.email, recordedAt: '2027-02-22T10:00:00Z' };

  it('lets its maker and an administrator undo it the same UK day', () => {
    expect(undoProblem(made, SIGNED_IN.lead, new Date('2027-02-22T23:59:00Z'))).toBeUndefined();
    expect(undoProblem(made, SIGNED_IN.isa, new Date('2027-02-22T18:00:00Z'))).toBeUndefined();
  });

  it('refuses anyone else, and the next day', () => {
    expect(undoProblem(made, SIGNED_IN.deputyLead, new Date('2027-02-22T12:00:00Z'))).toMatch(/person who recorded it/);
    expect(undoProblem(made, SIGNED_IN.headOfProgramme, new Date('2027-02-22T12:00:00Z'))).toMatch(/administrator/);
    expect(undoProblem(made, SIGNED_IN.lead, new Date('2027-02-23T00:00:00Z'))).toMatch(/on the day it was recorded/);
  });
});
