import { csvLine } from '../../functions/app/shared/csv.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { demoProgramme } from '../../functions/local/demo.js';

/** The columns of a programme file (functions/domain/programme/programmeFile.ts), in a spreadsheet's order. */
export const PROGRAMME_HEADER = [
  'Region',
  'Fieldwork start',
  'Lead name',
  'Lead email',
  'Deputy lead name',
  'Deputy lead email',
  'ISA name',
  'ISA email',
  'RPD name',
  'RPD email',
  'SPOC name',
  'SPOC email',
  'Head of Programme name',
  'Head of Programme email',
];

type Row = Record<(typeof PROGRAMME_HEADER)[number], string>;

/**
 * The 12 regions' plans a week apart from `first`, with the demonstration's people (East of
 * England without a SPOC): from Monday 13 September 2027, a programme with no clash.
 */
export function programmeRows(first = '2027-09-13'): Row[] {
  return demoProgramme(12, asLocalDate(first)).map(({ region, fieldworkStart, people }) => {
    const person = (name: string, who?: { name: string; email: string }) => ({
      [`${name} name`]: who?.name ?? '',
      [`${name} email`]: who?.email ?? '',
    });
    return {
      Region: region,
      'Fieldwork start': fieldworkStart,
      ...person('Lead', people.lead),
      ...person('Deputy lead', people.deputyLead),
      ...person('ISA', people.isa),
      ...person('RPD', people.rpd),
      ...person('SPOC', people.spoc),
      ...person('Head of Programme', people.headOfProgramme),
    };
  });
}

/** The rows as a CSV file, each changed by `change` first (by its index, from 0). */
export function programmeCsv(rows: Row[] = programmeRows(), change: (row: Row, index: number) => Row = (r) => r) {
  const lines = [
    PROGRAMME_HEADER,
    ...rows.map(change).map((row) => PROGRAMME_HEADER.map((column) => row[column] ?? '')),
  ];
  return `${lines.map(csvLine).join('\r\n')}\r\n`;
}
