import { english, type Said } from '../domain/messages/said.js';
import type { FieldError } from '../domain/validation.js';

/**
 * What a use case refuses, by kind. The edges map each kind to their own answer (an HTTP status, a
 * page, a workflow retry); none of them reads the message to tell the kinds apart.
 */
abstract class Refusal extends Error {
  /** The message as a catalogue entry, for the pages to word in the person's language. */
  readonly said?: Said;

  constructor(
    /** Why, in English (the API's words), or as a catalogue entry (functions/domain/messages). */
    message: string | Said,
    /** The fields at fault, each with what is wrong and what is allowed. */
    readonly errors: FieldError[] = [],
  ) {
    super(typeof message === 'string' ? message : english(message));
    if (typeof message !== 'string') this.said = message;
  }
}

/** Something the caller asked for cannot be done as asked: the message says why, for the person. */
export class RequestError extends Refusal {
  override readonly name = 'RequestError';
}

/** What was asked for does not exist (said only to those allowed to know). */
export class NotFoundError extends Refusal {
  override readonly name = 'NotFoundError';
}

/** The signed-in person may not see or do this. */
export class ForbiddenError extends Refusal {
  override readonly name = 'ForbiddenError';
}

/** The record changed while the request was being handled, more often than a retry could absorb. */
export class ChangedMeanwhileError extends Refusal {
  override readonly name = 'ChangedMeanwhileError';
}

/** Too many of something in too short a time (alerts raised in an hour): try again later. */
export class TooManyError extends Refusal {
  override readonly name = 'TooManyError';
}

/** Try again later: the state machine retries this with backoff. */
export class TransientError extends Error {
  override readonly name: string = 'TransientError';
}

/**
 * A notice held by another attempt's lease, live or crashed: the state machine retries this without
 * jitter until the longest lease has run out, so the retry that takes the notice over always comes.
 */
export class NoticeBusyError extends TransientError {
  override readonly name = 'NoticeBusyError';
}

/** Refuses a request with every field at fault, in one message format. */
export function refuse(errors: FieldError[], message?: string | Said): never {
  throw new RequestError(message ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** One field of a request not yet parsed (the id access is checked on, before the rest is read). */
export function fieldOf(input: unknown, field: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[field] : undefined;
}
