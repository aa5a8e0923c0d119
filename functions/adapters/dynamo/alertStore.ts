import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertStore } from '../../ports/alertStore.js';
import { ConflictError, DuplicateAlertError } from '../../ports/errors.js';
import { alertRecordSchema, type AlertRecord, type AuditEntry } from '../../ports/records.js';
import type { DynamoTable } from './table.js';
import { alertItem, openKeyItem, pk, strip } from './tableDesign.js';

/** What a write of the port takes: one object. */
type Input<Method extends keyof AlertStore> = Parameters<AlertStore[Method]>[0];

/** Alerts in the shared table, with the open keys that keep one open alert per case (or region) and category. */
export class DynamoAlertStore implements AlertStore {
  constructor(private readonly table: DynamoTable) {}

  async nextAlertNumber(inspectionId: string): Promise<number> {
    const result = await this.table.doc.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: { pk: pk(inspectionId), sk: 'META' },
        UpdateExpression: 'ADD alertCount :one',
        ConditionExpression: 'attribute_exists(sk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number((result.Attributes as { alertCount?: number } | undefined)?.alertCount ?? 1);
  }

  async createAlert({ alert, openKey, audit }: Input<'createAlert'>): Promise<void> {
    try {
      await this.table.transact([
        this.table.put(alertItem(alert), 'attribute_not_exists(sk)'),
        this.table.put(openKeyItem(alert.inspectionId, openKey, alert.id), 'attribute_not_exists(sk)'),
        this.table.auditPut(audit),
      ]);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const openAlertId = await this.openAlertId(alert.inspectionId, openKey);
      if (openAlertId) throw new DuplicateAlertError(openAlertId);
      throw error;
    }
  }

  async openAlertId(inspectionId: string, openKey: string): Promise<string | undefined> {
    const holder = await this.table.item(inspectionId, `ALERTKEY#${openKey}`);
    return (holder as { alertId?: string } | undefined)?.alertId;
  }

  async getAlert(inspectionId: string, alertId: string): Promise<AlertRecord | undefined> {
    const item = await this.table.item(inspectionId, `ALERT#${alertId}`);
    return item ? strip(item, alertRecordSchema) : undefined;
  }

  async listAlerts(inspectionId: string): Promise<AlertRecord[]> {
    return (await this.table.queryPrefix(inspectionId, 'ALERT#')).map((item) => strip(item, alertRecordSchema));
  }

  async listAllAlerts(): Promise<AlertRecord[]> {
    const items = await this.table.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'ALERT' },
    });
    return items.map((item) => strip(item, alertRecordSchema));
  }

  async saveAlert({ alert, audit, releaseKey }: Input<'saveAlert'>): Promise<void> {
    await this.table.transact([
      {
        Put: {
          TableName: this.table.tableName,
          Item: alertItem(alert),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': alert.version - 1 },
        },
      },
      ...(releaseKey
        ? [
            {
              Delete: {
                TableName: this.table.tableName,
                Key: { pk: pk(alert.inspectionId), sk: `ALERTKEY#${releaseKey}` },
                ConditionExpression: 'alertId = :id',
                ExpressionAttributeValues: { ':id': alert.id },
              },
            },
          ]
        : []),
      ...audit.map((entry) => this.table.auditPut(entry)),
    ]);
  }

  async recordAudit(audit: AuditEntry): Promise<void> {
    await this.table.transact([this.table.auditPut(audit)]);
  }
}
