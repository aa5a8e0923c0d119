import { longListCaseSchema, type LongListCase } from './cases.js';
import {
  cellAt,
  columnOrder,
  isoDate,
  normalisedHeader as normalised,
  readCsvTable,
  type CsvColumn,
  type CsvRow,
} from '../csvTable.js';
import { fieldErrorsFrom, ruleError, type FieldError, type Result } from '../validation.js';

/**
 * A region's long-list as a CSV file, as exported from nDelius's standard reports: one case a row,
 * the columns below (named as nDelius or as this service names them, in any order, any case).
 * Every row is checked; a file with any problem is refused whole, each problem named by row and
 * column, so nothing half-read is ever stored. A column that could hold a person on probation's
 * name, date of birth or address refuses the file: the service must not receive them.
 */

type Column =
  | 'crn'
  | 'pdu'
  | 'practitioner'
  | 'staffId'
  | 'practitionerEmail'
  | 'sentenceType'
  | 'requirement'
  | 'startDate'
  | 'rosh'
  | 'suspensionDate'
  | 'suspensionScheme'
  | 'terminationDate'
  | 'otherSentences'
  | 'currentReview';

/** Each column's name in messages, and the headers that mean it (compared without case, spaces or punctuation). */
export const LONG_LIST_COLUMNS: Record<Column, CsvColumn> = {
  crn: { name: 'CRN', headers: ['crn', 'case reference', 'case reference number'], required: true },
  pdu: { name: 'PDU', headers: ['pdu', 'probation delivery unit'], required: true },
  practitioner: {
    name: 'Practitioner',
    headers: ['practitioner', 'practitioner name', 'offender manager'],
    required: true,
  },
  staffId: { name: 'Staff id', headers: ['staff id', 'staff code', 'practitioner staff id'], required: false },
  practitionerEmail: { name: 'Practitioner email', headers: ['practitioner email', 'staff email'], required: false },
  sentenceType: { name: 'Sentence type', headers: ['sentence type', 'sentence', 'order type'], required: true },
  requirement: { name: 'Requirement', headers: ['requirement', 'requirements'], required: true },
  startDate: { name: 'Start date', headers: ['start date', 'commencement date', 'release date'], required: true },
  rosh: { name: 'RoSH', headers: ['rosh', 'rosh level', 'risk of serious harm'], required: true },
  suspensionDate: {
    name: 'Contact suspended',
    headers: ['contact suspended', 'suspension date', 'date contact suspended'],
    required: false,
  },
  suspensionScheme: { name: 'Suspension scheme', headers: ['suspension scheme', 'scheme'], required: false },
  terminationDate: { name: 'Termination date', headers: ['termination date', 'terminated'], required: false },
  otherSentences: {
    name: 'Other sentences in period',
    headers: ['other sentences in period', 'other sentences'],
    required: false,
  },
  currentReview: { name: 'Current review', headers: ['current review', 'review'], required: false },
};

/** Headers that would carry a person on probation's identity: a file with one is refused. */
const PERSONAL_HEADERS = [
  'name',
  'forename',
  'forenames',
  'first name',
  'surname',
  'last name',
  'family name',
  'full name',
  'offender name',
  'person on probation',
  'date of birth',
  'dob',
  'birth date',
  'address',
  'postcode',
  'post code',
  'pnc',
  'pnc number',
  'noms number',
];

/** The most rows one file may hold: a region's two weeks of commencements are a few hundred. */
export const MAX_LONG_LIST_ROWS = 10_000;

const VALUES: Record<
  'sentenceType' | 'requirement' | 'rosh' | 'suspensionScheme' | 'currentReview',
  Record<string, string>
> = {
  sentenceType: {
    'community order': 'community-order',
    co: 'community-order',
    'suspended sentence order': 'suspended-sentence-order',
    sso: 'suspended-sentence-order',
    licence: 'licence',
    license: 'licence',
    'pss only': 'pss-only',
    pss: 'pss-only',
    'post sentence supervision': 'pss-only',
  },
  requirement: {
    'rehabilitation activity': 'rehabilitation-activity',
    'rehabilitation activity requirement': 'rehabilitation-activity',
    rar: 'rehabilitation-activity',
    'accredited programme': 'accredited-programme',
    ap: 'accredited-programme',
    none: 'none',
    '': 'none',
  },
  rosh: { low: 'low', medium: 'medium', high: 'high', 'very high': 'very-high' },
  suspensionScheme: { reset: 'reset', 'probation reset': 'reset', impact: 'impact', 'probation impact': 'impact' },
  currentReview: {
    '': 'none',
    none: 'none',
    sfo: 'sfo',
    'serious further offence': 'sfo',
    dardr: 'domestic-abuse-related-death',
    'domestic abuse related death': 'domestic-abuse-related-death',
    'domestic abuse related death review': 'domestic-abuse-related-death',
    cspr: 'child-safeguarding-practice',
    'child safeguarding practice': 'child-safeguarding-practice',
    'child safeguarding practice review': 'child-safeguarding-practice',
    other: 'other',
  },
};

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false', '']);

const FIELD_COLUMN: Record<string, Column> = {
  crn: 'crn',
  pdu: 'pdu',
  'practitioner.name': 'practitioner',
  'practitioner.staffId': 'staffId',
  'practitioner.email': 'practitionerEmail',
  practitioner: 'practitioner',
  sentenceType: 'sentenceType',
  requirement: 'requirement',
  startDate: 'startDate',
  rosh: 'rosh',
  'suspension.date': 'suspensionDate',
  'suspension.scheme': 'suspensionScheme',
  suspension: 'suspensionDate',
  terminationDate: 'terminationDate',
  otherSentencesInPeriod: 'otherSentences',
  currentReview: 'currentReview',
};

const where = (row: number, column: Column) => cellAt(row, LONG_LIST_COLUMNS[column]);

/** The long-list's cases, or every problem with the file, by row and column. */
export function readLongList(text: string): Result<LongListCase[]> {
  const table = readCsvTable(text, LONG_LIST_COLUMNS, {
    maxRows: MAX_LONG_LIST_ROWS,
    words: {
      empty: 'sample.longList.noCases',
      tooMany: 'sample.longList.tooMany',
      unknownColumn: 'sample.longList.unknownColumn',
      repeatedColumn: 'sample.longList.repeatedColumn',
      missingColumn: 'sample.longList.missingColumn',
    },
    refusedHeaders: { headers: PERSONAL_HEADERS, key: 'sample.longList.personal' },
    checkHeader: (present) =>
      present.has('staffId') || present.has('practitionerEmail')
        ? []
        : [ruleError('column "Staff id"', undefined, 'sample.longList.noStaffId')],
  });
  if (!table.ok) return table;

  const errors: FieldError[] = [];
  const cases: LongListCase[] = [];
  const seen = new Map<string, number>();
  const order = columnOrder(LONG_LIST_COLUMNS);
  for (const row of table.value.rows) {
    const before = errors.length;
    readRow(row);
    // A row's problems in the order of the columns.
    const rowErrors = errors.splice(before).sort((a, b) => order(a.field) - order(b.field));
    errors.push(...rowErrors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: cases };

  function readRow({ row, cell }: CsvRow<Column>): void {
    const coded = (column: keyof typeof VALUES) => {
      const given = cell(column);
      const value = VALUES[column][normalised(given)];
      if (value === undefined) {
        errors.push(
          ruleError(where(row, column), given, 'sample.longList.notOneOf', {
            values: [...new Set(Object.keys(VALUES[column]).filter(Boolean))],
          }),
        );
      }
      return value;
    };
    const yesNo = normalised(cell('otherSentences'));
    if (!YES.has(yesNo) && !NO.has(yesNo)) {
      errors.push(ruleError(where(row, 'otherSentences'), cell('otherSentences'), 'sample.longList.yesNo'));
    }
    const suspensionDate = cell('suspensionDate');
    const scheme = cell('suspensionScheme');
    if ((suspensionDate === '') !== (scheme === '')) {
      errors.push(
        ruleError(
          where(row, suspensionDate === '' ? 'suspensionDate' : 'suspensionScheme'),
          undefined,
          'sample.longList.suspension',
        ),
      );
    }
    const candidate = {
      crn: cell('crn').toUpperCase(),
      pdu: cell('pdu'),
      practitioner: {
        name: cell('practitioner'),
        ...(cell('staffId') ? { staffId: cell('staffId') } : {}),
        ...(cell('practitionerEmail') ? { email: cell('practitionerEmail') } : {}),
      },
      sentenceType: coded('sentenceType'),
      requirement: coded('requirement'),
      startDate: isoDate(cell('startDate')),
      rosh: coded('rosh'),
      ...(suspensionDate && scheme
        ? { suspension: { date: isoDate(suspensionDate), scheme: coded('suspensionScheme') } }
        : {}),
      ...(cell('terminationDate') ? { terminationDate: isoDate(cell('terminationDate')) } : {}),
      otherSentencesInPeriod: YES.has(yesNo),
      currentReview: coded('currentReview'),
    };
    const parsed = longListCaseSchema.safeParse(candidate);
    if (!parsed.success) {
      // The schema's own words, with the catalogue entry each was given by (cases.ts).
      for (const problem of fieldErrorsFrom(parsed.error, candidate)) {
        const column = FIELD_COLUMN[problem.field] ?? FIELD_COLUMN[problem.field.split('.')[0] ?? ''];
        // A coded value already refused above is not refused twice.
        if (column && errors.some((error) => error.field === where(row, column))) continue;
        errors.push({ ...problem, field: column ? where(row, column) : `row ${row}`, value: undefined });
      }
      return;
    }
    const first = seen.get(parsed.data.crn);
    if (first !== undefined) {
      errors.push(ruleError(where(row, 'crn'), parsed.data.crn, 'sample.longList.repeatsCase', { row: first }));
      return;
    }
    seen.set(parsed.data.crn, row);
    cases.push(parsed.data);
  }
}
