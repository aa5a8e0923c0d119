/** What the due rules and use cases say, in English (see en.ts). */
export const dueEn = {
  'due.dateWritten': 'must be a date written YYYY-MM-DD',
  'due.notBeforeFrom': 'must not be before from',
  'due.withinYearOfFrom': 'must be within a year of from',
  'due.probationRegion': 'must be one of the 12 probation regions',
  'due.oneOf': 'must be one of {values}',
  'due.regionOrInspectorate': 'must be region or inspectorate',
  'due.emailAddress': 'must be an email address',
  'due.ownCalendarOnly': 'you can subscribe to your own calendar only',
} as const satisfies Record<`due.${string}`, string>;
