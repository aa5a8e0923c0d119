import { accessCy } from './access.cy.js';
import { alertsCy } from './alerts.cy.js';
import { caseSampleCy } from './caseSample.cy.js';
import { commonCy } from './common.cy.js';
import { datesCy } from './dates.cy.js';
import { dueCy } from './due.cy.js';
import type { SaidKey } from './en.js';
import { peopleCy } from './people.cy.js';
import { programmeCy } from './programme.cy.js';
import { reportCy } from './report.cy.js';

/**
 * What the domain and the use cases say, in Welsh: the same keys as en.ts, so a missing
 * translation fails the type check. Written for this project; a Welsh speaker must review it.
 */
export const SAID_CY: Record<SaidKey, string> = {
  ...commonCy,
  ...accessCy,
  ...alertsCy,
  ...caseSampleCy,
  ...datesCy,
  ...dueCy,
  ...peopleCy,
  ...programmeCy,
  ...reportCy,
};
