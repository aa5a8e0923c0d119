import { describe, expect, it } from 'vitest';
import { AlreadyExistsError } from '../../functions/ports/errors.js';
import type { EvidenceStore } from '../../functions/ports/evidenceStore.js';

/**
 * What every EvidenceStore does, run against the in-memory double and (once the S3 adapter lands)
 * the S3-compatible emulator, so the double cannot drift.
 */
export function describeEvidenceStoreContract(name: string, make: () => Promise<EvidenceStore>): void {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  describe(`the evidence store contract (${name})`, () => {
    it('gives back exactly the bytes and type stored, and nothing for a key never stored', async () => {
      const store = await make();
      await store.put({ key: 'INSP/a1/f1', type: 'application/pdf', bytes: bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0) });

      expect(await store.get('INSP/a1/f1')).toEqual({
        type: 'application/pdf',
        bytes: bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0),
      });
      expect(await store.get('INSP/a1/missing')).toBeUndefined();
    });

    it('never overwrites evidence: a second file under the same key is refused and the first kept', async () => {
      const store = await make();
      await store.put({ key: 'INSP/a1/f1', type: 'image/png', bytes: bytes(1, 2, 3) });

      await expect(store.put({ key: 'INSP/a1/f1', type: 'image/png', bytes: bytes(9) })).rejects.toThrow(
        AlreadyExistsError,
      );
      expect((await store.get('INSP/a1/f1'))?.bytes).toEqual(bytes(1, 2, 3));
    });

    it('keeps what it holds apart from what the caller holds', async () => {
      const store = await make();
      const given = bytes(1, 2, 3);
      await store.put({ key: 'INSP/a1/f1', type: 'image/png', bytes: given });
      given[0] = 9;
      const read = await store.get('INSP/a1/f1');
      if (read) read.bytes[1] = 9;

      expect((await store.get('INSP/a1/f1'))?.bytes).toEqual(bytes(1, 2, 3));
    });

    it('lists one alert’s files, in key order, and not another’s', async () => {
      const store = await make();
      for (const key of ['INSP/a1/f2', 'INSP/a10/f1', 'INSP/a1/f1', 'INSP/a2/f1']) {
        await store.put({ key, type: 'image/png', bytes: bytes(1) });
      }

      expect(await store.list('INSP/a1/')).toEqual(['INSP/a1/f1', 'INSP/a1/f2']);
      expect(await store.list('INSP/a3/')).toEqual([]);
    });
  });
}
