import { alertHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `listAlerts`. */
export const handler = alertHandlers(awsDeps()).listAlerts;
