import type { commonEn } from './common.en.js';

/** What any input's checks say, in Welsh (see cy.ts). */
export const commonCy: Record<keyof typeof commonEn, string> = {
  'common.invalidType': 'rhaid rhoi {expected:expected}',
  'common.tooLong': 'rhaid iddo fod yn {maximum:number} nod neu lai',
  'common.tooShort': 'rhaid iddo fod yn {minimum:number} nod o leiaf',
  'common.tooMany': 'ni all ddal mwy na {maximum:number}',
  'common.tooFew': 'rhaid iddo ddal {minimum:number} o leiaf',
  'common.tooHigh': 'rhaid iddo fod yn {maximum:number} neu lai',
  'common.tooLow': 'rhaid iddo fod yn {minimum:number} o leiaf',
  'common.wholeNumberFromTo': 'rhaid iddo fod yn rhif cyfan rhwng {minimum:number} a {maximum:number}',
  'common.oneOf': 'rhaid iddo fod yn un o: {values}',
  'common.badFormat': 'nid yw wedi’i ysgrifennu fel y dylai fod',
  'common.badEmail': 'rhaid iddo fod yn gyfeiriad e-bost, fel enw@example.gov.uk',
  'common.badUrl': 'rhaid iddo fod yn gyfeiriad gwe (URL), fel https://example.gov.uk',
  'common.badDateTime': 'rhaid iddo fod yn ddyddiad ac amser, fel 2027-03-01T09:00:00Z',
  'common.dateFormat': 'nid yw’n ddyddiad ar y ffurf BBBB-MM-DD',
  'common.dateUnreal': 'nid yw’n ddyddiad go iawn yn y calendr',
  'common.dateYears': 'mae y tu allan i’r blynyddoedd {min} i {max}',
  'common.idForm':
    'rhaid iddo fod yn ddynodydd: rhwng 1 a {maximum:number} o lythrennau, digidau, cysylltnodau (-), tanlinellau (_) neu atalnodau llawn (.)',
  'common.unknownField': 'nid yw’n faes hysbys',
  'common.unknownFieldAndOne': 'nid yw’n faes hysbys (na {named} chwaith)',
  'common.unknownFieldAndOthers': 'nid yw’n faes hysbys (na {named} chwaith)',
  'common.unknownFieldAndMore': 'nid yw’n faes hysbys (na {named} a {more:number} arall chwaith)',
  'common.withAllowed': '{message}; caniateir: {allowed}',
  'common.file.problem': '{where}: {rule}',
  'common.file.file': 'ffeil',
  'common.file.line': 'llinell {line}',
  'common.file.row': 'rhes {row}',
  'common.file.column': 'colofn "{column}"',
  'common.file.rowColumn': 'rhes {row}, colofn "{column}"',
  'common.file.unreadable':
    'nid yw’n ffeil CSV y gellir ei darllen (rhaid i bob rhes gynnwys yr un nifer o werthoedd â’r rhes bennawd, a rhaid cau pob dyfynnod)',
};
