import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAID_CY } from '../../functions/domain/messages/cy.js';
import { SAID_EN, type SaidKey } from '../../functions/domain/messages/en.js';
import { english, formatsIn, KNOWN_FORMATS, placeholdersIn, said } from '../../functions/domain/messages/said.js';
import { sayIn } from '../../functions/domain/messages/sayIn.js';

/** What the domain and the use cases say: both languages hold the same placeholders, and each entry is used. */
const keys = Object.keys(SAID_EN) as SaidKey[];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('what the use cases say, in English and Welsh', () => {
  it('has a Welsh entry, not empty and not the English, for every English one', () => {
    const missing = keys.filter((key) => !SAID_CY[key]?.trim());
    const untranslated = keys.filter((key) => SAID_CY[key] === SAID_EN[key] && /[a-z]{4,}/.test(SAID_EN[key]));

    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('names the same placeholders, with the same formats, in both languages', () => {
    const differing = keys.filter(
      (key) =>
        placeholdersIn(SAID_EN[key]).join() !== placeholdersIn(SAID_CY[key]).join() ||
        formatsIn(SAID_EN[key]).join() !== formatsIn(SAID_CY[key]).join(),
    );
    const unknownFormats = keys.flatMap((key) =>
      [...formatsIn(SAID_EN[key]), ...formatsIn(SAID_CY[key])]
        .map((named) => named.split(':')[1] ?? '')
        .filter((format) => !KNOWN_FORMATS.includes(format)),
    );

    expect(differing).toEqual([]);
    expect(unknownFormats).toEqual([]);
  });

  it('uses every entry somewhere in the service (an entry nobody says is one nobody translates well)', () => {
    const source = sourcesUnder('functions')
      .filter((path) => !path.includes(join('domain', 'messages')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = keys.filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`'${key.replace(/\.[^.]+$/, '.')}`),
    );

    expect(unused).toEqual([]);
  });

  it('writes dates, numbers, lists, plurals and nested messages in the language asked for', () => {
    const tooLong = said('common.tooLong', { maximum: 1200 });

    expect(english(tooLong)).toBe('must be at most 1,200 characters');
    expect(sayIn(tooLong, 'cy')).toBe('rhaid iddo fod yn 1,200 nod neu lai');
    expect(english(said('common.unknownFieldAndMore', { named: ['k1', 'k2'], more: 4995 }))).toBe(
      'is not a known field (nor are k1, k2 and 4,995 more)',
    );
    expect(sayIn(said('common.withAllowed', { message: said('common.unknownField'), allowed: ['a', 'b'] }), 'cy')).toBe(
      'nid yw’n faes hysbys; caniateir: a, b',
    );
    expect(sayIn(said('common.invalidType', { expected: 'number' }), 'cy')).toBe('rhaid rhoi rhif');
  });
});
