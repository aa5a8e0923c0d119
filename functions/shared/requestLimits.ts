/**
 * The most a request's body may hold, in bytes: the functions refuse more before decoding it, the
 * local server reads no more, and the web ACL refuses more at the edge.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The long-list upload alone may be larger (a region's nDelius export, issue 14): the page's file
 * upload and the API's `text/csv` body. The web ACL exempts exactly these paths from its 64 KB rule
 * (infra/stacks/edgeSecurityStack.ts), and the functions hold them to this instead.
 */
export const MAX_LONG_LIST_BYTES = 2 * 1024 * 1024;

/** The long-list's addresses: the page (`/inspections/{id}/sample/long-list`) and the API's. */
export const LONG_LIST_PATH_PATTERN = '^(/api)?/inspections/[^/]+/sample/long-list$';
export const LONG_LIST_PATH = new RegExp(LONG_LIST_PATH_PATTERN);

/**
 * The programme's plan file (issue 15), uploaded on its page: twelve rows of names and addresses,
 * a few kilobytes, so held to the ordinary limit.
 */
export const PROGRAMME_PLAN_PATH = /^\/programme\/plan$/;

/** Whether the page at `path` takes a form with a file (`multipart/form-data`). */
export const takesFile = (path: string): boolean => LONG_LIST_PATH.test(path) || PROGRAMME_PLAN_PATH.test(path);

/** The most a POST to `path` may carry. */
export const maxBodyBytesFor = (path: string): number =>
  LONG_LIST_PATH.test(path) ? MAX_LONG_LIST_BYTES : MAX_BODY_BYTES;
