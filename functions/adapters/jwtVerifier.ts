import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Verifies a bearer token as API Gateway's JWT authorizer does: signed by a key the issuer
 * publishes (its JWKS) and named by its `kid`, by that issuer, for one of the audiences, with an
 * expiry still to come and an issue time already past. With `jose`, which never accepts an
 * unsigned token (`alg: none`). Answers the token's claims, or why not.
 */
export function jwtVerifier(settings: { issuer: string; audiences: string[] }) {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const keySet = () => {
    keys ??= (async () => {
      const response = await fetch(`${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
      if (!response.ok) throw new Error(`the issuer's metadata could not be read (${response.status})`);
      const metadata = (await response.json()) as { jwks_uri?: string; issuer?: string };
      if (!metadata.jwks_uri) throw new Error('the issuer publishes no keys');
      return createRemoteJWKSet(new URL(metadata.jwks_uri));
    })().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
  return async (
    token: string,
  ): Promise<{ ok: true; claims: Record<string, unknown> } | { ok: false; message: string }> => {
    try {
      const { payload, protectedHeader } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audiences,
        algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
        requiredClaims: ['exp', 'iat'],
        // An issue time in the future is refused; no token lives longer than a working day.
        maxTokenAge: '12 hours',
      });
      // As API Gateway: the token must name the key it was signed with.
      if (!protectedHeader.kid) return { ok: false, message: 'the token is not valid (no key id)' };
      return { ok: true, claims: payload as Record<string, unknown> };
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'invalid');
      return { ok: false, message: `the token is not valid (${code})` };
    }
  };
}
