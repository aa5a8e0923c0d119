import { awsDeps } from './awsDeps.js';
import { lifecycleHandlers } from './lifecycle.js';

/** Lambda entry point of the lifecycle's `sendNotices` task. */
export const handler = lifecycleHandlers(awsDeps()).sendNotices;
