import type { LongListCase } from '../domain/caseSample/cases.js';
import type { CaseSampleRecord } from './caseSampleRecords.js';
import type { AuditEntry } from './records.js';

/** The case sample of an inspection, and the eligible cases of the long-list it was drawn from. */
export interface StoredCaseSample {
  record: CaseSampleRecord;
  /** The long-list's eligible cases in the order given when stored (none before an upload). */
  cases: LongListCase[];
}

/**
 * The case sample of each inspection (issue 14): one record, written whole, each write checked
 * against the version it was read at (ConflictError otherwise) and made in one transaction with
 * its audit entries. The long-list's eligible cases are kept apart from the record, in as many
 * items as they need (a DynamoDB item holds at most 400 KB), and replaced only with a new upload.
 */
export interface CaseSampleStore {
  /** The record alone (one read): enough for readiness, decisions and the team. */
  getSample(inspectionId: string): Promise<CaseSampleRecord | undefined>;
  /** The record and the eligible cases of its upload, read together. */
  loadSample(inspectionId: string): Promise<StoredCaseSample | undefined>;
  /**
   * Stores `record` if the stored one is still at `record.version - 1` (absent, for version 1);
   * given `cases`, they replace the eligible cases kept (for the upload `record.longList` names).
   */
  saveSample(input: { record: CaseSampleRecord; cases?: readonly LongListCase[]; audit: AuditEntry[] }): Promise<void>;
  /** An audit entry alone: someone viewed or downloaded the sample (who and when; never a case detail). */
  recordView(audit: AuditEntry): Promise<void>;
}
