import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';
import { lifecycleHandlers } from './lifecycle.js';

/** Lambda entry point of the lifecycle's `findNext` task. */
export const handler = instrumented('findNext', lifecycleHandlers(awsDeps()).findNext);
