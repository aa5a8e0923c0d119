import { awsDeps } from './awsDeps.js';
import { inspectionHandlers } from './inspections.js';

/** Lambda entry point: `reschedule`. */
export const handler = inspectionHandlers(awsDeps()).reschedule;
