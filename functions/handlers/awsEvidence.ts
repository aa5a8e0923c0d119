import { S3Client } from '@aws-sdk/client-s3';
import { S3EvidenceStore } from '../adapters/s3EvidenceStore.js';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import type { Deps } from '../app/deps.js';
import type { AppConfig } from '../shared/config.js';

/**
 * Evidence files (awsDeps' `evidence` part). The bucket encrypts with its own KMS key by default,
 * so no request names a key. Not traced: X-Ray records an object's key, and an uploaded file's key
 * holds the name it was uploaded with.
 */
export function s3Evidence(config: AppConfig): Pick<Deps, 'evidence' | 'evidenceUploads'> {
  const evidence = new S3EvidenceStore(withoutSdkLogging(new S3Client({})), config.evidenceBucket);
  return { evidence, evidenceUploads: evidence };
}
