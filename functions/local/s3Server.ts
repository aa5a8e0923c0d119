// The local S3 server (s3rver), run as its own process on loopback, with S3's checks of a browser's
// POST upload in front of it (./s3PostPolicy.ts). Arguments: port, data folder, bucket.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { buildMultipart, checkPostUpload, parseMultipart } from './s3PostPolicy.js';

/** The emulator's fixed credentials (its signature checks use them). */
export const S3RVER_SECRET = 'S3RVER';
/** A POST body larger than this is refused unread: the largest file accepted is 10 MB. */
const MAX_POST_BYTES = 11 * 1024 * 1024;

const [port = '8006', directory = '.local/s3', bucket = 'dipp-evidence'] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port),
  directory,
  silent: process.env.DIPP_S3_LOG !== '1',
  configureBuckets: [{ name: bucket }],
});

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<>&"]/g, '_')}</Message></Error>`;

server.middleware.unshift(async (ctx, next) => {
  const contentType = String(ctx.headers['content-type'] ?? '');
  if (ctx.method !== 'POST' || !contentType.startsWith('multipart/form-data')) return next();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_POST_BYTES) {
      ctx.status = 400;
      ctx.type = 'application/xml';
      ctx.body = xmlError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      return;
    }
    chunks.push(chunk);
  }
  const parts = parseMultipart(Buffer.concat(chunks), contentType);
  const bucketName = ctx.path.split('/')[1] ?? '';
  const checked = parts
    ? checkPostUpload(bucketName, parts, S3RVER_SECRET, new Date())
    : ({
        ok: false,
        refusal: {
          status: 400,
          code: 'MalformedPOSTRequest',
          message: 'The body of your POST request is not well-formed multipart/form-data.',
        },
      } as const);
  if (!checked.ok) {
    ctx.status = checked.refusal.status;
    ctx.type = 'application/xml';
    ctx.body = xmlError(checked.refusal.code, checked.refusal.message);
    return;
  }
  const boundary = `dipp-${randomUUID()}`;
  const body = buildMultipart(checked.parts, boundary);
  // s3rver reads the request as Node gives it (method, address, socket, headers), then streams its body.
  const replay = Object.assign(Readable.from([body]), {
    method: ctx.req.method,
    url: ctx.req.url,
    socket: (ctx.req as { socket?: unknown }).socket,
    headers: {
      ...ctx.req.headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(body.length),
    },
  });
  ctx.req = replay;
  ctx.request.req = replay;
  return next();
});

await server.run();
