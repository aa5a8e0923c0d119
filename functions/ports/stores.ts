import type { AlertStore } from './alertStore.js';
import type { CaseSampleStore } from './caseSampleStore.js';
import type { IdentityStore } from './identityStore.js';
import type { NoticeLedger } from './noticeLedger.js';
import type { TimelineStore } from './timelineStore.js';

/** The stores, as an adapter provides them (one DynamoDB table, or memory in tests). */
export interface Stores {
  timeline: TimelineStore;
  ledger: NoticeLedger;
  alerts: AlertStore;
  identity: IdentityStore;
  caseSample: CaseSampleStore;
}
