import { describe, expect, it } from 'vitest';
import { drawSample } from '../../functions/domain/caseSample/drawSample.js';
import { readLongList } from '../../functions/domain/caseSample/longListFile.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { longListCsv, syntheticLongList } from '../../functions/local/syntheticLongList.js';

const fieldworkStart = asLocalDate('2027-06-07');

describe('the synthetic long-lists of the demonstration and the benchmark', () => {
  it('read back through the upload’s own reader as they were made, and are the same for the same seed', () => {
    const cases = syntheticLongList({ region: 'North East', fieldworkStart, rows: 800, seed: 7 });
    expect(readLongList(longListCsv(cases))).toEqual({ ok: true, value: cases });
    expect(syntheticLongList({ region: 'North East', fieldworkStart, rows: 800, seed: 7 })).toEqual(cases);
    for (const item of cases) expect(item.crn).toMatch(/^[A-Z]\d{6}$/);
  });

  it('give a region of 8 to 11 PDUs whose sample of a few thousand rows meets every rule', () => {
    const cases = syntheticLongList({ region: 'Wales', fieldworkStart, rows: 3000, seed: 11 });
    const sample = drawSample({ cases, fieldworkStart, seed: 1 });
    const pdus = Object.keys(sample.reserve);
    expect(pdus.length).toBeGreaterThanOrEqual(8);
    expect(pdus.length).toBeLessThanOrEqual(11);
    expect(sample.sampled).toHaveLength(7 * pdus.length);
    expect(sample.shortfalls).toEqual([]);
  });
});
