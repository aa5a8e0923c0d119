import { alertWorkflowHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `recordAlertFailure`. */
export const handler = alertWorkflowHandlers(awsDeps()).recordAlertFailure;
