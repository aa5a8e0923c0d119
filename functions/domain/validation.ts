import type { z } from 'zod';

/** One thing wrong with one input field, worded for the person who typed it. */
export interface FieldError {
  /** Dotted path of the field, e.g. "overrides.sendTime". */
  field: string;
  /**
   * What was given (undefined when the field was missing), for the person's own screen: the
   * command line and the pages' forms show it; the API never sends it back (`apiProblem`).
   */
  value: unknown;
  /** What is wrong and what is allowed. */
  message: string;
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
function unknownKeysMessage(others: readonly string[], allowedKeys: readonly string[] | undefined): string {
  let nor = '';
  if (others.length > 0) {
    const named = others.slice(0, UNKNOWN_KEYS_NAMED).map(quoted).join(', ');
    const more = others.length - UNKNOWN_KEYS_NAMED;
    nor = ` (nor ${others.length === 1 ? 'is' : 'are'} ${named}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more` : ''})`;
  }
  return `is not a known field${nor}${allowedKeys ? `; allowed: ${allowedKeys.join(', ')}` : ''}`;
}

/**
 * Field errors from a zod failure. `prefix` names where `input` sits in a larger input;
 * `allowedKeys` words the error for an unknown key. Unknown keys in one object make one error, on
 * the first of them, naming a few others and the allowed fields once, however many were sent.
 */
export function fieldErrorsFrom(
  error: z.ZodError,
  input: unknown,
  options: { prefix?: string; allowedKeys?: readonly string[] } = {},
): FieldError[] {
  const join = (path: readonly PropertyKey[]) =>
    [options.prefix, ...path.map(String)].filter((part) => part !== undefined && part !== '').join('.');
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      const [first, ...others] = issue.keys;
      if (first === undefined) return [];
      return [
        {
          field: join([...issue.path, first]),
          value: valueAt(input, [...issue.path, first]),
          message: unknownKeysMessage(others, options.allowedKeys),
        },
      ];
    }
    return [{ field: join(issue.path), value: valueAt(input, issue.path), message: issue.message }];
  });
}

/** `region "Narnia" is not a probation region; ...` */
export function describeFieldError(error: FieldError): string {
  const given = error.value === undefined ? ' is missing:' : ` ${JSON.stringify(error.value)}`;
  return `${error.field}${given} ${error.message}`.replace(':  ', ': ');
}
