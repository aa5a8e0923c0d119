import { ChangedMeanwhileError, ForbiddenError, NotFoundError, RequestError, TooManyError } from '../app/errors.js';
import type { Said } from '../domain/messages/said.js';
import type { FieldError } from '../domain/validation.js';
import { ConflictError } from '../ports/errors.js';

/** A use case's refusal as HTTP answers it: the API's JSON and the pages' problem pages alike. */
export interface Problem {
  status: 400 | 403 | 404 | 409 | 429;
  message: string;
  /** The message as a catalogue entry, where the refusal gave one (the pages word it in the person's language). */
  said?: Said;
  errors: FieldError[];
}

/** The HTTP status of a use case's refusal, by its type; undefined for anything else (a fault: 500). */
export function problemOf(error: unknown): Problem | undefined {
  const status =
    error instanceof RequestError
      ? 400
      : error instanceof ForbiddenError
        ? 403
        : error instanceof NotFoundError
          ? 404
          : error instanceof ChangedMeanwhileError || error instanceof ConflictError
            ? 409
            : error instanceof TooManyError
              ? 429
              : undefined;
  if (status === undefined || !(error instanceof Error)) return undefined;
  const said = 'said' in error ? (error.said as Said | undefined) : undefined;
  return {
    status,
    message: error.message,
    ...(said ? { said } : {}),
    errors: 'errors' in error ? (error.errors as FieldError[]) : [],
  };
}

/** The most field errors an API answer lists; the rest are counted in one last entry. */
export const MAX_LISTED_ERRORS = 20;

/** The longest a field's name, an error's message or the refusal's message runs in an API answer. */
const MAX_FIELD_CHARS = 100;
const MAX_ERROR_CHARS = 1000;
const MAX_MESSAGE_CHARS = 1000;

/** A field error as the API answers it: the field and what is wrong with it, never the value given. */
export interface ApiFieldError {
  field: string;
  message: string;
}

/** A refusal as the API's JSON answers it. */
export interface ApiProblem {
  message: string;
  errors: ApiFieldError[];
}

const clip = (text: string, most: number) => (text.length <= most ? text : `${text.slice(0, most - 1)}…`);

/** A long message cut at the end of one of its `; `-separated parts, where it has one. */
function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const cut = message.lastIndexOf('; ', MAX_MESSAGE_CHARS - 3);
  return cut > 0 ? `${message.slice(0, cut)}; …` : clip(message, MAX_MESSAGE_CHARS);
}

/**
 * A refusal as the API answers it: at most `MAX_LISTED_ERRORS` field errors, then one saying how
 * many more there were; no value that was sent (a field names itself and says what is allowed); no
 * name or message longer than a line or two. An answer stays a few kilobytes whatever was sent, so
 * a request cannot make it large. The pages, which show a person their own form, use `Problem`.
 */
export function apiProblem(problem: Pick<Problem, 'message' | 'errors'>): ApiProblem {
  const errors = problem.errors.slice(0, MAX_LISTED_ERRORS).map((error) => ({
    field: clip(error.field, MAX_FIELD_CHARS),
    message: clip(error.message, MAX_ERROR_CHARS),
  }));
  const more = problem.errors.length - errors.length;
  if (more > 0) errors.push({ field: '', message: `… and ${more.toLocaleString('en-GB')} more` });
  return { message: shortened(problem.message), errors };
}
