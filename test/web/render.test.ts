import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../functions/web/render.js';

describe('times on the pages, in GOV.UK style', () => {
  it.each([
    ['2027-01-04T12:00:00Z', '4 January 2027 at 12pm'],
    ['2027-01-04T00:30:00Z', '4 January 2027 at 12:30am'],
    ['2027-01-04T17:30:00Z', '4 January 2027 at 5:30pm'],
    // British Summer Time: 08:00Z is 9am in London.
    ['2027-06-07T08:00:00Z', '7 June 2027 at 9am'],
  ])('writes %s as "%s"', (instant, text) => {
    expect(formatDateTime(instant)).toBe(text);
  });
});
