import { Duration, Stack } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { KEPT_PREFIX, UPLOADS_PREFIX } from '../../functions/ports/evidenceStore.js';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_DEFINITION } from '../../functions/adapters/dynamo/tableDesign.js';

const FUNCTIONS = fileURLToPath(new URL('../../functions/handlers/', import.meta.url));

export interface DippFunctionProps {
  /** The handler file under functions/handlers, e.g. `sfn.sendNotices`. */
  entry: string;
  environment: Record<string, string>;
  /**
   * Files the handler reads at run time, copied into the bundle after esbuild: [from, relative to
   * the project; to, relative to the bundle]. The pages' templates and the Frontend assets.
   */
  files?: [from: string, to: string][];
  /** How many may run at once, reserved from the account's concurrency; unset, none reserved. */
  reservedConcurrency?: number;
}

/** What a function that sends notices may send: from where, through what, to whom. */
export interface EmailSending {
  /** The verified SES identity: the sender's domain. */
  identity: string;
  /** Our configuration set's name. */
  configurationSet: string;
  /** The sender's address alone, without a display name. */
  fromAddress: string;
  /** The domains notices may go to (the stage's allow-list). */
  recipientDomains: readonly string[];
}

/** What the store does with the table: reads, conditional writes and transactions; never a scan. */
export type TableAccess = 'read' | 'read-write' | 'read-write-delete';
const READ = ['dynamodb:GetItem', 'dynamodb:Query'];
const WRITE = [...READ, 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'];
const TABLE_ACTIONS: Record<TableAccess, readonly string[]> = {
  read: READ,
  'read-write': WRITE,
  // Only closing an alert deletes anything: the key that kept a second alert for the same case out.
  'read-write-delete': [...WRITE, 'dynamodb:DeleteItem'],
};

/**
 * Every DIPP Lambda function's settings in one place: Node 24 on Arm, 512 MB, 30 s, X-Ray, JSON
 * logs in its own log group kept a year, and a role of its own that starts with nothing but
 * writing to that log group. The environment is checked by the handler at start-up (loadConfig).
 */
export class DippFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: DippFunctionProps) {
    const { files } = props;
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_YEAR });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `DIPP ${props.entry}: only what this function needs`,
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    super(scope, id, {
      entry: path.join(FUNCTIONS, `${props.entry}.ts`),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(30),
      ...(props.reservedConcurrency ? { reservedConcurrentExecutions: props.reservedConcurrency } : {}),
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      // No --enable-source-maps: Node would parse the bundle's source map (about 3 MB) at every
      // cold start. The map ships beside the bundle to map a stack trace's positions (README, Deploy).
      environment: {
        POWERTOOLS_SERVICE_NAME: 'dipp-orchestrator',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.CJS,
        sourceMap: true,
        minify: true,
        // What each bundle carries, for `npm run bench` only: the file would otherwise ship in the zip.
        metafile: process.env.DIPP_BUNDLE_METAFILE === 'true',
        target: 'node24',
        ...(files
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) =>
                  files.flatMap(([from, to]) => [
                    `mkdir -p "${path.posix.join(outputDir, path.posix.dirname(to))}"`,
                    `cp -R "${path.posix.join(inputDir, from)}" "${path.posix.join(outputDir, to)}"`,
                  ]),
              },
            }
          : {}),
      },
    });
  }

  /** Lets the function use the table (and its indexes, by name) as far as `access` goes. */
  useTable(table: ITableV2, access: TableAccess = 'read-write'): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: [...TABLE_ACTIONS[access]],
        resources: [
          table.tableArn,
          ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
        ],
      }),
    );
    return this;
  }

  /**
   * Lets the function handle evidence files (issue 18), as far as the service does: sign upload
   * forms for uploads/ (a presigned POST carries the signer's rights, so PutObject there), read and
   * delete uploads (taken in or refused), write and read kept files under files/ but never delete
   * one, list the bucket (without it S3 answers a missing key with 403, not 404), and use the
   * bucket's KMS key to encrypt and decrypt. The bucket's name is in the environment.
   */
  useEvidence(bucket: IBucket, key: IKey): this {
    const objects = (prefix: string) => bucket.arnForObjects(`${prefix}*`);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [objects(UPLOADS_PREFIX)],
      }),
    );
    this.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [objects(KEPT_PREFIX)] }),
    );
    this.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    this.addToRolePolicy(
      new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [key.keyArn] }),
    );
    this.addEnvironment('DIPP_EVIDENCE_BUCKET', bucket.bucketName);
    return this;
  }

  /**
   * Lets the function send email from the verified identity, through our configuration set only,
   * from the stage's sender address only, to the allowed domains only: the same rules the code
   * applies before it calls SES, held by IAM as well. SES v2's SendEmail authorizes the identity
   * and, when a request names one, the configuration set: granting no other configuration set
   * refuses a request naming another, and the identity's default (ours: set by the stack when it
   * makes the identity, by hand otherwise, as the README says) covers one naming none.
   */
  sendEmail(sending: EmailSending): this {
    const stack = Stack.of(this);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: sending.identity }),
          stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: sending.configurationSet }),
        ],
        conditions: {
          // Case-sensitive, as SES compares them: the address exactly as the functions are given it.
          StringEquals: { 'ses:FromAddress': sending.fromAddress },
          // Every To, Cc and Bcc address ends in @ and an allowed domain (a subdomain is not one).
          'ForAllValues:StringLike': { 'ses:Recipients': sending.recipientDomains.map((domain) => `*@${domain}`) },
        },
      }),
    );
    return this;
  }
}
