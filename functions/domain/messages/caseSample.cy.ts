import type { caseSampleEn } from './caseSample.en.js';

/** What the caseSample rules and use cases say, in Welsh (see cy.ts). */
export const caseSampleCy: Record<keyof typeof caseSampleEn, string> = {};
