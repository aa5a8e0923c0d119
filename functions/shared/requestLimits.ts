/**
 * The most a request's body may hold, in bytes: the functions refuse more before decoding it, the
 * local server reads no more, and the web ACL refuses more at the edge.
 */
export const MAX_BODY_BYTES = 64 * 1024;
