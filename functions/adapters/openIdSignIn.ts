import * as client from 'openid-client';
import { SignInRefused, type SignedIn, type SignInProvider } from '../ports/signInProvider.js';

/**
 * The relying party, with `openid-client` (OpenID Certified): discovery of the issuer's metadata,
 * the authorization code flow with PKCE (S256), state and nonce, ID token verification, refresh,
 * and RP-initiated sign-out. Plain HTTP is allowed only for a loopback issuer (the local provider).
 */
export class OpenIdSignIn implements SignInProvider {
  private configuration?: Promise<client.Configuration>;

  constructor(
    private readonly settings: {
      issuer: string;
      clientId: string;
      scope?: string;
      /** Cognito advertises no end-session endpoint: its `/logout` on the user pool domain. */
      logoutUrl?: string;
    },
  ) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const issuer = new URL(this.settings.issuer);
      const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      return client.discovery(
        issuer,
        this.settings.clientId,
        undefined,
        client.None(),
        loopback ? { execute: [client.allowInsecureRequests] } : undefined,
      );
    })().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  async authorizationUrl(request: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    reauthenticate?: boolean;
  }) {
    const config = await this.config();
    return client
      .buildAuthorizationUrl(config, {
        redirect_uri: request.redirectUri,
        scope: this.settings.scope ?? 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
        code_challenge_method: 'S256',
        state: request.state,
        nonce: request.nonce,
        ...(request.reauthenticate ? { prompt: 'login' } : {}),
      })
      .toString();
  }

  async finish(request: {
    callbackUrl: string;
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<SignedIn> {
    const config = await this.config();
    try {
      const tokens = await client.authorizationCodeGrant(config, new URL(request.callbackUrl), {
        pkceCodeVerifier: request.codeVerifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
        idTokenExpected: true,
      });
      return signedIn(tokens);
    } catch (error) {
      throw refusal(error);
    }
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const config = await this.config();
    try {
      const tokens = await client.refreshTokenGrant(config, refreshToken);
      const fresh = signedIn(tokens);
      // A provider that does not rotate refresh tokens keeps the one it gave first.
      return { ...fresh, refreshToken: fresh.refreshToken ?? refreshToken };
    } catch (error) {
      throw refusal(error);
    }
  }

  async signOutUrl(request: { idToken?: string; postLogoutRedirectUri: string }): Promise<string | undefined> {
    const config = await this.config();
    if (config.serverMetadata().end_session_endpoint) {
      return client
        .buildEndSessionUrl(config, {
          ...(request.idToken ? { id_token_hint: request.idToken } : {}),
          post_logout_redirect_uri: request.postLogoutRedirectUri,
          client_id: this.settings.clientId,
        })
        .toString();
    }
    if (!this.settings.logoutUrl) return undefined;
    const url = new URL(this.settings.logoutUrl);
    url.searchParams.set('client_id', this.settings.clientId);
    url.searchParams.set('logout_uri', request.postLogoutRedirectUri);
    return url.toString();
  }
}

function signedIn(tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers): SignedIn {
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new SignInRefused('the provider sent no ID token');
  const expiresAt = new Date((typeof claims.exp === 'number' ? claims.exp : Date.now() / 1000 + 300) * 1000);
  return {
    claims: claims as Record<string, unknown>,
    idToken: tokens.id_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    expiresAt,
  };
}

/** What the provider or the checks said, without tokens or codes. */
function refusal(error: unknown): SignInRefused {
  if (error instanceof SignInRefused) return error;
  const code = error instanceof client.ResponseBodyError ? error.error : undefined;
  const name = error instanceof Error ? ((error as Error & { code?: string }).code ?? error.name) : 'Error';
  return new SignInRefused(`sign-in refused: ${code ?? name}`);
}
