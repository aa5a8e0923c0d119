import { alertHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `getAlert`. */
export const handler = alertHandlers(awsDeps()).getAlert;
