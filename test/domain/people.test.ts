import { describe, expect, it } from 'vitest';
import { peopleSchema, resolveRecipients, type People, type Person } from '../../functions/domain/people.js';
import { SINGLE_LINE_MESSAGE } from '../../functions/domain/text.js';
import { describeFieldError, fieldErrorsFrom } from '../../functions/domain/validation.js';

const person = (name: string, email: string): Person => ({ name, email });

const LEAD = person('Lee Lead', 'lee.lead@inspectorate.example');
const DEPUTY = person('Dana Deputy', 'dana.deputy@inspectorate.example');
const ISA = person('Ira Isa', 'ira.isa@inspectorate.example');
const RPD = person('Rae Director', 'rae.director@region.example');
const SPOC = person('Sam Contact', 'sam.contact@region.example');
const HEAD = person('Hal Head', 'hal.head@inspectorate.example');

/** Before the RPD has named a SPOC, and with no deputy lead. */
const EARLY: People = { lead: LEAD, isa: ISA, rpd: RPD, headOfProgramme: HEAD };
const FULL: People = { ...EARLY, deputyLead: DEPUTY, spoc: SPOC };

describe('resolveRecipients', () => {
  it('sends what is for the SPOC to the RPD until a SPOC is named', () => {
    const recipients = resolveRecipients(EARLY, ['spoc'], ['lead']);

    expect(recipients).toEqual({ to: [RPD], cc: [LEAD], toRoles: ['rpd'] });
  });

  it('sends to the SPOC once one is named', () => {
    const recipients = resolveRecipients(FULL, ['spoc'], ['lead']);

    expect(recipients).toEqual({ to: [SPOC], cc: [LEAD], toRoles: ['spoc'] });
  });

  it('lists the RPD once when a notice is for both the RPD and the SPOC and no SPOC is named', () => {
    const recipients = resolveRecipients(EARLY, ['rpd', 'spoc'], ['rpd', 'lead']);

    expect(recipients).toEqual({ to: [RPD], cc: [LEAD], toRoles: ['rpd'] });
  });

  it('leaves out of the copy list anyone the notice is already addressed to', () => {
    const recipients = resolveRecipients(FULL, ['rpd', 'spoc'], ['spoc', 'lead', 'rpd']);

    expect(recipients.to).toEqual([RPD, SPOC]);
    expect(recipients.cc).toEqual([LEAD]);
  });

  it('treats email addresses that differ only in case as one person', () => {
    const people: People = { ...EARLY, spoc: person('Rae Director', 'Rae.Director@Region.EXAMPLE') };

    const recipients = resolveRecipients(people, ['rpd'], ['spoc', 'lead']);

    expect(recipients.to).toEqual([RPD]);
    expect(recipients.cc).toEqual([LEAD]);
  });

  it('lists one person who holds two roles once', () => {
    const people: People = { ...FULL, isa: person('Lee Lead', 'LEE.LEAD@inspectorate.example') };

    const recipients = resolveRecipients(people, ['lead', 'isa'], ['isa', 'deputyLead']);

    expect(recipients).toEqual({ to: [LEAD], cc: [DEPUTY], toRoles: ['lead'] });
  });

  it('skips a role nobody holds', () => {
    const recipients = resolveRecipients(EARLY, ['rpd'], ['lead', 'deputyLead', 'isa']);

    expect(recipients.cc).toEqual([LEAD, ISA]);
  });

  it('keeps the order the notice gives', () => {
    const recipients = resolveRecipients(FULL, ['spoc', 'rpd'], ['isa', 'deputyLead', 'lead', 'headOfProgramme']);

    expect(recipients).toEqual({ to: [SPOC, RPD], cc: [ISA, DEPUTY, LEAD, HEAD], toRoles: ['spoc', 'rpd'] });
  });

  it('sends no copies when none are asked for', () => {
    expect(resolveRecipients(FULL, ['lead']).cc).toEqual([]);
  });
});

describe('peopleSchema', () => {
  it('accepts the people of an inspection before the SPOC is named and with no deputy lead', () => {
    expect(peopleSchema.safeParse(EARLY).success).toBe(true);
  });

  it('rejects a bad email address with a message naming the field', () => {
    const input = { ...EARLY, lead: { name: 'Lee Lead', email: 'lee.lead at inspectorate' } };

    const parsed = peopleSchema.safeParse(input);

    expect(parsed.success).toBe(false);
    const errors = parsed.success ? [] : fieldErrorsFrom(parsed.error, input, { prefix: 'people' });
    expect(errors).toMatchObject([
      { field: 'people.lead.email', value: 'lee.lead at inspectorate', message: 'must be an email address' },
    ]);
    expect(errors.map(describeFieldError)).toEqual([
      'people.lead.email "lee.lead at inspectorate" must be an email address',
    ]);
  });

  it('rejects a bad email address of an optional role too', () => {
    const input = { ...EARLY, spoc: { name: 'Sam Contact', email: 'sam.contact@' } };

    const parsed = peopleSchema.safeParse(input);

    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['spoc.email']);
  });

  it('names every field that is wrong, not just the first', () => {
    const input = { lead: { name: ' ', email: LEAD.email }, isa: ISA, rpd: { name: 'Rae', email: 'nope' } };

    const parsed = peopleSchema.safeParse(input);

    const fields = parsed.success ? [] : fieldErrorsFrom(parsed.error, input).map((error) => error.field);
    expect(fields.sort()).toEqual(['headOfProgramme', 'lead.name', 'rpd.email']);
  });
});

describe('peopleSchema: names are one line of plain text (issue 17)', () => {
  it.each([
    ['CR and LF', 'Lee\r\n\r\n## Lead\n- item', 'U+000D'],
    ['a line feed', 'Lee\nLead', 'U+000A'],
    ['NUL', 'Lee\u0000Lead', 'U+0000'],
    ['BEL', 'Lee\u0007Lead', 'U+0007'],
    ['a right-to-left override (U+202E)', 'Lee \u202edaeL', 'U+202E'],
    ['a zero-width space (U+200B)', 'Lee\u200bLead', 'U+200B'],
  ])('refuses a name with %s, naming the field and what is not allowed', (_, name, found) => {
    const input = { ...FULL, spoc: { name, email: SPOC.email } };

    const parsed = peopleSchema.safeParse(input);

    expect(parsed.success ? [] : fieldErrorsFrom(parsed.error, input, { prefix: 'people' })).toMatchObject([
      { field: 'people.spoc.name', value: name, message: `${SINGLE_LINE_MESSAGE} (found ${found})` },
    ]);
  });

  it('accepts names in any script, with accents and apostrophes', () => {
    const names = ['Siân Llŷr-Ápiau', 'O’Brien, Dr. Jo', 'Γιώργος Παπαδόπουλος', '李小龍', 'محمد'];
    for (const name of names) {
      expect(peopleSchema.safeParse({ ...EARLY, lead: { name, email: LEAD.email } }).success, name).toBe(true);
    }
  });
});

describe('peopleSchema: email addresses are at most 254 characters (RFC 5321)', () => {
  /** A well-formed address of exactly `length` (200 to 264) characters: a local part of at most 64, labels of 63. */
  const addressOf = (length: number) =>
    `${'l'.repeat(length - 200)}@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.example`;

  it('builds the addresses it means to', () => {
    expect(addressOf(254)).toHaveLength(254);
    expect(addressOf(255)).toHaveLength(255);
    expect(addressOf(255)).toMatch(/^l{55}@([a-c]{63}\.){3}example$/);
  });

  it('accepts an address of 254 characters', () => {
    const input = { ...EARLY, lead: { name: 'Lee Lead', email: addressOf(254) } };

    expect(peopleSchema.safeParse(input).success).toBe(true);
  });

  it('refuses an address of 255 characters, by field', () => {
    const input = { ...EARLY, lead: { name: 'Lee Lead', email: addressOf(255) } };

    const parsed = peopleSchema.safeParse(input);

    expect(parsed.success ? [] : fieldErrorsFrom(parsed.error, input)).toMatchObject([
      {
        field: 'lead.email',
        value: addressOf(255),
        message: 'must be an email address of at most 254 characters',
      },
    ]);
  });

  it('refuses a 38 KB address', () => {
    const email = `${'a'.repeat(38_000)}@inspectorate.example`;

    const parsed = peopleSchema.safeParse({ ...EARLY, isa: { name: 'Ira Isa', email } });

    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['isa.email']);
  });
});
