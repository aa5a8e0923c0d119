import type { AlertRecord, AuditEntry } from './records.js';

/** Alerts (§6.7), one record each, every write checked against the version it was read at. */
export interface AlertStore {
  /** The next alert number of an inspection: 1, 2, 3 … */
  nextAlertNumber(inspectionId: string): Promise<number>;
  /**
   * Stores a new alert, refused (DuplicateAlertError) while another alert holding the same
   * `openKey` is open.
   */
  createAlert(input: { alert: AlertRecord; openKey: string; audit: AuditEntry }): Promise<void>;
  /** The open alert holding `openKey` in an inspection, if one does. */
  openAlertId(inspectionId: string, openKey: string): Promise<string | undefined>;
  getAlert(inspectionId: string, alertId: string): Promise<AlertRecord | undefined>;
  listAlerts(inspectionId: string): Promise<AlertRecord[]>;
  listAllAlerts(): Promise<AlertRecord[]>;
  /**
   * Replaces an alert if it is still at `alert.version - 1` (ConflictError otherwise);
   * `releaseKey` frees its open key (closing).
   */
  saveAlert(input: { alert: AlertRecord; audit: AuditEntry[]; releaseKey?: string }): Promise<void>;
  /** Writes an audit entry that changes nothing else: someone read an alert's evidence file. */
  recordAudit(audit: AuditEntry): Promise<void>;
}
