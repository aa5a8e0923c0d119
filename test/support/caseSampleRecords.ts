import type { LongListCase } from '../../functions/domain/caseSample/cases.js';
import { drawSample } from '../../functions/domain/caseSample/drawSample.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { syntheticLongList } from '../../functions/local/syntheticLongList.js';
import { caseSampleRecordSchema, type CaseSampleRecord } from '../../functions/ports/caseSampleRecords.js';

/** Fieldwork of the North East's inspection in the store tests (aTimeline): Monday 1 March 2027. */
export const FIELDWORK_START = asLocalDate('2027-03-01');

/** A synthetic long-list of the region (deterministic from the seed). */
export function aLongList(rows: number, seed = 14): LongListCase[] {
  return syntheticLongList({ region: 'North East', fieldworkStart: FIELDWORK_START, rows, seed });
}

/**
 * A case sample record as the upload writes it, drawn from `cases` (taken as the eligible ones),
 * checked against its schema.
 */
export function aCaseSample(
  inspectionId: string,
  cases: readonly LongListCase[],
  overrides: Partial<CaseSampleRecord> = {},
): CaseSampleRecord {
  const sample = drawSample({ cases, fieldworkStart: FIELDWORK_START, seed: 42 });
  const at = '2027-01-11T10:00:00.000Z';
  const by = { at, by: 'Isa Admin', byId: 'isa@officials.example' };
  return caseSampleRecordSchema.parse({
    inspectionId,
    version: 1,
    updatedAt: at,
    longList: {
      uploadId: `upload-${cases.length}-${cases[0]?.crn ?? 'none'}`,
      sha256: 'a'.repeat(64),
      ...by,
      rowsRead: cases.length,
      eligible: cases.length,
      leftOut: sample.leftOut,
      fieldworkStart: FIELDWORK_START,
    },
    sample: {
      seed: sample.seed,
      settings: sample.settings,
      window: sample.window,
      ...by,
      sampled: sample.sampled,
      reserve: Object.fromEntries(Object.entries(sample.reserve).map(([pdu, list]) => [pdu, list.map((c) => c.crn)])),
      bands: sample.bands,
      adjustments: sample.adjustments,
      shortfalls: sample.shortfalls.map((s) => ({ ...s, id: `${s.rule}:${s.where}` })),
    },
    decisions: [],
    ...overrides,
  });
}
