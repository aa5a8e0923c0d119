import type { Stores } from '../../functions/ports/stores.js';
import { MemoryAlertStore } from './memory/alerts.js';
import { MemoryCaseSampleStore } from './memory/caseSample.js';
import { MemoryDb } from './memory/db.js';

export { MemoryDb };
import { MemoryIdentityStore } from './memory/identity.js';
import { MemoryTimelineStore } from './memory/timeline.js';
import { MemoryNoticeLedger } from './memory/ledger.js';

/**
 * The stores in memory, for tests: the DynamoDB adapter's observable behaviour (its
 * refusals, all-or-nothing writes, the order of what it returns) without DynamoDB. Records are
 * copied in and out, so what a caller holds is never what is stored. The contract suite
 * (test/ports/storeContract.ts) runs the same cases on both, so the two cannot drift.
 */
export function memoryStores(db = new MemoryDb()): Stores {
  return {
    timeline: new MemoryTimelineStore(db),
    ledger: new MemoryNoticeLedger(db),
    alerts: new MemoryAlertStore(db),
    identity: new MemoryIdentityStore(),
    caseSample: new MemoryCaseSampleStore(db),
  };
}
