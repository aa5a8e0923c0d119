import { AlreadyExistsError } from '../../../functions/ports/errors.js';
import type { EvidenceStore } from '../../../functions/ports/evidenceStore.js';

/**
 * Evidence files in memory, for tests: the S3 adapter's observable behaviour (no overwrite, copies
 * in and out, keys listed in order) without S3. test/ports/evidenceStoreContract.ts holds both to it.
 */
export class MemoryEvidenceStore implements EvidenceStore {
  private readonly files = new Map<string, { type: string; bytes: Uint8Array }>();

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
}
