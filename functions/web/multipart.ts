import busboy, { type Busboy } from 'busboy';

/**
 * A `multipart/form-data` body (a form with a file, e.g. the long-list upload) read with busboy:
 * its fields, for the CSRF check and the page, and its files as bytes. Only the upload's address
 * takes one (webApp.ts), and the edge has held it to `MAX_LONG_LIST_BYTES` already; here the file
 * is held to `maxFileBytes` again, and there may be one file and a few small fields.
 */

export interface UploadedFile {
  /** The name the browser gave (no path). */
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export type MultipartRead =
  | { ok: true; fields: URLSearchParams; files: Record<string, UploadedFile> }
  | { ok: false; why: 'too-large' | 'malformed' };

export const isMultipart = (contentType: string | undefined) => /^multipart\/form-data\s*;/i.test(contentType ?? '');

export function readMultipart(body: Buffer, contentType: string, maxFileBytes: number): Promise<MultipartRead> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (read: MultipartRead) => {
      if (!settled) resolve(read);
      settled = true;
    };
    let parser: Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        limits: { fileSize: maxFileBytes, files: 1, fields: 10, fieldSize: 4096, parts: 11 },
      });
    } catch {
      return done({ ok: false, why: 'malformed' });
    }
    const fields = new URLSearchParams();
    const files: Record<string, UploadedFile> = {};
    let tooLarge = false;
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) tooLarge = true;
      else fields.append(name, value);
    });
    parser.on('file', (name, stream, { filename, mimeType }) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      stream.on('end', () => {
        if (stream.truncated) tooLarge = true;
        // A file input left empty still sends a part, with no name and no bytes.
        if (filename) files[name] = { filename, mimeType, bytes: Buffer.concat(chunks) };
      });
    });
    for (const limit of ['partsLimit', 'filesLimit', 'fieldsLimit'] as const) {
      parser.on(limit, () => {
        tooLarge = true;
      });
    }
    parser.on('error', () => done({ ok: false, why: 'malformed' }));
    parser.on('close', () => done(tooLarge ? { ok: false, why: 'too-large' } : { ok: true, fields, files }));
    parser.end(body);
  });
}
