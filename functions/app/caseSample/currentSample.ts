import type { CaseState } from '../../domain/caseSample/caseTracking.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';

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

/** A case's state in week one: recorded by its inspector, else a file-read or scheduled as decided. */
export function caseStateOf(record: CaseSampleRecord, crn: string): CaseState {
  const recorded = record.tracking?.[crn]?.state;
  if (recorded) return recorded;
  if ((record.replacements ?? []).some((item) => item.excluded === crn)) return 'excluded-and-replaced';
  return 'scheduled';
}
