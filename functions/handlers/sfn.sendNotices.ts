import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';
import { lifecycleHandlers } from './lifecycle.js';

/** Lambda entry point of the lifecycle's `sendNotices` task. */
export const handler = instrumented('sendNotices', lifecycleHandlers(awsDeps()).sendNotices);
