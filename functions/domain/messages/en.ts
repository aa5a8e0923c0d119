import { accessEn } from './access.en.js';
import { alertsEn } from './alerts.en.js';
import { caseSampleEn } from './caseSample.en.js';
import { commonEn } from './common.en.js';
import { datesEn } from './dates.en.js';
import { dueEn } from './due.en.js';
import { peopleEn } from './people.en.js';
import { programmeEn } from './programme.en.js';
import { reportEn } from './report.en.js';

/**
 * What the domain and the use cases say to people (refusals, reasons, warnings), in English, by
 * key: one file an area, each key prefixed with its area. Welsh has the same keys (cy.ts).
 * Placeholders are explained in said.ts.
 */
export const SAID_EN = {
  ...commonEn,
  ...accessEn,
  ...alertsEn,
  ...caseSampleEn,
  ...datesEn,
  ...dueEn,
  ...peopleEn,
  ...programmeEn,
  ...reportEn,
} as const;

export type SaidKey = keyof typeof SAID_EN;
