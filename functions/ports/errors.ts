/** What a store refuses, by kind: use cases decide what each means for the person asking. */

/** Someone else changed the record first: re-read and decide again. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** An open alert for the same case (or region) and category exists: the new one is refused. */
export class DuplicateAlertError extends Error {
  override readonly name = 'DuplicateAlertError';
  constructor(readonly openAlertId: string) {
    super(`an open alert exists: ${openAlertId}`);
  }
}

/** The record to create exists already. */
export class AlreadyExistsError extends Error {
  override readonly name = 'AlreadyExistsError';
}
