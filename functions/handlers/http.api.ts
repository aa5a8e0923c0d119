import { awsDeps } from './awsDeps.js';
import { stepFunctionsDrivers } from './awsDrivers.js';
import { s3Evidence } from './awsEvidence.js';
import { instrumented } from './instrumented.js';
import { apiOverHttp } from './http.js';

/** Lambda entry point behind the HTTP API: every `/api` route, by the route API Gateway matched. */
export const handler = instrumented(
  'api',
  apiOverHttp(awsDeps({ drivers: stepFunctionsDrivers, evidence: s3Evidence })),
);
