import { localDateFault, MAX_YEAR, MIN_YEAR, type DateFault } from './localDate.js';
import { said, type Said } from './messages/said.js';
import { zodMessage } from './validation.js';

const FAULTS: Record<DateFault, Said> = {
  format: said('common.dateFormat'),
  unreal: said('common.dateUnreal'),
  years: said('common.dateYears', { min: MIN_YEAR, max: MAX_YEAR }),
};

/** Why a string is not a usable date, as the catalogue words it, or undefined when it is one. */
export function dateProblem(value: string): Said | undefined {
  const fault = localDateFault(value);
  return fault && FAULTS[fault];
}

/** The same, as a zod issue's message (so that the pages word it in the person's language). */
export function dateProblemMessage(value: string): string | undefined {
  const problem = dateProblem(value);
  return problem && zodMessage(problem.key, problem.values);
}
