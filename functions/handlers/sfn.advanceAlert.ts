import { advanceAlertTask } from './tasks/advanceAlert.js';
import { awsDeps } from './awsDeps.js';
import { sesEmail } from './awsEmail.js';
import { instrumented } from './instrumented.js';

/** Lambda entry point of the alert workflow's `advanceAlert` task. */
export const handler = instrumented('advanceAlert', advanceAlertTask(awsDeps({ email: sesEmail })));
