import { recordAlertFailureTask } from './tasks/recordAlertFailure.js';
import { awsDeps } from './awsDeps.js';
import { instrumented } from './instrumented.js';

/** Lambda entry point of the alert workflow's `recordAlertFailure` task. */
export const handler = instrumented('recordAlertFailure', recordAlertFailureTask(awsDeps()));
