import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../functions/adapters/dynamo/tableDesign.js';

/** The data, in a stack of its own so that changing the functions can never replace the table. */
export class StatefulStack extends Stack {
  readonly table: TableV2;
  /** Evidence files the regions attach to alerts (issue 18): never public, never emailed. */
  readonly evidence: Bucket;
  /** The evidence bucket's own KMS key: reading or writing a file needs it as well as the bucket. */
  readonly evidenceKey: Key;
  /** S3's server access log of the evidence bucket: every read and write of a file, with who made it. */
  readonly evidenceAccessLog: Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Inspections', {
      partitionKey: key(TABLE_DEFINITION.keySchema.partitionKey),
      sortKey: key(TABLE_DEFINITION.keySchema.sortKey),
      globalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
      })),
      timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.evidenceAccessLog = new Bucket(this, 'EvidenceAccessLog', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 writes server access logs only to a bucket encrypted with S3's own keys.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // S3's log delivery writes through the bucket's ACL (LogDeliveryWrite), which needs this ownership.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Encrypted with a key of our own (rotated yearly), so reading a file needs the key as well as the bucket.
    const evidenceKey = (this.evidenceKey = new Key(this, 'EvidenceKey', {
      description: 'DIPP: encrypts the evidence files attached to alerts',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    this.evidence = new Bucket(this, 'Evidence', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.KMS,
      encryptionKey: evidenceKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Evidence is never overwritten or lost: every version is kept.
      versioned: true,
      serverAccessLogsBucket: this.evidenceAccessLog,
      serverAccessLogsPrefix: 'evidence/',
      // Browsers upload under uploads/ and the service takes a file in (copying it under files/) or
      // refuses it within seconds: whatever is left there a day later was never taken in, and goes,
      // every version of it. Files under files/ are never expired.
      lifecycleRules: [
        {
          id: 'UploadsNeverTakenIn',
          prefix: 'uploads/',
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        { id: 'UploadsDeleteMarkers', prefix: 'uploads/', expiredObjectDeleteMarker: true },
      ],
      // No CORS rule: the browser posts the upload form as a page navigation (no script), which
      // CORS does not govern, and downloads are links followed the same way.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
