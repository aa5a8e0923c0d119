import { describe, expect, it } from 'vitest';
import { displayReference } from '../../functions/domain/inspectionReference.js';
import { REGIONS } from '../../functions/domain/regions.js';

describe('the display reference of an inspection', () => {
  it('names the region by a short code and does not look like a date', () => {
    for (const region of REGIONS) {
      const ref = displayReference(region.id, `${region.id}-2027-04-26`);
      expect(ref, region.id).toMatch(/^DIPP-[A-Z]{2,3}-[BCDFGHJKLMNPQRSTVWXZ]{5}$/);
      expect(ref).not.toMatch(/\d/);
    }
    expect(displayReference('north-east', 'north-east-2027-03-01')).toMatch(/^DIPP-NE-/);
    expect(displayReference('london', 'london-2027-04-26')).toMatch(/^DIPP-LDN-/);
  });

  it('is the same for the same inspection, and differs across a year of fieldwork Mondays in a region', () => {
    expect(displayReference('wales', 'wales-2027-05-17')).toBe(displayReference('wales', 'wales-2027-05-17'));
    const refs = REGIONS.flatMap((region) =>
      Array.from({ length: 52 }, (_, week) => {
        const monday = new Date(Date.UTC(2027, 0, 4 + 7 * week)).toISOString().slice(0, 10);
        return displayReference(region.id, `${region.id}-${monday}`);
      }),
    );
    expect(new Set(refs).size).toBe(refs.length);
  });
});
