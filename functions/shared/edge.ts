import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The header CloudFront adds to every request it forwards to the HTTP API. Its value is a secret
 * only CloudFront and the functions hold, so a request sent to the API's own address, around
 * CloudFront and its web ACL's rate limit, is refused before any work is done.
 */
export const EDGE_HEADER = 'x-dipp-edge';

export const EDGE_REFUSAL = "Use the service's own address: requests sent to the API directly are refused.";

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether a request came through CloudFront; with no secret configured (locally), every request did. */
export function cameThroughEdge(headers: Record<string, string | undefined> | undefined, secret: string | undefined) {
  if (!secret) return true;
  const given = headers?.[EDGE_HEADER];
  // Compared as digests of equal length, in constant time: the secret cannot be guessed a byte at a time.
  return given !== undefined && timingSafeEqual(digest(given), digest(secret));
}
