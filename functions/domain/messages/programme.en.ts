/** What planning a whole programme from one file says, in English (see en.ts). */
export const programmeEn = {
  // The programme's file, by row and column (programme/programmeFile.ts).
  'programme.file.noPlans': 'has no plans: a header row and one row a region are needed',
  'programme.file.tooMany': 'has {count} rows; a programme has at most {max}, one a region',
  'programme.file.unknownColumn': 'is not a column of the programme file; the columns are: {columns}',
  'programme.file.repeatedColumn': 'repeats the column "{column}"',
  'programme.file.missingColumn': 'is missing: the programme file needs it',
  'programme.file.repeatsRegion': 'repeats the region on row {row}: a programme plans each region once',
  // Planning it (app/inspections/planProgramme.ts).
  'programme.plan.csv': 'must be the programme, a CSV file',
  'programme.plan.csvTooLarge': 'is too large to be a programme (at most {most} characters)',
  'programme.plan.notAccepted':
    'the programme was not accepted, and nothing was saved: {count} {count|problem|problems} to put right',
  'programme.plan.stopped':
    'the programme was saved only in part: {saved} {saved|inspection was|inspections were} planned ({ids}), then row {row} was refused: {why}. Those planned are kept; plan the rest again',
} as const satisfies Record<`programme.${string}`, string>;
