import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AlreadyExistsError } from '../ports/errors.js';
import {
  attachmentDisposition,
  UPLOADS_PREFIX,
  type EvidenceStore,
  type EvidenceUploads,
  type UploadForm,
} from '../ports/evidenceStore.js';

/** What an upload is stored as until it is checked: never anything a browser would run. */
const UPLOAD_TYPE = 'application/octet-stream';

const status = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

/**
 * Evidence files in an S3 bucket: on AWS, one encrypted with the service's KMS key by default (the
 * bucket's setting, so no request names a key); locally, the S3 emulator (s3rver). Uploads come
 * straight from the browser by a presigned POST and downloads go by a presigned GET, so no file
 * passes through a Lambda.
 */
export class S3EvidenceStore implements EvidenceStore, EvidenceUploads {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(input: { key: string; type: string; bytes: Uint8Array }): Promise<void> {
    // S3 refuses an overwrite itself (If-None-Match: *, 412). The emulator ignores that header, so
    // look first as well: between the two, evidence is never overwritten.
    if (await this.exists(input.key)) throw new AlreadyExistsError(`evidence ${input.key} exists`);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: input.key,
          Body: input.bytes,
          ContentType: input.type,
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      if (status(error) === 412) throw new AlreadyExistsError(`evidence ${input.key} exists`);
      throw error;
    }
  }

  async get(key: string): Promise<{ type: string; bytes: Uint8Array } | undefined> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = await object.Body?.transformToByteArray();
      return { type: object.ContentType ?? UPLOAD_TYPE, bytes: bytes ?? new Uint8Array() };
    } catch (error) {
      if (error instanceof NoSuchKey || status(error) === 404) return undefined;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
      token = page.NextContinuationToken;
    } while (token);
    return keys.sort();
  }

  async uploadForm(input: {
    prefix: string;
    maxBytes: number;
    redirect: string;
    expiresSeconds: number;
  }): Promise<UploadForm> {
    if (!input.prefix.startsWith(UPLOADS_PREFIX) || !input.prefix.endsWith('/')) {
      throw new Error(`an upload goes under ${UPLOADS_PREFIX}, in a folder of its own`);
    }
    // S3 puts the file's own name where `${filename}` is; the policy holds the rest: this folder,
    // the size, the stored type, and where the browser goes next.
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: `${input.prefix}\${filename}`,
      Expires: input.expiresSeconds,
      Conditions: [
        ['content-length-range', 1, input.maxBytes],
        ['eq', '$Content-Type', UPLOAD_TYPE],
      ],
      Fields: { 'Content-Type': UPLOAD_TYPE, success_action_redirect: input.redirect },
    });
    return { url, fields };
  }

  async readUpload(key: string, maxBytes: number): Promise<{ size: number; bytes?: Uint8Array } | undefined> {
    const size = await this.sizeOf(key);
    if (size === undefined) return undefined;
    if (size > maxBytes) return { size };
    const file = await this.get(key);
    return file ? { size: file.bytes.length, bytes: file.bytes } : undefined;
  }

  async discardUpload(key: string): Promise<void> {
    if (!key.startsWith(UPLOADS_PREFIX)) throw new Error('only an upload may be discarded');
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async downloadLink(key: string, file: { name: string; type: string; expiresSeconds: number }): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: attachmentDisposition(file.name),
        ResponseContentType: file.type,
      }),
      { expiresIn: file.expiresSeconds },
    );
  }

  private async exists(key: string): Promise<boolean> {
    return (await this.sizeOf(key)) !== undefined;
  }

  private async sizeOf(key: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (error instanceof NotFound || status(error) === 404) return undefined;
      throw error;
    }
  }
}
