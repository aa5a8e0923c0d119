import type { IncomingMessage } from 'node:http';
import { BODY_TOO_LARGE, LONG_LIST_TOO_LARGE } from '../handlers/jsonBody.js';
import { MAX_BODY_BYTES } from '../shared/requestLimits.js';

/**
 * A request's body as text; refused (RangeError, answered 413) past `MAX_BODY_BYTES`, the same
 * limit the API's handler holds to behind API Gateway.
 */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(request, limit)).toString('utf8');
}

/** The body as bytes (a multipart upload), within `limit` (the long-list's route allows 2 MB). */
export async function readBodyBytes(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RangeError(limit === MAX_BODY_BYTES ? BODY_TOO_LARGE : LONG_LIST_TOO_LARGE);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
