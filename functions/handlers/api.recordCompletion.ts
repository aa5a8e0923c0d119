import { awsDeps } from './awsDeps.js';
import { inspectionHandlers } from './inspections.js';

/** Lambda entry point: `recordCompletion`. */
export const handler = inspectionHandlers(awsDeps()).recordCompletion;
