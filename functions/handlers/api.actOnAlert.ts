import { alertHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';

/** Lambda entry point: `actOnAlert`. */
export const handler = alertHandlers(awsDeps()).actOnAlert;
