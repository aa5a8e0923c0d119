import { META } from '../support/memory/db.js';
import { MemoryDb, memoryStores } from '../support/memoryStores.js';
import { describeStoreContract } from './storeContract.js';

describeStoreContract('memory', async () => {
  const db = new MemoryDb();
  return {
    stores: memoryStores(db),
    forgetDigests: async (inspectionId) => {
      const stored = db.inspections.peek(inspectionId, META);
      if (!stored) return;
      const { milestoneDigest: _milestones, sampleDigest: _sample, ...record } = stored;
      db.inspections.set(inspectionId, META, record);
    },
  };
});
