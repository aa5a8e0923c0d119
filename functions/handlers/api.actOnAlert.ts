import { alertHandlers } from './alerts.js';
import { awsDeps } from './awsDeps.js';
import { overHttp } from './http.js';

/** Lambda entry point behind the HTTP API: `actOnAlert`. */
export const handler = overHttp(alertHandlers(awsDeps()).actOnAlert);
