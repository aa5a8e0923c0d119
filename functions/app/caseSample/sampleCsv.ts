import { csvLine } from '../shared/csv.js';
import type { Principal } from '../../domain/access.js';
import { formatShortDate } from '../../domain/localDate.js';
import type { Deps } from '../deps.js';
import { readableSample } from './viewSample.js';

export const SAMPLE_CSV_COLUMNS = [
  'CRN',
  'PDU',
  'Practitioner',
  'Staff id',
  'Practitioner email',
  'RoSH',
  'Questions',
  'Why core or adjusted',
  'Inspector',
  'Interview date',
  'Interview start',
  'Interview end',
  'No interview slot because',
] as const;

export interface CsvFile {
  filename: string;
  contentType: string;
  body: string;
}

/**
 * The case sample as a CSV file for the person's own use, with the interview schedule: one row a
 * sampled case, CRLF line ends, a UTF-8 byte order mark (so spreadsheets read names' accents). Who
 * may download it is who may view it; every download is audited, since the file leaves the service.
 */
export async function sampleCsv(
  deps: Pick<Deps, 'timeline' | 'caseSample' | 'clock' | 'calendar'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<CsvFile> {
  const view = await readableSample(deps, principal, inspectionId, { audited: true, name: 'case sample downloaded' });
  const rows = (view.sample?.cases ?? []).map((item) =>
    csvLine([
      item.crn,
      item.pdu,
      item.practitioner.name,
      item.practitioner.staffId ?? '',
      item.practitioner.email ?? '',
      item.roshText,
      item.questionsText,
      item.questionsReason,
      item.interview?.inspector.name ?? '',
      item.interview ? formatShortDate(item.interview.date) : '',
      item.interview?.start ?? '',
      item.interview?.end ?? '',
      item.unplaced ?? '',
    ]),
  );
  return {
    filename: `case-sample-${view.inspectionId}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: `\uFEFF${[csvLine(SAMPLE_CSV_COLUMNS), ...rows].join('\r\n')}\r\n`,
  };
}
