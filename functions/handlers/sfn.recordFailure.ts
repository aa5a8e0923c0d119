import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';
import { lifecycleHandlers } from './lifecycle.js';

/** Lambda entry point of the lifecycle's `recordFailure` task. */
export const handler = instrumented('recordFailure', lifecycleHandlers(awsDeps()).recordFailure);
