import { ChangedMeanwhileError, ForbiddenError, NotFoundError, RequestError } from '../app/errors.js';
import type { FieldError } from '../domain/validation.js';
import { ConflictError } from '../ports/errors.js';

/** A use case's refusal as HTTP answers it: the API's JSON and the pages' problem pages alike. */
export interface Problem {
  status: 400 | 403 | 404 | 409;
  message: string;
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
            : undefined;
  if (status === undefined || !(error instanceof Error)) return undefined;
  return { status, message: error.message, errors: 'errors' in error ? (error.errors as FieldError[]) : [] };
}
