import type { WorkingCalendar } from '../domain/calendar.js';
import type { Clock } from '../ports/clock.js';
import type { EvidenceStore, EvidenceUploads } from '../ports/evidenceStore.js';
import type { BusinessMetrics } from '../ports/metrics.js';
import type { Notifier } from '../ports/notifier.js';
import type { Stores } from '../ports/stores.js';
import type { WorkflowDriver } from '../ports/workflowDriver.js';
import type { AppConfig } from '../shared/config.js';

/** The key of an alert's driver. */
export type AlertKey = { inspectionId: string; alertId: string };

/** Everything a use case may touch, built once at the edge (a Lambda's cold start, the local runtime). */
export interface Deps extends Stores {
  notifier: Notifier;
  clock: Clock;
  /** Drives inspections: one execution per inspection at a time. */
  driver: WorkflowDriver;
  /** Drives alerts: one execution per alert at a time. */
  alertDriver: WorkflowDriver<AlertKey>;
  calendar: WorkingCalendar;
  config: AppConfig;
  /** Counts what operations are told of: notices sent, failed and bounced, escalations, failed drivers. */
  metrics: BusinessMetrics;
  /** Evidence files attached to alerts; absent where no file store is set up (files are then refused). */
  evidence?: EvidenceStore;
  /** Uploads straight from the browser and signed download links (the same bucket); absent, the pages offer no upload. */
  evidenceUploads?: EvidenceUploads;
}
