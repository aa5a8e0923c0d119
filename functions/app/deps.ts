import type { WorkingCalendar } from '../domain/calendar.js';
import type { Clock } from '../ports/clock.js';
import type { InspectionStore } from '../ports/inspectionStore.js';
import type { Notifier } from '../ports/notifier.js';
import type { WorkflowDriver } from '../ports/workflowDriver.js';
import type { AppConfig } from '../shared/config.js';

/** Everything a use case may touch, built once at the edge (a Lambda's cold start, the local runtime). */
export interface Deps {
  store: InspectionStore;
  notifier: Notifier;
  clock: Clock;
  driver: WorkflowDriver;
  /** Drives alerts: one execution per alert at a time. */
  alertDriver: WorkflowDriver<{ inspectionId: string; alertId: string }>;
  calendar: WorkingCalendar;
  config: AppConfig;
}

/** Something the caller asked for cannot be done as asked: the message says why, for the person. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    message: string,
    readonly errors: { field: string; value: unknown; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Try again later: the state machine retries this with backoff. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

/** The signed-in person may not see or do this (HTTP 403). */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}
