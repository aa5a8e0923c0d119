import { describe, expect } from 'vitest';
import { chunkCases } from '../../../functions/adapters/dynamo/caseSampleStore.js';
import { eligibilityWindow, ineligibility } from '../../../functions/domain/caseSample/eligibility.js';
import { ConflictError } from '../../../functions/ports/errors.js';
import type { Stores } from '../../../functions/ports/stores.js';
import { aCaseSample, aLongList, FIELDWORK_START } from '../../support/caseSampleRecords.js';
import { anAudit } from '../../support/records.js';
import { actions, expectRefused, given, NORTH_EAST, type ContractTest } from './helpers.js';

const eligibleOf = (rows: number, seed?: number) => {
  const window = eligibilityWindow(FIELDWORK_START);
  return aLongList(rows, seed).filter((item) => !ineligibility(item, window));
};

const audit = (action: string, at = '2027-01-11T10:00:00.000Z') => [anAudit(NORTH_EAST, action, at)];

/** Everything the case sample store shows of the North East's inspection. */
const sampleOf = async (stores: Stores) => ({
  record: await stores.caseSample.getSample(NORTH_EAST),
  loaded: await stores.caseSample.loadSample(NORTH_EAST),
});

export function caseSampleContract(it: ContractTest): void {
  describe('case sample: storing and reading', () => {
    it('has no sample for an inspection before the long-list is uploaded', async ({ stores }) => {
      await given(stores);
      expect(await stores.caseSample.getSample(NORTH_EAST)).toBeUndefined();
      expect(await stores.caseSample.loadSample(NORTH_EAST)).toBeUndefined();
    });

    it('keeps the record and the eligible cases, in order, with its audit entry in the trail', async ({ stores }) => {
      await given(stores);
      const cases = eligibleOf(2000);
      const record = aCaseSample(NORTH_EAST, cases);
      await stores.caseSample.saveSample({ record, cases, audit: audit('long-list uploaded') });

      expect(await stores.caseSample.getSample(NORTH_EAST)).toEqual(record);
      expect(await stores.caseSample.loadSample(NORTH_EAST)).toEqual({ record, cases });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'long-list uploaded']);
    });

    it('keeps the cases when a later version is saved without them', async ({ stores }) => {
      await given(stores);
      const cases = eligibleOf(2000);
      const record = aCaseSample(NORTH_EAST, cases);
      await stores.caseSample.saveSample({ record, cases, audit: audit('long-list uploaded') });
      const next = { ...record, version: 2, perPdu: 6 };
      await stores.caseSample.saveSample({ record: next, audit: audit('sample size set') });

      expect(await stores.caseSample.loadSample(NORTH_EAST)).toEqual({ record: next, cases });
    });

    it('appends a view to the audit trail, changing nothing else', async ({ stores }) => {
      await given(stores);
      await stores.caseSample.recordView(anAudit(NORTH_EAST, 'case sample viewed', '2027-02-09T10:00:00.000Z'));
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'case sample viewed']);
      expect(await stores.caseSample.getSample(NORTH_EAST)).toBeUndefined();
    });
  });

  describe('case sample: versions', () => {
    it('refuses a second first version, and a version that skips one, writing nothing', async ({ stores }) => {
      await given(stores);
      const cases = eligibleOf(1000);
      const record = aCaseSample(NORTH_EAST, cases);
      await stores.caseSample.saveSample({ record, cases, audit: audit('long-list uploaded') });
      const before = await sampleOf(stores);

      const other = aCaseSample(NORTH_EAST, eligibleOf(1000, 99));
      await expectRefused(stores, () =>
        stores.caseSample.saveSample({ record: other, cases: [], audit: audit('long-list uploaded again') }),
      );
      await expectRefused(stores, () =>
        stores.caseSample.saveSample({ record: { ...record, version: 3 }, audit: audit('skipped') }),
      );
      expect(await sampleOf(stores)).toEqual(before);
    });

    it('lets one of two writers from the same version through; the other is a conflict', async ({ stores }) => {
      await given(stores);
      const cases = eligibleOf(1000);
      const record = aCaseSample(NORTH_EAST, cases);
      await stores.caseSample.saveSample({ record, cases, audit: audit('long-list uploaded') });
      await stores.caseSample.saveSample({
        record: { ...record, version: 2, perPdu: 6 },
        audit: audit('six', '2027-01-11T10:01:00.000Z'),
      });
      await expect(
        stores.caseSample.saveSample({
          record: { ...record, version: 2, perPdu: 8 },
          audit: audit('eight', '2027-01-11T10:02:00.000Z'),
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await stores.caseSample.getSample(NORTH_EAST))?.perPdu).toBe(6);
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'long-list uploaded', 'six']);
    });
  });

  describe('case sample: DynamoDB’s 400 KB item limit', () => {
    it('keeps the eligible cases of a long-list at the largest realistic size (10,000 rows) whole', async ({
      stores,
    }) => {
      await given(stores);
      const cases = eligibleOf(10_000);
      expect(cases.length).toBeGreaterThan(500);
      const record = aCaseSample(NORTH_EAST, cases);
      await stores.caseSample.saveSample({ record, cases, audit: audit('long-list uploaded') });
      expect(await stores.caseSample.loadSample(NORTH_EAST)).toEqual({ record, cases });
    });

    it('keeps 10,000 cases, all taken as eligible, across items, and a smaller upload leaves none of them behind', async ({
      stores,
    }) => {
      await given(stores);
      const many = aLongList(10_000);
      const chunks = chunkCases(many).length;
      expect(chunks).toBeGreaterThan(5);
      const record = aCaseSample(NORTH_EAST, many);
      await stores.caseSample.saveSample({ record, cases: many, audit: audit('long-list uploaded') });
      expect(await stores.caseSample.loadSample(NORTH_EAST)).toEqual({ record, cases: many });

      const few = eligibleOf(1000);
      const replaced = { ...aCaseSample(NORTH_EAST, few), version: 2 };
      await stores.caseSample.saveSample({ record: replaced, cases: few, audit: audit('long-list replaced') });
      expect(await stores.caseSample.loadSample(NORTH_EAST)).toEqual({ record: replaced, cases: few });
    });
  });
}
