import { describe } from 'vitest';
import { alertsContract } from './contract/alerts.js';
import { caseSampleContract } from './contract/caseSample.js';
import { digestsContract } from './contract/digests.js';
import { contractTest, type StoresSetup } from './contract/helpers.js';
import { identityContract } from './contract/identity.js';
import { ledgerContract } from './contract/ledger.js';
import { timelinePlansContract } from './contract/timelinePlans.js';
import { timelineReadsContract } from './contract/timelineReads.js';
import { timelineWritesContract } from './contract/timelineWrites.js';

/**
 * What every implementation of the store ports (TimelineStore, NoticeLedger, AlertStore,
 * IdentityStore, CaseSampleStore) must do, as cases run on each: DynamoDB's adapter, and the in-memory stores the
 * use-case tests run on, so the two cannot drift. `setup` gives fresh, empty stores for each case; `dispose` ends them.
 */
export function describeStoreContract(name: string, setup: StoresSetup): void {
  const it = contractTest(setup);
  describe(`store contract: ${name}`, () => {
    timelineReadsContract(it);
    timelineWritesContract(it);
    timelinePlansContract(it);
    ledgerContract(it);
    alertsContract(it);
    identityContract(it);
    caseSampleContract(it);
    digestsContract(it);
  });
}
