import { awsDeps } from './awsDeps.js';
import { stepFunctionsDrivers } from './awsDrivers.js';
import { s3Evidence } from './awsEvidence.js';
import { instrumented } from './instrumented.js';
import { pagesOverHttp } from './pages.js';

/** Lambda entry point behind the HTTP API: every page (the Frontend assets come from S3, through CloudFront). */
export const handler = instrumented(
  'pages',
  pagesOverHttp(awsDeps({ drivers: stepFunctionsDrivers, evidence: s3Evidence })),
);
