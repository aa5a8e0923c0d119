import type { alertsEn } from './alerts.en.js';

/** What the alerts rules and use cases say, in Welsh (see cy.ts). */
export const alertsCy: Record<keyof typeof alertsEn, string> = {};
