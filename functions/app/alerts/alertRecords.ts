import { ConflictError } from '../../ports/errors.js';
import type { AlertRecord, AuditEntry } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { TransientError } from '../errors.js';
import { auditEntry } from '../shared/audit.js';
import { driverName } from '../shared/drivers.js';

/** A fresh driver's name for an alert. */
export const alertDriverName = (alertId: string): string => driverName(alertId);

/** One open alert per case (or per region, for an organisational alert) and category. */
export function openKey(alert: Pick<AlertRecord, 'caseReference' | 'category'>): string {
  return `${alert.caseReference ?? 'ORG'}#${alert.category}`;
}

/** An audit entry about an alert. */
export function alertAudit(
  alert: Pick<AlertRecord, 'inspectionId' | 'id'>,
  at: Date,
  action: string,
  change: { actor?: string | { name: string; email: string }; before?: unknown; after?: unknown } = {},
): AuditEntry {
  return auditEntry({ inspectionId: alert.inspectionId, at, action, subject: `alert ${alert.id}`, ...change });
}

/** The alert one version on, as of `at`. */
export function nextVersion(alert: AlertRecord, at: Date, change: Partial<AlertRecord> = {}): AlertRecord {
  return { ...alert, ...change, version: alert.version + 1, updatedAt: at.toISOString() };
}

/**
 * Saves what the alert's driver did. A person acting meanwhile has handed the alert to a new
 * driver: the workflow's retry reads it again (and, replaced, stops).
 */
export async function saveForDriver(deps: Pick<Deps, 'alerts'>, alert: AlertRecord, audit: AuditEntry[]) {
  try {
    await deps.alerts.saveAlert({ alert, audit });
  } catch (error) {
    if (error instanceof ConflictError) throw new TransientError(`alert ${alert.id} changed meanwhile`);
    throw error;
  }
}
