/** What the identity provider (Cognito, Entra ID, the local provider) says of a person who signed in. */
export interface SignedIn {
  /** The ID token's claims, its signature, issuer, audience, expiry and nonce verified. */
  claims: Record<string, unknown>;
  idToken: string;
  refreshToken?: string;
  /** When the ID token (and so these claims) expires. */
  expiresAt: Date;
}

/** The provider refused, or what came back does not match what was sent (state, PKCE, nonce, issuer …). */
export class SignInRefused extends Error {
  override readonly name = 'SignInRefused';
}

/**
 * An OpenID Connect provider, spoken to with the authorization code flow and PKCE. The pages do
 * not know which provider it is: its issuer and client come from configuration.
 */
export interface SignInProvider {
  /** Where to send the browser to sign in. */
  authorizationUrl(request: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<string>;
  /** The code the provider sent back to `callbackUrl`, exchanged and checked (SignInRefused if anything is off). */
  finish(request: {
    callbackUrl: string;
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<SignedIn>;
  /** Fresh claims from a refresh token (SignInRefused if it no longer works). */
  refresh(refreshToken: string): Promise<SignedIn>;
  /** Where to send the browser so the provider ends its own session too; undefined if it has no such place. */
  signOutUrl(request: { idToken?: string; postLogoutRedirectUri: string }): Promise<string | undefined>;
}
