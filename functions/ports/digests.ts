import * as z from 'zod/mini';
import { storedDate } from './storedDate.js';
import type { CaseState } from '../domain/caseSample/caseTracking.js';
import { CASE_STATES } from '../domain/caseSample/caseTracking.js';
import { MILESTONE_IDS, MILESTONE_KINDS, PARTIES, PHASES } from '../domain/milestones.js';
import { MILESTONE_STATUSES } from '../domain/milestoneStatus.js';
import type { MilestoneLine } from '../domain/overview.js';
import type { CaseSampleRecord } from './caseSampleRecords.js';
import type { InspectionRecord, MilestoneRecord } from './records.js';

/*
 * Digests kept on each inspection's own item (its record), so that the programme overview reads
 * every inspection at a glance in one query, not one or three queries an inspection. The stores
 * write them in the same transaction as every change they digest:
 *
 * - `milestoneDigest`: each milestone as the overview needs it (summarise's MilestoneLine, less
 *   its id, which is the key), written whole when the inspection is created, entry by entry when a
 *   plan is replaced, and its status with every status change. A record written before it existed
 *   has none: the first write that changes a milestone fills it from the milestones (and a reader
 *   reads that inspection's milestones instead).
 * - `sampleDigest`: what week one's progress needs of the case sample, written whole with every
 *   write of the sample. A record written before it existed has none: a reader reads the sample.
 *
 * Readers of the record (InspectionRecord) never see them: its schema drops them.
 */

export const milestoneLineSchema = z.object({
  title: z.string(),
  dueDate: storedDate,
  phase: z.enum(PHASES),
  kind: z.enum(MILESTONE_KINDS),
  party: z.enum(PARTIES),
  role: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  /** When it was done, while it is recorded as done: the report's forecast reads it (issue 15). */
  completedAt: z.optional(z.string()),
});
export type DigestLine = z.infer<typeof milestoneLineSchema>;

export const milestoneDigestSchema = z.partialRecord(z.enum(MILESTONE_IDS), milestoneLineSchema);
export type MilestoneDigest = z.infer<typeof milestoneDigestSchema>;

export const digestLineOf = ({
  title,
  dueDate,
  phase,
  kind,
  party,
  role,
  status,
  completedAt,
}: MilestoneRecord): DigestLine => ({
  title,
  dueDate,
  phase,
  kind,
  party,
  role,
  status,
  ...(completedAt ? { completedAt } : {}),
});

export function milestoneDigestOf(milestones: readonly MilestoneRecord[]): MilestoneDigest {
  return Object.fromEntries(milestones.map((milestone) => [milestone.id, digestLineOf(milestone)]));
}

/** The digest as the overview's lines, in no particular order (summarise sorts them). */
export function linesOf(digest: MilestoneDigest): DigestedMilestone[] {
  return Object.entries(digest).map(([id, line]) => ({ id: id as MilestoneLine['id'], ...(line as DigestLine) }));
}

/** A milestone as the digest keeps it: the overview's line, and when it was done while it is. */
export type DigestedMilestone = MilestoneLine & Pick<DigestLine, 'completedAt'>;

/** A case of the sample as week one's progress needs it: its state, and its interview as scheduled. */
export const sampleDigestSchema = z.object({
  issued: z.boolean(),
  /** The first day of fieldwork the interviews were set for (they move with fieldwork). */
  drawnFor: z.optional(storedDate),
  cases: z.array(
    z.object({
      crn: z.string(),
      state: z.enum(CASE_STATES),
      interview: z.optional(z.object({ date: storedDate, start: z.string() })),
    }),
  ),
});
export type SampleDigest = z.infer<typeof sampleDigestSchema>;

/** An inspection with no case sample yet. */
export const NO_SAMPLE: SampleDigest = { issued: false, cases: [] };

type DrawnCaseRecord = NonNullable<CaseSampleRecord['sample']>['sampled'][number];

/**
 * The sample as it stands: the cases drawn, less those excluded on the lead's decision, with the
 * cases that replaced them. The draw itself is never rewritten (the seed still re-derives it).
 */
export function currentCases(record: CaseSampleRecord): DrawnCaseRecord[] {
  const excluded = new Set((record.replacements ?? []).map((item) => item.excluded));
  const replacements = (record.replacements ?? []).flatMap((item) => (item.replacement ? [item.replacement] : []));
  return [...(record.sample?.sampled ?? []), ...replacements].filter((item) => !excluded.has(item.crn));
}

/** A case's state in week one: recorded by its inspector, else as the lead decided (excluded, a file-read), else scheduled. */
export function caseStateOf(record: CaseSampleRecord, crn: string): CaseState {
  const recorded = record.tracking?.[crn]?.state;
  if (recorded) return recorded;
  if ((record.replacements ?? []).some((item) => item.excluded === crn)) return 'excluded-and-replaced';
  if ((record.fileReads ?? []).includes(crn)) return 'file-read';
  return 'scheduled';
}

/** What week one's progress needs of a sample: its current cases, their states and interviews as scheduled. */
export function sampleDigestOf(record: CaseSampleRecord): SampleDigest {
  const interviews = new Map((record.schedule?.interviews ?? []).map((i) => [i.crn, i]));
  const drawnFor = record.schedule?.fieldworkStart ?? record.longList?.fieldworkStart;
  return {
    issued: record.issued !== undefined,
    ...(drawnFor ? { drawnFor } : {}),
    cases: currentCases(record).map((item) => {
      const interview = interviews.get(item.crn);
      return {
        crn: item.crn,
        state: caseStateOf(record, item.crn),
        ...(interview ? { interview: { date: interview.date, start: interview.start } } : {}),
      };
    }),
  };
}

/**
 * An inspection at a glance, as the programme overview reads it: its record with the digests kept
 * beside it. `milestones` or `sample` is undefined when the record was written before the digest
 * was kept (the reader then reads them).
 */
export interface InspectionAtAGlance {
  inspection: InspectionRecord;
  milestones?: DigestedMilestone[];
  sample?: SampleDigest;
}
