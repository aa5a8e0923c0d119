import { createHmac } from 'node:crypto';

/**
 * What S3 checks of a browser's POST upload and the emulator (s3rver 3.7) does not: the policy's
 * signature and expiry, each of its conditions, that every field is allowed by one, and `${filename}`
 * in the key. The local S3 server runs this before s3rver, so an upload refused on AWS is refused
 * locally too. (s3rver alone stores any POST: a wrong size, a wrong key, an expired form.)
 */
export interface PostPart {
  name: string;
  value: Buffer;
  filename?: string;
}

/** Splits a multipart/form-data body into its parts (a buffered body of at most a few megabytes). */
export function parseMultipart(body: Buffer, contentType: string): PostPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return undefined;
  const delimiter = Buffer.from(`--${mark}`);
  const parts: PostPart[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) return undefined;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return undefined;
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) return undefined;
    parts.push({ name, value: part.subarray(split + 4), ...(filename === undefined ? {} : { filename }) });
    at = next;
  }
  return parts;
}

/** Builds a multipart/form-data body from parts. */
export function buildMultipart(parts: PostPart[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.filename === undefined ? '' : '\r\nContent-Type: application/octet-stream';
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}${type}\r\n\r\n`),
      part.value,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

type Refusal = { status: number; code: string; message: string };
type Condition = Record<string, string> | [string, string | number, string | number];

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * Checks a POST upload against its policy, as S3 does, with the emulator's secret. Gives the
 * parts to store (the key's `${filename}` replaced by the file's name), or why S3 would refuse.
 */
export function checkPostUpload(
  bucket: string,
  parts: PostPart[],
  secret: string,
  now: Date,
): { ok: true; parts: PostPart[] } | { ok: false; refusal: Refusal } {
  const refuse = (status: number, code: string, message: string) => ({
    ok: false as const,
    refusal: { status, code, message },
  });
  const fileIndex = parts.findIndex((part) => part.name === 'file');
  if (fileIndex < 0) return refuse(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
  const file = parts[fileIndex] as PostPart;
  const fields = new Map(
    parts.slice(0, fileIndex).map((part) => [part.name.toLowerCase(), part.value.toString('utf8')]),
  );
  const policy = fields.get('policy');
  const signature = fields.get('x-amz-signature');
  const credential = fields.get('x-amz-credential');
  if (!policy || !signature || !credential) return refuse(403, 'AccessDenied', 'the form carries no signed policy');
  const [, date, region, service] = credential.split('/');
  const signingKey = ['aws4_request'].reduce(
    (key, step) => hmac(key, step),
    hmac(hmac(hmac(`AWS4${secret}`, date ?? ''), region ?? ''), service ?? ''),
  );
  if (hmac(signingKey, policy).toString('hex') !== signature) {
    return refuse(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  }
  const decoded = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as {
    expiration: string;
    conditions: Condition[];
  };
  if (!(new Date(decoded.expiration) > now))
    return refuse(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
  const value = (name: string) => (name === 'bucket' ? bucket : (fields.get(name) ?? ''));
  const covered = new Set(['policy', 'x-amz-signature', 'file']);
  for (const condition of decoded.conditions) {
    if (!Array.isArray(condition)) {
      for (const [name, expected] of Object.entries(condition)) {
        covered.add(name.toLowerCase());
        if (value(name.toLowerCase()) !== expected) {
          return refuse(
            403,
            'AccessDenied',
            `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${expected}"]`,
          );
        }
      }
      continue;
    }
    const [operator, first, second] = condition;
    if (operator === 'content-length-range') {
      const size = file.value.length;
      if (size < Number(first))
        return refuse(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
      if (size > Number(second))
        return refuse(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      continue;
    }
    const name = String(first).replace(/^\$/, '').toLowerCase();
    covered.add(name);
    const given = value(name);
    const holds = operator === 'eq' ? given === second : operator === 'starts-with' && given.startsWith(String(second));
    if (!holds) {
      return refuse(
        403,
        'AccessDenied',
        `Invalid according to Policy: Policy Condition failed: ["${operator}", "${String(first)}", "${String(second)}"]`,
      );
    }
  }
  for (const name of fields.keys()) {
    if (!covered.has(name) && !name.startsWith('x-ignore-')) {
      return refuse(403, 'AccessDenied', `Invalid according to Policy: Extra input fields: ${name}`);
    }
  }
  const name = file.filename ?? '';
  return {
    ok: true,
    parts: parts.map((part) =>
      part.name === 'key'
        ? { ...part, value: Buffer.from(part.value.toString('utf8').replaceAll('${filename}', name)) }
        : part,
    ),
  };
}
