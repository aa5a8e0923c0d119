import type { Language } from '../planner.js';
import { ENGLISH, sayWith, type Said, type Wording } from './said.js';
import { WELSH } from './welsh.js';

const WORDINGS: Record<Language, Wording> = { en: ENGLISH, cy: WELSH };

/** A language's wording: its catalogue and the words it puts between values (said.ts). */
export const wordingIn = (lang: Language): Wording => WORDINGS[lang];

/** A message in the person's language: the pages and the notices, in English or Welsh. */
export const sayIn = (message: Said, lang: Language): string => sayWith(WORDINGS[lang], message);
