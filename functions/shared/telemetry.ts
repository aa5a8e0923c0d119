/**
 * Where the functions' logs, metrics and traces are filed: the names the handlers write under and
 * the stack's alarms and dashboard read, so both sides agree.
 */
export const SERVICE_NAME = 'dipp-orchestrator';

/** The CloudWatch namespace of the business metrics (the log-derived `AlertLimitReached` is here too). */
export const METRICS_NAMESPACE = 'DIPP';
