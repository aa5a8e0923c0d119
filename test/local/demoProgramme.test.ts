import { describe, expect, it } from 'vitest';
import { demoProgramme } from '../../functions/local/demo.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { isoWeekday } from '../../functions/domain/localDate.js';

describe('the demonstration’s programme', () => {
  // npm run bench simulates 1,000 inspections: two of a region on the same Monday would be refused
  // as the same inspection, and the bench would stop at the first bank-holiday Monday.
  it('gives each region one inspection a week at most, on a working Monday, for 1,000 inspections', () => {
    const calendar = englandAndWalesCalendar();
    const programme = demoProgramme(1_000);
    const starts = programme.map(({ region, fieldworkStart }) => `${region} ${fieldworkStart}`);
    expect(new Set(starts).size).toBe(1_000);
    for (const { fieldworkStart } of programme) {
      expect(isoWeekday(fieldworkStart)).toBe(1);
      expect(calendar.isWorkingDay(fieldworkStart)).toBe(true);
    }
  });
});
