import { describe, expect, it } from 'vitest';
import { cy } from '../../functions/web/i18n/cy.js';
import { en, type MessageKey } from '../../functions/web/i18n/en.js';
import { placeholdersOf, translator } from '../../functions/web/i18n/translator.js';

/** The pages' two catalogues: the compiler holds their keys equal; this holds their content. */
const keys = Object.keys(en) as MessageKey[];

describe('the pages’ catalogues', () => {
  it('has a Welsh entry, not empty, for every English one', () => {
    const empty = keys.filter((key) => cy[key].trim() === '');

    expect(Object.keys(cy).sort()).toEqual([...keys].sort());
    expect(empty).toEqual([]);
  });

  it('names the same placeholders in both languages', () => {
    const differing = keys.filter((key) => placeholdersOf(en[key]).join() !== placeholdersOf(cy[key]).join());

    expect(differing).toEqual([]);
  });

  it('fills in placeholders and leaves text without them as it is', () => {
    expect(translator('cy')('overview.dueSoon', { days: 14 })).toBe(
      'Yn ddyledus yn ystod y 14 diwrnod nesaf, neu’n hwyr',
    );
    expect(translator('en')('overview.dueSoon', { days: 14 })).toBe('Due in the next 14 days, or overdue');
    expect(translator('en')('form.back')).toBe('Back');
  });
});
