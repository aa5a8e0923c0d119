import { alertWordsCy } from '../notices/alerts.cy.js';
import { cy as noticesCy } from '../notices/cy.js';
import { SAID_CY } from './cy.js';
import type { Wording } from './said.js';

/** The messages' Welsh wording (said.ts explains a wording); only what words things in Welsh loads it. */
export const WELSH: Wording = {
  lang: 'cy',
  catalogue: SAID_CY,
  expected: {
    string: 'testun',
    number: 'rhif',
    int: 'rhif cyfan',
    boolean: 'gwir neu gau',
    object: 'set o feysydd',
    record: 'set o feysydd',
    nonoptional: 'gwerth',
    array: 'rhestr',
    date: 'dyddiad',
  },
  or: 'neu',
  and: 'a',
  regionName: (region) => noticesCy.regionNames[region] ?? region,
  alertWords: alertWordsCy,
};
