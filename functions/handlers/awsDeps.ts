import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { dynamoStores } from '../adapters/dynamo/stores.js';
import { S3EvidenceStore } from '../adapters/s3EvidenceStore.js';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import { SesNotifier } from '../adapters/sesNotifier.js';
import { StepFunctionsDriver } from '../adapters/stepFunctionsDriver.js';
import type { Deps } from '../app/deps.js';
import { englandAndWalesCalendar } from '../domain/calendar.js';
import { systemClock } from '../ports/clock.js';
import type { WorkflowDriver } from '../ports/workflowDriver.js';
import { loadConfig } from '../shared/config.js';
import { businessMetrics, tracer } from './powertools.js';

/**
 * The real adapters, built once per Lambda container from its environment. DynamoDB, SES and Step
 * Functions calls are traced in X-Ray (by operation and table: no item, no address). S3 is not:
 * X-Ray records an object's key, and an uploaded evidence file's key holds its own name.
 */
export function awsDeps(): Deps {
  const config = loadConfig();
  const { stateMachineArn } = config;
  // The workflow's own tasks never start or stop drivers; only the administrators' functions do.
  const sfn = tracer.captureAWSv3Client(withoutSdkLogging(new SFNClient({})));
  const driverOf = <Input extends Record<string, string>>(arn: string | undefined, variable: string) =>
    arn
      ? new StepFunctionsDriver<Input>(sfn, arn)
      : ({
          start: () => Promise.reject(new Error(`configuration is not valid: ${variable} is not set`)),
          stop: () => Promise.reject(new Error(`configuration is not valid: ${variable} is not set`)),
        } satisfies WorkflowDriver<Input>);
  // Evidence files: the bucket encrypts with its own KMS key by default, so no request names a key.
  const evidence = new S3EvidenceStore(withoutSdkLogging(new S3Client({})), config.evidenceBucket);
  return {
    ...dynamoStores(tracer.captureAWSv3Client(withoutSdkLogging(new DynamoDBClient({}))), config.tableName),
    evidence,
    evidenceUploads: evidence,
    // One attempt per SES call: a retry after an unanswered request could repeat an email
    // silently; retries go through the notice's recorded intent instead.
    notifier: new SesNotifier(
      tracer.captureAWSv3Client(withoutSdkLogging(new SESv2Client({ maxAttempts: 1 }))),
      config.sesConfigurationSet,
      config.allowedRecipientDomains,
    ),
    clock: systemClock,
    driver: driverOf<{ inspectionId: string }>(stateMachineArn, 'DIPP_STATE_MACHINE_ARN'),
    alertDriver: driverOf<{ inspectionId: string; alertId: string }>(
      config.alertStateMachineArn,
      'DIPP_ALERT_STATE_MACHINE_ARN',
    ),
    calendar: englandAndWalesCalendar(),
    config,
    // Written once at the end of each invocation (instrumented.ts).
    metrics: businessMetrics,
  };
}
