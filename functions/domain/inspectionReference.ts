import type { RegionId } from './regions.js';

/** Short region codes for references people read and say aloud. */
const REGION_CODES: Record<RegionId, string> = {
  'north-east': 'NE',
  'north-west': 'NW',
  'yorkshire-and-the-humber': 'YH',
  'greater-manchester': 'GM',
  'east-midlands': 'EM',
  'west-midlands': 'WM',
  'east-of-england': 'EE',
  'kent-surrey-and-sussex': 'KSS',
  london: 'LDN',
  'south-west': 'SW',
  'south-central': 'SC',
  wales: 'WAL',
};

/** Consonants only: no word can be spelt, no digit can be read as part of a date. */
const LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';
const LENGTH = 5;

/** FNV-1a, 32 bits: a stable spread of the id's characters (not for secrecy). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The reference people see for an inspection (issue 18, section 6): `DIPP-<region code>-<5
 * consonants>`, e.g. `DIPP-LDN-KTZRB`. It is made once, when the inspection is planned, from its
 * internal id, and stored: a move of dates never changes it, and it does not look like a date (the
 * old `DIPP-LONDON-2027-04-26` kept its first fieldwork date after a move to 10 May). The internal
 * id, which URLs and keys use, is unchanged.
 */
export function displayReference(regionId: RegionId, inspectionId: string): string {
  let value = fnv1a(inspectionId);
  let tail = '';
  for (let i = 0; i < LENGTH; i += 1) {
    tail += LETTERS[value % LETTERS.length] ?? 'X';
    value = Math.floor(value / LETTERS.length);
  }
  return `DIPP-${REGION_CODES[regionId]}-${tail}`;
}
