import { awsDeps } from './awsDeps.js';
import { sesEmail } from './awsEmail.js';
import { instrumented } from './instrumented.js';
import { checkDeadlinesTask } from './tasks/checkDeadlines.js';

/** Lambda entry point of the lifecycle's `checkDeadlines` task. */
export const handler = instrumented('checkDeadlines', checkDeadlinesTask(awsDeps({ email: sesEmail })));
