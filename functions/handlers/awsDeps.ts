import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoStores } from '../adapters/dynamo/stores.js';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import type { Deps } from '../app/deps.js';
import { englandAndWalesCalendar } from '../domain/calendar.js';
import { systemClock } from '../ports/clock.js';
import { PermanentSendError } from '../ports/notifier.js';
import { refusingDriver } from '../ports/workflowDriver.js';
import { loadConfig, type AppConfig } from '../shared/config.js';
import { businessMetrics, tracer } from './powertools.js';

/**
 * What a function needs beyond the table, each built by its own module (awsEmail.ts,
 * awsDrivers.ts, awsEvidence.ts) so that a function loads only the AWS clients it uses, as its
 * role allows only the calls it makes.
 */
export interface AwsParts {
  /** The email channel: the functions allowed to send notices. */
  email?: (config: AppConfig) => Deps['notifier'];
  /** Starting and stopping drivers: the functions given the state machines. */
  drivers?: (config: AppConfig) => Pick<Deps, 'driver' | 'alertDriver'>;
  /** Evidence files: the functions given the bucket. */
  evidence?: (config: AppConfig) => Pick<Deps, 'evidence' | 'evidenceUploads'>;
}

/**
 * The real adapters, built once per Lambda container from its environment: the table (its calls
 * traced in X-Ray, by operation and table: no item), the clock, the calendar, the metrics, and
 * the parts the function asked for. A part it did not ask for refuses plainly, as IAM would.
 */
export function awsDeps(parts: AwsParts = {}): Deps {
  const config = loadConfig();
  return {
    ...dynamoStores(tracer.captureAWSv3Client(withoutSdkLogging(new DynamoDBClient({}))), config.tableName),
    ...(parts.evidence ? parts.evidence(config) : {}),
    notifier: parts.email ? parts.email(config) : noEmail,
    ...(parts.drivers ? parts.drivers(config) : { driver: noDrivers, alertDriver: noDrivers }),
    clock: systemClock,
    calendar: englandAndWalesCalendar(),
    config,
    // Written once at the end of each invocation (instrumented.ts).
    metrics: businessMetrics,
  };
}

const noEmail: Deps['notifier'] = {
  send: () => Promise.reject(new PermanentSendError('this function does not send email')),
};

const noDrivers = refusingDriver('this function does not start or stop drivers');
