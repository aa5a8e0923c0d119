import type * as z from 'zod/mini';
import { refuse } from '../app/errors.js';
import { fieldErrorsFrom } from '../domain/validation.js';

/** Parses a handler's input, or refuses it with every field that is wrong. */
export function parse<T>(schema: z.ZodMiniType<T>, event: unknown): T {
  const result = schema.safeParse(event);
  if (result.success) return result.data;
  const errors = fieldErrorsFrom(result.error, event);
  return refuse(errors, `bad input: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
}
