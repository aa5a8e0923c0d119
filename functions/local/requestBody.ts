import type { IncomingMessage } from 'node:http';

/** The most a local server reads of a request's body. */
export const MAX_BODY = 64 * 1024;

/** A request's body as text; refused (RangeError, answered 413) past `MAX_BODY`. */
export async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new RangeError('the request body is larger than 64 KB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
