import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one structured logger. Log ids, kinds and outcomes: never names, email addresses or
 * anything about a case. The level comes from POWERTOOLS_LOG_LEVEL (the local runtime lowers it).
 */
export const logger = new Logger({ serviceName: 'dipp-orchestrator' });
