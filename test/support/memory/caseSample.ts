import * as z from 'zod/mini';
import type { LongListCase } from '../../../functions/domain/caseSample/cases.js';
import {
  caseSampleRecordSchema,
  storedCasesSchema,
  type CaseSampleRecord,
} from '../../../functions/ports/caseSampleRecords.js';
import type { CaseSampleStore, StoredCaseSample } from '../../../functions/ports/caseSampleStore.js';
import type { AuditEntry } from '../../../functions/ports/records.js';
import { sampleDigestOf } from '../../../functions/ports/digests.js';
import { META, type MemoryDb } from './db.js';
import { Collection, Transaction } from './table.js';

type Input<Method extends keyof CaseSampleStore> = Parameters<CaseSampleStore[Method]>[0];

/** DynamoDB's limit on one item: the record must fit one (the cases are kept apart, as the table keeps them). */
const MAX_ITEM_BYTES = 400 * 1024;

const casesItemSchema = z.object({ uploadId: z.string(), cases: storedCasesSchema });
type CasesItem = z.infer<typeof casesItemSchema>;

/** The case sample in memory, as the DynamoDB store keeps it: one versioned record, its cases beside it. */
export class MemoryCaseSampleStore implements CaseSampleStore {
  private readonly records = new Collection<CaseSampleRecord>('case sample', caseSampleRecordSchema);
  private readonly cases = new Collection<CasesItem>('cases', casesItemSchema);

  constructor(private readonly db: MemoryDb) {}

  async getSample(inspectionId: string): Promise<CaseSampleRecord | undefined> {
    return this.records.get(inspectionId, 'SAMPLE');
  }

  async loadSample(inspectionId: string): Promise<StoredCaseSample | undefined> {
    const record = this.records.get(inspectionId, 'SAMPLE');
    if (!record) return undefined;
    return { record, cases: this.cases.get(inspectionId, 'CASES')?.cases ?? [] };
  }

  async saveSample({ record, cases, audit }: Input<'saveSample'>): Promise<void> {
    const bytes = Buffer.byteLength(JSON.stringify(caseSampleRecordSchema.parse(record)));
    if (bytes > MAX_ITEM_BYTES)
      throw new Error(`the case sample's record is ${bytes} bytes: an item holds at most 400 KB`);
    const tx = new Transaction();
    const expected = record.version - 1;
    tx.put(this.records, record.inspectionId, 'SAMPLE', record, (current) =>
      expected === 0 ? current === undefined : current?.version === expected,
    );
    if (cases) {
      const item: CasesItem = { uploadId: record.longList?.uploadId ?? '', cases: [...cases] as LongListCase[] };
      tx.put(this.cases, record.inspectionId, 'CASES', item);
    }
    // The digest the programme overview reads (ports/digests.ts), on the inspection's record.
    tx.update(
      this.db.inspections,
      record.inspectionId,
      META,
      () => true,
      (inspection) => ({ ...inspection, sampleDigest: sampleDigestOf(record) }),
    );
    for (const entry of audit) this.db.auditPut(tx, entry);
    tx.commit('the case sample changed before this write; read it again');
  }

  async recordView(audit: AuditEntry): Promise<void> {
    const tx = new Transaction();
    this.db.auditPut(tx, audit);
    tx.commit();
  }
}
