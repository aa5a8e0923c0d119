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
