import { alertHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `raiseAlert`. */
export const handler = alertHandlers(awsDeps()).raiseAlert;
