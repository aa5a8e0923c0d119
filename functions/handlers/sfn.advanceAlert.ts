import { alertWorkflowHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `advanceAlert`. */
export const handler = alertWorkflowHandlers(awsDeps()).advanceAlert;
