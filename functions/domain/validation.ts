import type { z } from 'zod';

/** One thing wrong with one input field, worded for the person who typed it. */
export interface FieldError {
  /** Dotted path of the field, e.g. "overrides.sendTime". */
  field: string;
  /** What was given (undefined when the field was missing). */
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

/**
 * Field errors from a zod failure. `prefix` names where `input` sits in a larger input;
 * `allowedKeys` words the error for an unknown key.
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
      const allowed = options.allowedKeys ? `; allowed: ${options.allowedKeys.join(', ')}` : '';
      return issue.keys.map((key) => ({
        field: join([...issue.path, key]),
        value: valueAt(input, [...issue.path, key]),
        message: `is not a known field${allowed}`,
      }));
    }
    return [{ field: join(issue.path), value: valueAt(input, issue.path), message: issue.message }];
  });
}

/** `region "Narnia" is not a probation region; ...` */
export function describeFieldError(error: FieldError): string {
  const given = error.value === undefined ? ' is missing:' : ` ${JSON.stringify(error.value)}`;
  return `${error.field}${given} ${error.message}`.replace(':  ', ': ');
}
