import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { addDays, asLocalDate } from '../../functions/domain/localDate.js';
import { bankHolidaysByYear, FIRST_YEAR, LAST_YEAR } from '../support/bankHolidaysTable.js';

// The functions carry a table generated from date-holidays rather than the library itself: the two
// must agree for every year a date may be in. When date-holidays learns a new one-off holiday,
// regenerate the table: npx tsx test/support/bankHolidaysTable.ts
describe('the bank holidays of England and Wales', () => {
  const calendar = englandAndWalesCalendar();

  it('are exactly those date-holidays computes, name for name, for every year a date may be in', () => {
    const differences: string[] = [];
    for (const [year, days] of Object.entries(bankHolidaysByYear())) {
      const expected = new Map(days.map(([day, name]) => [`${year}-${day}`, name]));
      for (let date = asLocalDate(`${year}-01-01`); date.startsWith(year); date = addDays(date, 1)) {
        const found = calendar.bankHoliday(date);
        if (found !== expected.get(date))
          differences.push(`${date}: ${found ?? 'none'}, expected ${expected.get(date) ?? 'none'}`);
      }
    }
    expect(differences, 'regenerate with npx tsx test/support/bankHolidaysTable.ts').toEqual([]);
  });

  it('include the one-off holidays: the Platinum Jubilee, the Queen’s funeral and the Coronation', () => {
    expect(calendar.bankHoliday(asLocalDate('2022-06-03'))).toBe('Queen’s Platinum Jubilee');
    expect(calendar.bankHoliday(asLocalDate('2022-09-19'))).toBe("Queen Elizabeth's Funeral Day");
    expect(calendar.bankHoliday(asLocalDate('2023-05-08'))).toBe("King Charles III's Coronation");
    expect(calendar.isWorkingDay(asLocalDate('2023-05-08'))).toBe(false);
  });

  it('say plainly which years they know, rather than call a day outside them a working day', () => {
    expect(() => calendar.isWorkingDay(asLocalDate(`${LAST_YEAR + 1}-03-01`))).toThrow(
      `known for ${FIRST_YEAR} to ${LAST_YEAR}`,
    );
  });
});
