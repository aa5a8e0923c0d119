import type { LongListCase } from '../../domain/caseSample/cases.js';
import { caseSampleRecordSchema, storedCasesSchema, type CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import type { CaseSampleStore, StoredCaseSample } from '../../ports/caseSampleStore.js';
import { sampleDigestOf } from '../../ports/digests.js';
import { ConflictError } from '../../ports/errors.js';
import type { DynamoTable } from './table.js';
import { caseChunkItem, caseChunkKey, caseSampleItem, pk, SAMPLE_SK, strip } from './tableDesign.js';

type Input<Method extends keyof CaseSampleStore> = Parameters<CaseSampleStore[Method]>[0];

/**
 * The most a chunk of cases may hold, as UTF-8 JSON: DynamoDB's limit is 400 KB an item (names
 * and values), and JSON's quotes and braces run a little over the item's own overhead, so this
 * leaves room. A region's eligible cases (two weeks of commencements) are a few hundred, under
 * 150 KB; a file at the long-list's 10,000-row limit, all eligible, takes about ten chunks.
 */
export const CHUNK_BYTES = 300_000;

/** The cases in order, cut into runs each at most CHUNK_BYTES as JSON. */
export function chunkCases(cases: readonly LongListCase[]): LongListCase[][] {
  const chunks: LongListCase[][] = [];
  let current: LongListCase[] = [];
  let bytes = 0;
  for (const item of cases) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (current.length > 0 && bytes + size > CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** How many chunks the stored record's upload has (kept on the record's item, not in the record). */
const chunkCount = (item: Record<string, unknown>) => Number(item.caseChunks ?? 0);

/**
 * The case sample in the shared table: the record at `SAMPLE`, the eligible cases at
 * `SAMPLE#CASES#<nnnn>`, each chunk naming the upload it belongs to. A save that replaces the cases
 * puts the new chunks and deletes those left over, with the record (on its version) and the audit
 * entries, in one transaction: a reader never sees half an upload.
 */
export class DynamoCaseSampleStore implements CaseSampleStore {
  constructor(private readonly table: DynamoTable) {}

  async getSample(inspectionId: string): Promise<CaseSampleRecord | undefined> {
    const item = await this.table.item(inspectionId, SAMPLE_SK);
    return item ? strip(item, caseSampleRecordSchema) : undefined;
  }

  async loadSample(inspectionId: string): Promise<StoredCaseSample | undefined> {
    // A save may land between the query's pages (a large upload spans several): read again.
    for (let attempt = 1; ; attempt += 1) {
      const read = await this.readOnce(inspectionId);
      if (read !== 'torn') return read;
      if (attempt >= 3) throw new ConflictError('the case sample kept changing while it was read; read it again');
    }
  }

  /** The record and its chunks in one query (they share the partition and the `SAMPLE` prefix), or 'torn'. */
  private async readOnce(inspectionId: string): Promise<StoredCaseSample | undefined | 'torn'> {
    const items = await this.table.queryPrefix(inspectionId, SAMPLE_SK);
    const head = items.find((item) => item.sk === SAMPLE_SK);
    if (!head) return undefined;
    const record = strip(head, caseSampleRecordSchema);
    const chunks = items.filter((item) => item.sk !== SAMPLE_SK);
    const uploadId = record.longList?.uploadId;
    if (chunks.length !== chunkCount(head) || chunks.some((chunk) => chunk.uploadId !== uploadId)) return 'torn';
    return { record, cases: chunks.flatMap((chunk) => storedCasesSchema.parse(chunk.cases)) };
  }

  async saveSample({ record, cases, audit }: Input<'saveSample'>): Promise<void> {
    const expected = record.version - 1;
    // The stored record says how many chunks it has; the conditional put below makes sure it is
    // still the version read, so the count read here is the count replaced.
    const stored = expected === 0 ? undefined : await this.table.item(record.inspectionId, SAMPLE_SK);
    if (expected > 0 && stored?.version !== expected) {
      throw new ConflictError('the case sample changed before this write; read it again');
    }
    const before = stored ? chunkCount(stored) : 0;
    const chunks = cases ? chunkCases(cases) : undefined;
    const writes = [];
    if (chunks) {
      const uploadId = record.longList?.uploadId ?? '';
      chunks.forEach((chunk, index) =>
        writes.push(this.table.put(caseChunkItem(record.inspectionId, uploadId, index, chunk))),
      );
      for (let index = chunks.length; index < before; index += 1) {
        writes.push({
          Delete: { TableName: this.table.tableName, Key: { pk: pk(record.inspectionId), sk: caseChunkKey(index) } },
        });
      }
    }
    const item = { ...caseSampleItem(record), caseChunks: chunks ? chunks.length : before };
    writes.push(
      expected === 0
        ? this.table.put(item, 'attribute_not_exists(sk)')
        : {
            Put: {
              TableName: this.table.tableName,
              Item: item,
              ConditionExpression: 'version = :expected',
              ExpressionAttributeValues: { ':expected': expected },
            },
          },
    );
    // The digest the programme overview reads (ports/digests.ts), on the inspection's record.
    writes.push({
      Update: {
        TableName: this.table.tableName,
        Key: { pk: pk(record.inspectionId), sk: 'META' },
        UpdateExpression: 'SET sampleDigest = :digest',
        ConditionExpression: 'attribute_exists(sk)',
        ExpressionAttributeValues: { ':digest': sampleDigestOf(record) },
      },
    });
    await this.table.transact([...writes, ...audit.map((entry) => this.table.auditPut(entry))]);
  }

  async recordView(audit: Input<'recordView'>): Promise<void> {
    await this.table.transact([this.table.auditPut(audit)]);
  }
}
