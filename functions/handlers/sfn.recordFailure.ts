import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';
import { recordFailureTask } from './tasks/recordFailure.js';

/** Lambda entry point of the lifecycle's `recordFailure` task. */
export const handler = instrumented('recordFailure', recordFailureTask(awsDeps()));
