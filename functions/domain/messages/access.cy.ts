import type { accessEn } from './access.en.js';

/** What the access rules and use cases say, in Welsh (see cy.ts). */
export const accessCy: Record<keyof typeof accessEn, string> = {};
