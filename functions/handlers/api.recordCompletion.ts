import { awsDeps } from './awsDeps.js';
import { overHttp } from './http.js';
import { inspectionHandlers } from './inspections.js';

/** Lambda entry point behind the HTTP API: `recordCompletion`. */
export const handler = overHttp(inspectionHandlers(awsDeps()).recordCompletion);
