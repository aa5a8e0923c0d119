import type { dueEn } from './due.en.js';

/** What the due rules and use cases say, in Welsh: the same keys as due.en.ts. */
export const dueCy: Record<keyof typeof dueEn, string> = {
  'due.dateWritten': 'rhaid iddo fod yn ddyddiad wedi’i ysgrifennu BBBB-MM-DD',
  'due.notBeforeFrom': 'ni all fod cyn y dyddiad cyntaf',
  'due.withinYearOfFrom': 'rhaid iddo fod o fewn blwyddyn i’r dyddiad cyntaf',
  'due.probationRegion': 'rhaid iddo fod yn un o’r 12 rhanbarth prawf',
  'due.oneOf': 'rhaid iddo fod yn un o: {values}',
  'due.regionOrInspectorate': 'rhaid iddo fod yn ‘region’ neu ‘inspectorate’',
  'due.emailAddress': 'rhaid iddo fod yn gyfeiriad e-bost',
  'due.ownCalendarOnly': 'dim ond i’ch calendr eich hun y gallwch danysgrifio',
};
