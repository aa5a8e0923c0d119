import { AlreadyExistsError } from '../../../functions/ports/errors.js';
import {
  attachmentDisposition,
  type EvidenceStore,
  type EvidenceUploads,
  type UploadForm,
} from '../../../functions/ports/evidenceStore.js';

/**
 * Evidence files in memory, for tests: the S3 adapter's observable behaviour (no overwrite, copies
 * in and out, keys listed in order) without S3. test/ports/evidenceStoreContract.ts holds both to it.
 * Uploads are the browser's part: `receive` posts a file with a form as S3 would take it.
 */
export class MemoryEvidenceStore implements EvidenceStore, EvidenceUploads {
  private readonly files = new Map<string, { type: string; bytes: Uint8Array }>();
  private readonly limits = new Map<string, number>();

  async put(input: { key: string; type: string; bytes: Uint8Array }): Promise<void> {
    if (this.files.has(input.key)) throw new AlreadyExistsError(`evidence ${input.key} exists`);
    this.files.set(input.key, { type: input.type, bytes: Uint8Array.from(input.bytes) });
  }

  async get(key: string): Promise<{ type: string; bytes: Uint8Array } | undefined> {
    const file = this.files.get(key);
    return file ? { type: file.type, bytes: Uint8Array.from(file.bytes) } : undefined;
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.files.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  async uploadForm(input: { prefix: string; maxBytes: number; redirect: string }): Promise<UploadForm> {
    this.limits.set(input.prefix, input.maxBytes);
    return {
      url: 'https://evidence.memory.example/',
      fields: { key: `${input.prefix}\${filename}`, success_action_redirect: input.redirect },
    };
  }

  async readUpload(key: string, maxBytes: number): Promise<{ size: number; bytes?: Uint8Array } | undefined> {
    const file = this.files.get(key);
    if (!file) return undefined;
    return file.bytes.length > maxBytes ? { size: file.bytes.length } : { size: file.bytes.length, bytes: file.bytes };
  }

  async discardUpload(key: string): Promise<void> {
    this.files.delete(key);
  }

  async downloadLink(key: string, file: { name: string; type: string; expiresSeconds: number }): Promise<string> {
    const query = new URLSearchParams({
      'response-content-disposition': attachmentDisposition(file.name),
      'X-Amz-Expires': String(file.expiresSeconds),
    });
    return `https://evidence.memory.example/${key}?${query}`;
  }

  /** The browser posts a file with a form (S3's part): the key the store chose, its name filled in. `force` skips the size limit, as a forged form would. */
  receive(form: UploadForm, file: { name: string; bytes: Uint8Array }, force = false): string {
    const key = (form.fields.key ?? '').replace('${filename}', file.name);
    const limit = this.limits.get(key.slice(0, key.lastIndexOf('/') + 1)) ?? 0;
    if (!force && file.bytes.length > limit) throw new Error('S3 refuses a file over the policy’s size');
    this.files.set(key, { type: 'application/octet-stream', bytes: Uint8Array.from(file.bytes) });
    return key;
  }
}
