import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../functions/domain/timeOfDay.js';

describe('times of day in GOV.UK style', () => {
  it.each([
    ['12:00', '12pm', '12yp'],
    ['00:00', '12am', '12yb'],
    ['10:00', '10am', '10yb'],
    ['14:30', '2:30pm', '2:30yp'],
    ['00:05', '12:05am', '12:05yb'],
    ['23:59', '11:59pm', '11:59yp'],
  ])('writes %s as %s (Welsh %s)', (time, english, welsh) => {
    expect(formatTimeOfDay(time)).toBe(english);
    expect(formatTimeOfDay(time, 'cy')).toBe(welsh);
  });

  it('never writes noon as 0:00pm', () => {
    expect(formatTimeOfDay('12:00')).not.toMatch(/^0/);
  });
});
