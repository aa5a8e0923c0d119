import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { EmfMetrics } from '../adapters/emfMetrics.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../shared/telemetry.js';

/**
 * The Lambda functions' one metrics writer and one tracer, made once per container (the logger is
 * in shared/logger.ts, used everywhere). The tracer turns itself off outside Lambda (no
 * `AWS_EXECUTION_ENV`), so the local runtime and the tests never reach for X-Ray.
 */
export const businessMetrics = new EmfMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }));

/**
 * Only the AWS clients awsDeps.ts hands it are traced, not every HTTP request: a request's URL is
 * recorded whole, and an evidence file's S3 key holds the name it was uploaded with.
 */
export const tracer = new Tracer({ serviceName: SERVICE_NAME, captureHTTPsRequests: false });
