import { ruleError, type FieldError } from './validation.js';

/**
 * What an id may be, wherever one comes in (a path, a form, a JSON body): the one check made
 * before any id is used to read a record. Ids are written by the service (`north-east-2027-03-01`,
 * `north-east-2027-03-01-a1`, `fieldwork-start`) or typed from them (`DIPP-NORTH-EAST-2027-03-01`),
 * so letters, digits, `-`, `_` and `.` are all they hold; anything else, or anything near
 * DynamoDB's key limits (2,048 bytes for a partition key, 1,024 for a sort key), is a mistake.
 */

/** The longest an id may be: far beyond any the service writes, far below DynamoDB's key limits. */
export const MAX_ID_CHARS = 200;

const ID = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_ID_CHARS}}$`);

/** Whether a value can be an id (not whether the record exists). */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

/** What is wrong with `value`, given as `field` and refused by `isId`, naming what is allowed. */
export const idError = (field: string, value: unknown): FieldError =>
  ruleError(field, value, 'common.idForm', { maximum: MAX_ID_CHARS });
