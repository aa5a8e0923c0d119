import type { AlertStore } from '../../../functions/ports/alertStore.js';
import { ConflictError, DuplicateAlertError } from '../../../functions/ports/errors.js';
import type { AlertRecord, AuditEntry } from '../../../functions/ports/records.js';
import { META, type MemoryDb } from './db.js';
import { Transaction } from './table.js';

type Input<Method extends keyof AlertStore> = Parameters<AlertStore[Method]>[0];

/** Alerts, in memory, as the DynamoDB alert store keeps them. */
export class MemoryAlertStore implements AlertStore {
  constructor(private readonly db: MemoryDb) {}

  async nextAlertNumber(inspectionId: string): Promise<number> {
    let count = 0;
    new Transaction()
      .update(
        this.db.inspections,
        inspectionId,
        META,
        () => true,
        (inspection) => {
          count = (inspection.alertCount ?? 0) + 1;
          return { ...inspection, alertCount: count };
        },
      )
      .commit(`inspection ${inspectionId} does not exist`);
    return count;
  }

  async createAlert({ alert, openKey, audit }: Input<'createAlert'>): Promise<void> {
    const tx = new Transaction();
    const absent = (current: object | undefined) => current === undefined;
    tx.put(this.db.alerts, alert.inspectionId, alert.id, alert, absent);
    tx.put(this.db.openKeys, alert.inspectionId, openKey, { alertId: alert.id }, absent);
    this.db.auditPut(tx, audit);
    try {
      tx.commit();
    } catch (error) {
      const holder = await this.openAlertId(alert.inspectionId, openKey);
      if (error instanceof ConflictError && holder) throw new DuplicateAlertError(holder);
      throw error;
    }
  }

  async openAlertId(inspectionId: string, openKey: string): Promise<string | undefined> {
    return this.db.openKeys.get(inspectionId, openKey)?.alertId;
  }

  async getAlert(inspectionId: string, alertId: string): Promise<AlertRecord | undefined> {
    return this.db.alerts.get(inspectionId, alertId);
  }

  async listAlerts(inspectionId: string): Promise<AlertRecord[]> {
    return this.db.alerts.list(inspectionId);
  }

  async listAllAlerts(): Promise<AlertRecord[]> {
    return this.db.alerts.index((alert) => `${alert.raised.at}#${alert.id}`);
  }

  async saveAlert({ alert, audit, releaseKey }: Input<'saveAlert'>): Promise<void> {
    const tx = new Transaction();
    tx.update(
      this.db.alerts,
      alert.inspectionId,
      alert.id,
      (current) => current.version === alert.version - 1,
      () => alert,
    );
    if (releaseKey) {
      tx.remove(this.db.openKeys, alert.inspectionId, releaseKey, (holder) => holder.alertId === alert.id);
    }
    for (const entry of audit) this.db.auditPut(tx, entry);
    tx.commit();
  }

  async recordAudit(audit: AuditEntry): Promise<void> {
    this.db.auditPut(new Transaction(), audit).commit();
  }
}
