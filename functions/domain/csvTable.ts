import { parse } from 'csv-parse/sync';
import { said, type SaidKey } from './messages/said.js';
import { ruleError, type FieldError, type Result } from './validation.js';

/**
 * An uploaded CSV file read as a table (the case sample's long-list, the programme's plans): a
 * header row naming the columns (in any order, compared without case, spaces or punctuation), then
 * one row a record. Every problem is named by row and column (`row 3, column "RoSH"`), so that the
 * person can put the file right in one go; the file's own readers check each row's values.
 */

export interface CsvColumn {
  /** The column's name in messages. */
  name: string;
  /** The headers that mean it, normalised (`normalisedHeader`). */
  headers: readonly string[];
  required: boolean;
}

/** What the file's reader says of a file that is empty, too long, or has a column it does not know. */
export interface CsvTableWords {
  /** No header row or no record: `{}`. */
  empty: SaidKey;
  /** More rows than allowed: `{ count, max }`. */
  tooMany: SaidKey;
  /** A header that is no column: `{ columns }` (the columns' names). */
  unknownColumn: SaidKey;
  /** A column given twice: `{ column }`. */
  repeatedColumn: SaidKey;
  /** A required column missing: `{}`. */
  missingColumn: SaidKey;
}

export interface CsvTableOptions {
  maxRows: number;
  words: CsvTableWords;
  /** Headers that refuse the file whatever else it holds (normalised), and why. */
  refusedHeaders?: { headers: readonly string[]; key: SaidKey };
}

/** More checks of the header row, by the columns it gave, reported with the table's own. */
type HeaderCheck<C extends string> = (present: ReadonlySet<C>) => FieldError[];

/** One record of the file: its row number (the header is row 1) and its cells by column. */
export interface CsvRow<C extends string> {
  row: number;
  /** The cell, trimmed; '' when the column is absent or the row is short. */
  cell(column: C): string;
}

export interface CsvTable<C extends string> {
  rows: CsvRow<C>[];
  /** The columns the header row gave. */
  present: ReadonlySet<C>;
}

/** A header as compared: lower case, punctuation and repeated spaces dropped. */
export const normalisedHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Where a cell is, as a field error names it. */
export const cellAt = (row: number, column: CsvColumn) => `row ${row}, column "${column.name}"`;

/** "15/11/2026" (the UK's way) or "2026-11-15", as YYYY-MM-DD; anything else is left for a schema to refuse. */
export function isoDate(value: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return uk ? `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}` : value;
}

/** The file's rows by column, or every problem with its header (a row's values are its reader's to check). */
export function readCsvTable<C extends string>(
  text: string,
  columns: Readonly<Record<C, CsvColumn>>,
  options: CsvTableOptions & { checkHeader?: HeaderCheck<C> },
): Result<CsvTable<C>> {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, errors: [ruleError(line ? `line ${line}` : 'file', undefined, 'common.file.unreadable')] };
  }
  const { words } = options;
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, errors: [ruleError('file', undefined, words.empty)] };
  if (body.length > options.maxRows) {
    return {
      ok: false,
      errors: [ruleError('file', undefined, words.tooMany, { count: body.length, max: options.maxRows })],
    };
  }
  const keys = Object.keys(columns) as C[];
  const errors: FieldError[] = [];
  const index = new Map<C, number>();
  header.forEach((raw, position) => {
    const name = normalisedHeader(raw);
    if (options.refusedHeaders?.headers.includes(name)) {
      errors.push(ruleError(`column "${raw}"`, undefined, options.refusedHeaders.key));
      return;
    }
    const column = keys.find((key) => columns[key].headers.includes(name));
    if (!column) {
      errors.push(
        ruleError(`column "${raw}"`, undefined, words.unknownColumn, { columns: keys.map((key) => columns[key].name) }),
      );
    } else if (index.has(column)) {
      errors.push(ruleError(`column "${raw}"`, undefined, words.repeatedColumn, { column: columns[column].name }));
    } else {
      index.set(column, position);
    }
  });
  for (const key of keys) {
    if (columns[key].required && !index.has(key)) {
      errors.push(ruleError(`column "${columns[key].name}"`, undefined, words.missingColumn));
    }
  }
  errors.push(...(options.checkHeader?.(new Set(index.keys())) ?? []));
  if (errors.length > 0) return { ok: false, errors };
  const rows = body.map((cells, position): CsvRow<C> => ({
    row: position + 2,
    cell: (column) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '');
    },
  }));
  return { ok: true, value: { rows, present: new Set(index.keys()) } };
}

/**
 * Where a problem of a file is (`row 3, column "RoSH"`, `row 3`, `line 4`, `column "X"`, `file`),
 * as a catalogue entry, for a page to word in its language; undefined for a field named otherwise.
 */
export function whereInFile(field: string) {
  const rowColumn = /^row (\d+), column "(.+)"$/.exec(field);
  if (rowColumn) return said('common.file.rowColumn', { row: rowColumn[1] ?? '', column: rowColumn[2] ?? '' });
  const row = /^row (\d+)$/.exec(field);
  if (row) return said('common.file.row', { row: row[1] ?? '' });
  const line = /^line (\d+)$/.exec(field);
  if (line) return said('common.file.line', { line: line[1] ?? '' });
  const column = /^column "(.+)"$/.exec(field);
  if (column) return said('common.file.column', { column: column[1] ?? '' });
  return field === 'file' ? said('common.file.file') : undefined;
}

/** The order of a file's columns, for sorting a row's problems: the column a field names, by its place. */
export function columnOrder<C extends string>(columns: Readonly<Record<C, CsvColumn>>): (field: string) => number {
  const names = (Object.keys(columns) as C[]).map((key) => columns[key].name);
  return (field) => names.indexOf(/column "([^"]+)"/.exec(field)?.[1] ?? '');
}
