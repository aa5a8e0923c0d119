import type { reportEn } from './report.en.js';

/** What the report rules and use cases say, in Welsh (see cy.ts). */
export const reportCy: Record<keyof typeof reportEn, string> = {};
