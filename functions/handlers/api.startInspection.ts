import { awsDeps } from './awsDeps.js';
import { inspectionHandlers } from './inspections.js';

/** Lambda entry point: `startInspection`. */
export const handler = inspectionHandlers(awsDeps()).startInspection;
