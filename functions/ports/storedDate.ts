import * as z from 'zod/mini';
import type { LocalDate } from '../domain/localDate.js';

/** A UK local date as stored (YYYY-MM-DD), read back as a LocalDate: every record's date fields. */
export const storedDate = z.pipe(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  z.transform((value) => value as LocalDate),
);
