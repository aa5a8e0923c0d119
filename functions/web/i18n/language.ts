import type { Principal } from '../../domain/access.js';
import type { Language } from '../../domain/planner.js';

/**
 * Which language a person's pages are in. The Welsh Language Scheme treats Welsh and English
 * equally for Wales: the Wales region's users, and the inspectorate (who work with them), may
 * choose Welsh; everyone else's pages are in English. English unless chosen.
 */
export const LANGUAGE_COOKIE = 'dipp-lang';

export const mayChooseWelsh = (principal: Principal): boolean =>
  principal.regionId === undefined || principal.regionId === 'wales';

/** A cookie's value as a language; English for anything else. */
export const languageFrom = (value: string | undefined): Language => (value === 'cy' ? 'cy' : 'en');

/** The language of a signed-in person's pages: their choice, where they may make it. */
export const pageLanguage = (principal: Principal, chosen: string | undefined): Language =>
  mayChooseWelsh(principal) ? languageFrom(chosen) : 'en';

/** Where the switch sends the browser back to: a path on this site only (never `//elsewhere`). */
export const backTo = (value: string | null): string =>
  value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : '/';
