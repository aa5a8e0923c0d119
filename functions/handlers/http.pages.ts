import { awsDeps } from './awsDeps.js';
import { pagesOverHttp } from './pages.js';

/** Lambda entry point behind the HTTP API: the pages, and the GOV.UK and MoJ Frontend assets. */
export const handler = pagesOverHttp(awsDeps());
