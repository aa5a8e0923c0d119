import type { IncomingMessage } from 'node:http';
import { BODY_TOO_LARGE } from '../handlers/jsonBody.js';
import { MAX_BODY_BYTES } from '../shared/requestLimits.js';

/**
 * A request's body as text; refused (RangeError, answered 413) past `MAX_BODY_BYTES`, the same
 * limit the API's handler holds to behind API Gateway.
 */
export async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError(BODY_TOO_LARGE);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
