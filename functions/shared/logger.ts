import { Logger } from '@aws-lambda-powertools/logger';
import { SERVICE_NAME } from './telemetry.js';

/**
 * The one structured logger. Log ids, kinds and outcomes: never names, email addresses or
 * anything about a case. The level comes from POWERTOOLS_LOG_LEVEL (the local runtime lowers it).
 */
export const logger = new Logger({ serviceName: SERVICE_NAME });
