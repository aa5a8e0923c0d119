import type { programmeEn } from './programme.en.js';

/** What planning a whole programme from one file says, in Welsh (see cy.ts). */
export const programmeCy: Record<keyof typeof programmeEn, string> = {
  'programme.file.noPlans': 'nid oes cynlluniau ynddi: mae angen rhes bennawd ac un rhes ar gyfer pob rhanbarth',
  'programme.file.tooMany': 'nifer y rhesi ynddi: {count}; mae gan raglen {max} ar y mwyaf, un ar gyfer pob rhanbarth',
  'programme.file.unknownColumn': 'nid yw’n golofn yn ffeil y rhaglen; y colofnau yw: {columns}',
  'programme.file.repeatedColumn': 'mae’n ailadrodd y golofn "{column}"',
  'programme.file.missingColumn': 'mae ar goll: mae ar ffeil y rhaglen ei hangen',
  'programme.file.repeatsRegion':
    'mae’n ailadrodd y rhanbarth yn rhes {row}: mae rhaglen yn cynllunio pob rhanbarth unwaith',
  'programme.plan.csv': 'rhaid iddo fod yn rhaglen, ffeil CSV',
  'programme.plan.csvTooLarge': 'mae’n rhy fawr i fod yn rhaglen ({most} nod ar y mwyaf)',
  'programme.plan.notAccepted':
    'ni dderbyniwyd y rhaglen, ac ni chadwyd dim: {count} {count|broblem|problem} i’w cywiro',
  'programme.plan.stopped':
    'dim ond rhan o’r rhaglen a gadwyd: cynlluniwyd {saved} {saved|arolygiad|arolygiad} ({ids}), yna gwrthodwyd rhes {row}: {why}. Cedwir y rhai a gynlluniwyd; cynlluniwch y gweddill eto',
};
