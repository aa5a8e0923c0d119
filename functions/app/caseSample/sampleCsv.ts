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

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or spaces at an end,
 * quotes doubled. A field a spreadsheet would run as a formula (=, +, -, @, tab or carriage return
 * first) is given a leading apostrophe first (OWASP's advice on CSV injection): a practitioner's
 * name comes from the region's file.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (values: readonly string[]) => values.map(csvField).join(',');

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
