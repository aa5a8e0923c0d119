import { awsDeps } from './awsDeps.js';
import { apiOverHttp } from './http.js';

/** Lambda entry point behind the HTTP API: every `/api` route, by the route API Gateway matched. */
export const handler = apiOverHttp(awsDeps());
