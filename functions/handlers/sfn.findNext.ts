import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';
import { findNextTask } from './tasks/findNext.js';

/** Lambda entry point of the lifecycle's `findNext` task. */
export const handler = instrumented('findNext', findNextTask(awsDeps()));
