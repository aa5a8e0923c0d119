import type { datesEn } from './dates.en.js';

/** What the dates rules and use cases say, in Welsh (see cy.ts). */
export const datesCy: Record<keyof typeof datesEn, string> = {};
