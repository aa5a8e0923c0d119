import type { dueEn } from './due.en.js';

/** What the due rules and use cases say, in Welsh (see cy.ts). */
export const dueCy: Record<keyof typeof dueEn, string> = {};
