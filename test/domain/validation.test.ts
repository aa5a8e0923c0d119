import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sayIn } from '../../functions/domain/messages/sayIn.js';
import { stageRecordSchema } from '../../functions/domain/report/stageProgress.js';
import {
  describeFieldError,
  fieldErrorsFrom,
  problemsIn,
  zodMessage,
  type FieldError,
} from '../../functions/domain/validation.js';

/** The schema's refusal of the input (a test fails if the input is taken). */
const refusalOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
};
const errorsOf = (schema: z.ZodMiniType, input: unknown, options: Parameters<typeof fieldErrorsFrom>[2] = {}) =>
  fieldErrorsFrom(refusalOf(schema, input), input, options);

const messagesByField = (errors: readonly FieldError[]) =>
  Object.fromEntries(errors.map((error) => [error.field, error.message]));

const settings = z.strictObject({ sendTime: z.string(), days: z.number() });
const errorsFor = (input: unknown, options: Parameters<typeof fieldErrorsFrom>[2] = {}) =>
  errorsOf(settings, input, options);

describe('field errors from a zod failure', () => {
  it('words one unknown key as before: the field, its value, and what is allowed', () => {
    expect(
      errorsFor(
        { sendTime: '09:00', days: 1, nonsense: 1 },
        { prefix: 'overrides', allowedKeys: ['sendTime', 'days'] },
      ),
    ).toMatchObject([
      { field: 'overrides.nonsense', value: 1, message: 'is not a known field; allowed: sendTime, days' },
    ]);
  });

  it('makes one error of many unknown keys, naming four more and counting the rest, the allowed fields once', () => {
    const input = {
      sendTime: '09:00',
      days: 1,
      ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])),
    };

    const errors = errorsFor(input, { allowedKeys: ['sendTime', 'days'] });

    expect(errors).toMatchObject([
      {
        field: 'k0',
        value: 0,
        message: 'is not a known field (nor are k1, k2, k3, k4 and 4,995 more); allowed: sendTime, days',
      },
    ]);
  });

  it('says "nor is" of one other key, and quotes long keys only in part', () => {
    const long = 'x'.repeat(10_000);

    const [error] = errorsFor({ sendTime: '09:00', days: 1, a: 1, [long]: 2 });

    expect(error?.message).toBe(`is not a known field (nor is ${'x'.repeat(39)}…)`);
  });

  it('gives each error as a catalogue entry too, so that a Welsh page words it in Welsh', () => {
    const input = { name: 'abcdefgh', other: 1 };
    const errors = errorsOf(z.strictObject({ name: z.string().check(z.maxLength(5)) }), input, {
      allowedKeys: ['name'],
    });
    const inWelsh = errors.map((error) => [error.field, error.said && sayIn(error.said, 'cy')]);

    expect(inWelsh.sort()).toEqual([
      ['name', 'rhaid iddo fod yn 5 nod neu lai'],
      ['other', 'nid yw’n faes hysbys; caniateir: name'],
    ]);
  });

  it('words zod’s own checks in the catalogue’s English, naming what is allowed (zod/mini itself says only "Invalid input")', () => {
    const schema = z.object({
      name: z.string().check(z.maxLength(5)),
      count: z.int().check(z.lte(10)),
      kind: z.enum(['a', 'b']),
      when: z.string(),
    });
    const input = { name: 'abcdefgh', count: 2.5, kind: 'c' };

    const errors = errorsOf(schema, input);

    expect(messagesByField(errors)).toEqual({
      name: 'must be at most 5 characters',
      count: 'must be a whole number',
      kind: 'must be one of: a, b',
      when: 'must be text',
    });
    expect(problemsIn(refusalOf(schema, input), input)).toBe(
      'name: must be at most 5 characters; count: must be a whole number; kind: must be one of: a, b; when: must be text',
    );
  });

  it('says what a format expects, and names a record and a value left out, in English and Welsh', () => {
    const schema = z.object({
      mailbox: z.email(),
      site: z.url(),
      at: z.iso.datetime(),
      overrides: z.record(z.string(), z.string()),
      request: z.nonoptional(z.optional(z.string())),
      either: z.union([z.literal('a'), z.number()]),
    });
    const input = { mailbox: 'nobody', site: 'not a url', at: '2027-03-01', overrides: [] };

    const errors = errorsOf(schema, input);

    expect(messagesByField(errors)).toEqual({
      mailbox: 'must be an email address, like name@example.gov.uk',
      site: 'must be a web address (URL), like https://example.gov.uk',
      at: 'must be a date and time, like 2027-03-01T09:00:00Z',
      overrides: 'must be a set of fields',
      request: 'must be given',
      either: 'is not written as it should be',
    });
    expect(errors.map((error) => error.said && sayIn(error.said, 'cy'))).toEqual([
      'rhaid iddo fod yn gyfeiriad e-bost, fel enw@example.gov.uk',
      'rhaid iddo fod yn gyfeiriad gwe (URL), fel https://example.gov.uk',
      'rhaid iddo fod yn ddyddiad ac amser, fel 2027-03-01T09:00:00Z',
      'rhaid rhoi set o feysydd',
      'rhaid rhoi gwerth',
      'nid yw wedi’i ysgrifennu fel y dylai fod',
    ]);
  });

  it('names the kinds of report stage record when the kind is not one', () => {
    const input = { kind: 'nope', stageId: 'firstDraft', on: '2027-03-01' };

    expect(errorsOf(stageRecordSchema, input)).toMatchObject([
      { field: 'kind', message: 'must be one of: done, returned, disputed, disputeDecided' },
    ]);
  });

  it('remembers a schema’s own message given by catalogue, with its values', () => {
    const schema = z.object({
      note: z.string().check(z.maxLength(3, { error: zodMessage('common.tooLong', { maximum: 3 }) })),
    });

    const [error] = errorsOf(schema, { note: 'long' });

    expect(error?.message).toBe('must be at most 3 characters');
    expect(error?.said && sayIn(error.said, 'cy')).toBe('rhaid iddo fod yn 3 nod neu lai');
  });

  it('keeps the other problems beside the unknown keys, each with its value for the person’s own screen', () => {
    const errors = errorsFor({ sendTime: 9, a: 1, b: 2 });

    expect(errors.map((error) => error.field).sort()).toEqual(['a', 'days', 'sendTime']);
    expect(errors.find((error) => error.field === 'sendTime')?.value).toBe(9);
    // The command line shows a person what they typed: it is their own terminal.
    expect(describeFieldError({ field: '--set sendTime', value: '9am', message: 'must be HH:MM' })).toBe(
      '--set sendTime "9am" must be HH:MM',
    );
  });
});
