/**
 * The limits on a request's body, and the API's JSON body read within them: the size is checked
 * before the body is decoded, and the nesting before it is parsed, so neither a large body nor a
 * deeply nested one costs more than a scan of 64 KB.
 */

import { MAX_BODY_BYTES, MAX_LONG_LIST_BYTES } from '../shared/requestLimits.js';

/** Why a body over `MAX_BODY_BYTES` is refused (413). */
export const BODY_TOO_LARGE = `the request body is larger than ${MAX_BODY_BYTES / 1024} KB`;

/** Why a long-list over `MAX_LONG_LIST_BYTES` is refused (413). */
export const LONG_LIST_TOO_LARGE = `the long-list is larger than ${MAX_LONG_LIST_BYTES / 1024 / 1024} MB`;

/** The deepest a JSON body may nest objects and arrays; the body itself is depth 1. */
export const MAX_JSON_DEPTH = 20;

export type BodyRead = { ok: true; body: object } | { ok: false; status: 400 | 413 | 415; message: string };

/**
 * Whether a body is over `MAX_BODY_BYTES`, from the text as API Gateway gives it: in base64, its
 * decoded size is worked out without decoding it.
 */
export function isTooLarge(body: string, base64: boolean, limit = MAX_BODY_BYTES): boolean {
  if (base64) return Buffer.byteLength(body, 'base64') > limit;
  // Each UTF-16 unit takes at least one byte in UTF-8: a long string is refused without a count.
  return body.length > limit || Buffer.byteLength(body, 'utf8') > limit;
}

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, in one pass over it (no
 * recursion, so no depth can overflow the stack). Text that is not JSON may be answered either
 * way: `JSON.parse` refuses it next.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i += 1; // a backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * A request's body as a JSON object: refused with 413 past `MAX_BODY_BYTES` (before it is
 * decoded), with 400 when nested deeper than `MAX_JSON_DEPTH` (before it is parsed), when it is not
 * JSON, or when it is not an object. No body at all is an empty object.
 */
export function readJsonObject(body: string | null | undefined, base64 = false): BodyRead {
  if (!body) return { ok: true, body: {} };
  if (isTooLarge(body, base64)) return { ok: false, status: 413, message: BODY_TOO_LARGE };
  const text = base64 ? Buffer.from(body, 'base64').toString('utf8') : body;
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return { ok: false, status: 400, message: 'the request body is nested too deeply' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, status: 400, message: 'the request body is not JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, status: 400, message: 'the request body must be a JSON object' };
  }
  return { ok: true, body: parsed };
}
