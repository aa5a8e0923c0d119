import { alertWorkflowHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';

/** Lambda entry point: `recordAlertFailure`. */
export const handler = instrumented('recordAlertFailure', alertWorkflowHandlers(awsDeps()).recordAlertFailure);
