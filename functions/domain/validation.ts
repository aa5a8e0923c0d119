import type * as z from 'zod/mini';
import { english, said, type Said, type SaidKey, type SaidValue } from './messages/said.js';

/** One thing wrong with one input field, worded for the person who typed it. */
export interface FieldError {
  /** Dotted path of the field, e.g. "overrides.sendTime". */
  field: string;
  /**
   * What was given (undefined when the field was missing), for the person's own screen: the
   * command line and the pages' forms show it; the API never sends it back (`apiProblem`).
   */
  value: unknown;
  /** What is wrong and what is allowed, in English (the API's and the command line's words). */
  message: string;
  /** The same, as a catalogue entry, for the pages to word in the person's language. */
  said?: Said;
}

/** A field error from a catalogue entry: its English message and the entry to word it by elsewhere. */
export function ruleError(
  field: string,
  value: unknown,
  key: SaidKey,
  values: Readonly<Record<string, SaidValue>> = {},
): FieldError {
  const message = said(key, values);
  return { field, value, message: english(message), said: message };
}

/** The most schema messages `zodMessage` remembers (each is one rule's wording with its values). */
const REMEMBERED_MOST = 2000;
const remembered = new Map<string, Said>();

/**
 * A zod schema's error message from a catalogue entry: the English text, remembered so that
 * `fieldErrorsFrom` can give the entry with it (zod carries only a string).
 */
export function zodMessage(key: SaidKey, values: Readonly<Record<string, SaidValue>> = {}): string {
  const message = said(key, values);
  const text = english(message);
  // Worded when raised, so the newest are kept: at the most, the oldest is forgotten.
  remembered.delete(text);
  remembered.set(text, message);
  if (remembered.size > REMEMBERED_MOST) remembered.delete(remembered.keys().next().value as string);
  return text;
}

/**
 * How zod's own messages begin: "Invalid input" is all zod/mini says when no locale is loaded (the
 * default); with zod's English locale loaded, "Too big: expected string to have <=5 characters",
 * "Invalid input: …". Either way the catalogue words them by the issue's code (`saidOfZod`).
 */
const ZOD_OWN_WORDS = /^(Too (big|small)|Invalid)\b/;

/** The formats whose refusal says what is expected, with an example. */
const FORMATS: Readonly<Record<string, SaidKey>> = {
  email: 'common.badEmail',
  url: 'common.badUrl',
  datetime: 'common.badDateTime',
};

/** zod's own checks as the catalogue words them, by the issue's code and what it was about. */
function saidOfZod(issue: z.core.$ZodIssue): Said | undefined {
  const own = remembered.get(issue.message);
  if (own) return own;
  // A schema's own message, not given by catalogue, is left as it is: zod's words would say less.
  if (!ZOD_OWN_WORDS.test(issue.message)) return undefined;
  switch (issue.code) {
    case 'invalid_type':
      return said('common.invalidType', { expected: issue.expected });
    case 'too_big':
      return said(
        issue.origin === 'string' ? 'common.tooLong' : issue.origin === 'array' ? 'common.tooMany' : 'common.tooHigh',
        { maximum: Number(issue.maximum) },
      );
    case 'too_small':
      return said(
        issue.origin === 'string' ? 'common.tooShort' : issue.origin === 'array' ? 'common.tooFew' : 'common.tooLow',
        { minimum: Number(issue.minimum) },
      );
    case 'invalid_value':
      return said('common.oneOf', { values: issue.values.map(String) });
    case 'invalid_format':
      return said(FORMATS[issue.format] ?? 'common.badFormat');
    case 'invalid_union':
      return said('common.badFormat');
    default:
      return undefined;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** How many unknown keys one error names besides the field it is about; the rest are counted. */
const UNKNOWN_KEYS_NAMED = 4;
/** The longest an unknown key is quoted in a message. */
const KEY_QUOTED = 40;

const quoted = (key: string) => (key.length <= KEY_QUOTED ? key : `${key.slice(0, KEY_QUOTED - 1)}…`);

/** `is not a known field (nor are b, c, d, e and 5,856 more); allowed: sendTime, …` */
function unknownKeysMessage(others: readonly string[], allowedKeys: readonly string[] | undefined): Said {
  const named = others.slice(0, UNKNOWN_KEYS_NAMED).map(quoted);
  const more = others.length - named.length;
  const key: SaidKey =
    others.length === 0
      ? 'common.unknownField'
      : more > 0
        ? 'common.unknownFieldAndMore'
        : others.length === 1
          ? 'common.unknownFieldAndOne'
          : 'common.unknownFieldAndOthers';
  const known = said(key, { named, more });
  if (!allowedKeys) return known;
  return said('common.withAllowed', { message: known, allowed: [...allowedKeys] });
}

/**
 * Field errors from a zod failure. `prefix` names where `input` sits in a larger input;
 * `allowedKeys` words the error for an unknown key. Unknown keys in one object make one error, on
 * the first of them, naming a few others and the allowed fields once, however many were sent.
 */
export function fieldErrorsFrom(
  error: z.core.$ZodError,
  input: unknown,
  options: { prefix?: string; allowedKeys?: readonly string[] } = {},
): FieldError[] {
  const join = (path: readonly PropertyKey[]) =>
    [options.prefix, ...path.map(String)].filter((part) => part !== undefined && part !== '').join('.');
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      const [first, ...others] = issue.keys;
      if (first === undefined) return [];
      const message = unknownKeysMessage(others, options.allowedKeys);
      return [
        {
          field: join([...issue.path, first]),
          value: valueAt(input, [...issue.path, first]),
          message: english(message),
          said: message,
        },
      ];
    }
    const message = saidOfZod(issue);
    return [
      {
        field: join(issue.path),
        value: valueAt(input, issue.path),
        // The catalogue's English where it words the check: zod/mini's own is only "Invalid input".
        message: message ? english(message) : issue.message,
        ...(message ? { said: message } : {}),
      },
    ];
  });
}

/**
 * Each field's problem as `field: message`, joined by "; ", without the values given: for settings
 * read at start-up or synth, where a value may be a secret.
 */
export function problemsIn(
  error: z.core.$ZodError,
  input: unknown,
  options: Parameters<typeof fieldErrorsFrom>[2] = {},
): string {
  return fieldErrorsFrom(error, input, options)
    .map(({ field, message }) => `${field || 'value'}: ${message}`)
    .join('; ');
}

/** `region "Narnia" is not a probation region; ...` */
export function describeFieldError(error: FieldError): string {
  const given = error.value === undefined ? ' is missing:' : ` ${JSON.stringify(error.value)}`;
  return `${error.field}${given} ${error.message}`.replace(':  ', ': ');
}
