import { awsDeps } from './awsDeps.js';
import { sesEmail } from './awsEmail.js';
import { instrumented } from './instrumented.js';
import { sendNoticesTask } from './tasks/sendNotices.js';

/** Lambda entry point of the lifecycle's `sendNotices` task. */
export const handler = instrumented('sendNotices', sendNoticesTask(awsDeps({ email: sesEmail })));
