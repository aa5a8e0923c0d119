import { alertWorkflowHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';

/** Lambda entry point: `advanceAlert`. */
export const handler = instrumented('advanceAlert', alertWorkflowHandlers(awsDeps()).advanceAlert);
