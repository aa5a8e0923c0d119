import { cellAt, isoDate, readCsvTable, type CsvColumn, type CsvRow } from '../csvTable.js';
import { findRegion, REGIONS } from '../regions.js';
import { ruleError, type FieldError, type Result } from '../validation.js';

/**
 * A whole programme planned from one CSV file (issue 15): a header row, then one row a region,
 * each a plan as one inspection is planned. Its columns, in any order, compared without case,
 * spaces or punctuation:
 *
 * | column                                               | holds                                               |
 * | ---------------------------------------------------- | --------------------------------------------------- |
 * | Region                                               | one of the 12 regions, once in the file             |
 * | Fieldwork start                                      | the Monday fieldwork starts, YYYY-MM-DD or DD/MM/YYYY |
 * | Lead name, Lead email                                | the lead inspector                                  |
 * | Deputy lead name, Deputy lead email (optional)       | the deputy lead, if any                             |
 * | ISA name, ISA email                                  | the inspection support administrator                |
 * | RPD name, RPD email                                  | the regional probation director                     |
 * | SPOC name, SPOC email (optional)                     | the single point of contact, if known               |
 * | Head of Programme name, Head of Programme email      | the Head of Probation Inspection Programme          |
 *
 * Each person is a name and a work email address in two columns (a name may hold a comma, an
 * address never does, and neither needs quoting). A row's values are checked by the rules that plan
 * one inspection (app/inspections/newInspection.ts); this file reads the table and refuses a
 * region given twice.
 */

const ROLES = ['lead', 'deputyLead', 'isa', 'rpd', 'spoc', 'headOfProgramme'] as const;
type Role = (typeof ROLES)[number];
/** Roles a plan may leave out: their columns may be absent and their cells empty. */
const OPTIONAL_ROLES: readonly Role[] = ['deputyLead', 'spoc'];

type Column = 'region' | 'fieldworkStart' | `${Role}${'Name' | 'Email'}`;

const ROLE_HEADINGS: Record<Role, { name: string; headers: string[] }> = {
  lead: { name: 'Lead', headers: ['lead', 'lead inspector'] },
  deputyLead: { name: 'Deputy lead', headers: ['deputy lead', 'deputy lead inspector', 'deputy'] },
  isa: { name: 'ISA', headers: ['isa', 'inspection support administrator'] },
  rpd: { name: 'RPD', headers: ['rpd', 'regional probation director'] },
  spoc: { name: 'SPOC', headers: ['spoc', 'single point of contact'] },
  headOfProgramme: {
    name: 'Head of Programme',
    headers: ['head of programme', 'head of probation inspection programme', 'hop'],
  },
};

const personColumns = (role: Role): [Column, CsvColumn][] => {
  const { name, headers } = ROLE_HEADINGS[role];
  const required = !OPTIONAL_ROLES.includes(role);
  return [
    [`${role}Name`, { name: `${name} name`, headers: headers.map((h) => `${h} name`), required }],
    [`${role}Email`, { name: `${name} email`, headers: headers.map((h) => `${h} email`), required }],
  ];
};

/** Each column's name in messages, and the headers that mean it. */
export const PROGRAMME_COLUMNS = Object.fromEntries([
  ['region', { name: 'Region', headers: ['region', 'probation region'], required: true }],
  [
    'fieldworkStart',
    {
      name: 'Fieldwork start',
      headers: ['fieldwork start', 'fieldwork', 'fieldwork start date', 'first day of fieldwork'],
      required: true,
    },
  ],
  ...ROLES.flatMap(personColumns),
]) as Record<Column, CsvColumn>;

/** At most one row a region. */
export const MAX_PROGRAMME_ROWS = REGIONS.length;

/** One row of the file: the plan it asks for, as one inspection's plan is asked for. */
export interface ProgrammeFileRow {
  row: number;
  request: { region: string; fieldworkStart: string; people: Partial<Record<Role, { name: string; email: string }>> };
}

/** Where a plan's field is in the file: `row 3, column "Lead email"`, or `row 3` for a field of no column. */
export function whereInProgrammeFile(row: number, field: string): string {
  const [first = '', role = '', part = ''] = field.split('.');
  const column: Column | undefined =
    first === 'region' || first === 'fieldworkStart'
      ? first
      : first === 'people' && (ROLES as readonly string[]).includes(role)
        ? `${role as Role}${part === 'email' ? 'Email' : 'Name'}`
        : undefined;
  return column ? cellAt(row, PROGRAMME_COLUMNS[column]) : `row ${row}`;
}

/** The file's plans, or every problem with its table (and each region given twice), by row and column. */
export function readProgrammeFile(text: string): Result<ProgrammeFileRow[]> {
  const table = readCsvTable(text, PROGRAMME_COLUMNS, {
    maxRows: MAX_PROGRAMME_ROWS,
    words: {
      empty: 'programme.file.noPlans',
      tooMany: 'programme.file.tooMany',
      unknownColumn: 'programme.file.unknownColumn',
      repeatedColumn: 'programme.file.repeatedColumn',
      missingColumn: 'programme.file.missingColumn',
    },
  });
  if (!table.ok) return table;
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const rows = table.value.rows.map((row) => {
    const region = row.cell('region');
    const known = findRegion(region);
    const first = known ? seen.get(known.id) : undefined;
    if (known && first !== undefined) {
      errors.push(
        ruleError(cellAt(row.row, PROGRAMME_COLUMNS.region), region, 'programme.file.repeatsRegion', { row: first }),
      );
    } else if (known) seen.set(known.id, row.row);
    return {
      row: row.row,
      request: { region, fieldworkStart: isoDate(row.cell('fieldworkStart')), people: people(row) },
    };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rows };
}

/** A row's people: each named by its two cells; an optional role left empty is left out. */
function people(row: CsvRow<Column>): ProgrammeFileRow['request']['people'] {
  return Object.fromEntries(
    ROLES.flatMap((role) => {
      const name = row.cell(`${role}Name`);
      const email = row.cell(`${role}Email`);
      return OPTIONAL_ROLES.includes(role) && name === '' && email === '' ? [] : [[role, { name, email }]];
    }),
  );
}
