import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFields, dateFrom } from '../../functions/web/forms.js';

/** A date shown in a GOV.UK date input, and read back from it. */
describe('a date in a date input', () => {
  it('is shown as a person writes it, without leading zeros', () => {
    expect(dateFields('on', '2027-06-02')).toEqual({ 'on-day': '2', 'on-month': '6', 'on-year': '2027' });
    expect(dateFields('on', '2027-11-30')).toEqual({ 'on-day': '30', 'on-month': '11', 'on-year': '2027' });
  });

  it('reads back as the date it showed, whatever the date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (day) => {
        const date = day.toISOString().slice(0, 10);
        expect(dateFrom(dateFields('on', date), 'on')).toBe(date);
      }),
    );
  });
});
