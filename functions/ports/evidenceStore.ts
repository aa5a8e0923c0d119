/**
 * Evidence files attached to alerts (issue 18): bytes kept apart from the table, encrypted at rest
 * (an S3 bucket with KMS on AWS; an S3-compatible emulator locally), read only through the use
 * cases that check who may see the alert. Keys are made by the use case from the alert and a random
 * id: never from what a person typed.
 */
export interface EvidenceStore {
  /** Stores a file under a new key; refused (AlreadyExistsError) if the key holds one: evidence is never overwritten. */
  put(input: { key: string; type: string; bytes: Uint8Array }): Promise<void>;
  /** The file under `key`, or undefined if there is none. */
  get(key: string): Promise<{ type: string; bytes: Uint8Array } | undefined>;
  /** The keys under a prefix (one alert's files), in key order. */
  list(prefix: string): Promise<string[]>;
}

/** A signed form the browser posts one file with, straight to the store: the file never passes through the service. */
export interface UploadForm {
  /** Where the form posts (the bucket's own address). */
  url: string;
  /** The hidden fields the form must carry, in this order, before the file. */
  fields: Record<string, string>;
}

/**
 * Files on their way in and out, without passing through the service (API Gateway and Lambda take
 * at most a few megabytes): the browser posts a file straight to the store under a key the service
 * chose, the service checks it there and keeps it or discards it, and a reader downloads it by a
 * short-lived signed link.
 */
export interface EvidenceUploads {
  /**
   * A form for one file under `prefix` (the store appends the file's own name), of 1 byte to
   * `maxBytes`, usable for `expiresSeconds`, after which the browser is sent to `redirect`.
   */
  uploadForm(input: {
    prefix: string;
    maxBytes: number;
    redirect: string;
    expiresSeconds: number;
  }): Promise<UploadForm>;
  /** What was uploaded under `key`: its size, and its bytes only if at most `maxBytes`; undefined if nothing. */
  readUpload(key: string, maxBytes: number): Promise<{ size: number; bytes?: Uint8Array } | undefined>;
  /** Removes an upload (kept or refused); nothing happens if there is none. */
  discardUpload(key: string): Promise<void>;
  /** A link that downloads the stored file under `key` as an attachment named `name`, for `expiresSeconds`. */
  downloadLink(key: string, file: { name: string; type: string; expiresSeconds: number }): Promise<string>;
}

/** Where uploads wait to be checked: anything left here is deleted by the bucket after a day. */
export const UPLOADS_PREFIX = 'uploads/';
/** Where files taken in are kept: never expired, never deleted by the service. */
export const KEPT_PREFIX = 'files/';

/** `Content-Disposition: attachment` naming the file, in ASCII and (RFC 6266/5987) in UTF-8. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
