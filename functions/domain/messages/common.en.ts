/** What any input's checks say, in English (see en.ts): zod's own checks and unknown fields. */
export const commonEn = {
  'common.invalidType': 'must be {expected:expected}',
  'common.tooLong': 'must be at most {maximum:number} characters',
  'common.tooShort': 'must be at least {minimum:number} characters',
  'common.tooMany': 'must hold at most {maximum:number}',
  'common.tooFew': 'must hold at least {minimum:number}',
  'common.tooHigh': 'must be at most {maximum:number}',
  'common.tooLow': 'must be at least {minimum:number}',
  'common.wholeNumberFromTo': 'must be a whole number from {minimum:number} to {maximum:number}',
  'common.oneOf': 'must be one of: {values}',
  'common.badFormat': 'is not written as it should be',
  'common.dateFormat': 'is not a date in the form YYYY-MM-DD',
  'common.dateUnreal': 'is not a real calendar date',
  'common.dateYears': 'is outside the years {min} to {max}',
  'common.idForm':
    'must be an id: 1 to {maximum:number} letters, digits, hyphens (-), underscores (_) or full stops (.)',
  'common.unknownField': 'is not a known field',
  'common.unknownFieldAndOne': 'is not a known field (nor is {named})',
  'common.unknownFieldAndOthers': 'is not a known field (nor are {named})',
  'common.unknownFieldAndMore': 'is not a known field (nor are {named} and {more:number} more)',
  'common.withAllowed': '{message}; allowed: {allowed}',
  // Where a problem is in an uploaded CSV file, by row and column (csvTable.ts).
  'common.file.problem': '{where} {rule}',
  'common.file.file': 'file',
  'common.file.line': 'line {line}',
  'common.file.row': 'row {row}',
  'common.file.column': 'column "{column}"',
  'common.file.rowColumn': 'row {row}, column "{column}"',
  'common.file.unreadable':
    'is not a readable CSV file (each row must have as many values as the header row, quotes closed)',
} as const satisfies Record<`common.${string}`, string>;
