import type { Configuration } from 'oidc-provider';
import type { Principal } from '../../domain/access.js';
import { SECURITY_HEADERS } from '../../web/responses.js';
import { accountFor } from './accounts.js';
import type { ProviderKeys } from './keys.js';
import { memoryAdapter } from './memoryAdapter.js';
import { logoutSource, postLogoutSuccessSource, renderError } from './pages.js';

/**
 * How oidc-provider is set up to stand in for Cognito: two public clients with PKCE, the
 * authorization code grant and refresh tokens, Cognito's claims in the ID token, Cognito's
 * lifetimes, our own pages, keys and store, and nothing for development only.
 */
export const LOCAL_PAGES_CLIENT_ID = 'dipp-pages';
export const LOCAL_CLI_CLIENT_ID = 'dipp-cli';

export interface ProviderSettings {
  people: () => Promise<Principal[]>;
  pagesRedirectUri: string;
  pagesPostLogoutRedirectUri: string;
}

const HOUR = 60 * 60;

/**
 * Which claims each scope gives (in the ID token too: `conformIdTokenClaims: false`). Cognito puts
 * the groups and custom attributes in every ID token; email and name come with their scopes.
 */
const CLAIMS: Record<string, string[]> = {
  openid: ['sub', 'cognito:groups', 'custom:region'],
  email: ['email', 'email_verified'],
  profile: ['name'],
};

export function providerConfiguration(options: ProviderSettings, keys: ProviderKeys) {
  const { people } = options;
  const serviceHome = new URL('/', options.pagesRedirectUri).href;
  const publicClient = {
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  };
  return {
    adapter: memoryAdapter(),
    clients: [
      {
        ...publicClient,
        client_id: LOCAL_PAGES_CLIENT_ID,
        client_name: 'DIPP inspections',
        application_type: 'web',
        redirect_uris: [options.pagesRedirectUri],
        post_logout_redirect_uris: [options.pagesPostLogoutRedirectUri],
      },
      // RFC 8252 §7.3: a native client's loopback redirect URI may use any port.
      {
        ...publicClient,
        client_id: LOCAL_CLI_CLIENT_ID,
        client_name: 'DIPP command line',
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
      },
    ],
    jwks: keys.jwks,
    cookies: { keys: keys.cookieKeys },
    scopes: ['openid'],
    claims: CLAIMS,
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    clientBasedCORS: () => false,
    async findAccount(_ctx, sub) {
      const account = accountFor(await people(), sub);
      return account && { accountId: account.sub, claims: async () => account.claims };
    },
    // As Cognito: a refresh token whenever the client may use one, no `offline_access` needed.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, found) => `/interaction/${found.uid}` },
    renderError: renderError(serviceHome),
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 8 * HOUR,
      Session: 8 * HOUR,
      // A public client's refresh token is rotated at each use; the new one lives no longer than the first.
      RefreshToken: (ctx) => ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? 8 * HOUR,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: logoutSource(people),
        postLogoutSuccessSource: postLogoutSuccessSource(serviceHome),
      },
    },
  } satisfies Configuration;
}

/**
 * The security headers of the pages, except that a form may lead (through redirects) to the
 * clients: Chromium applies `form-action` to every redirect after a form is posted, so signing in
 * and out must be allowed to end at the client's redirect URI (the command line's on any port).
 */
export function securityHeaders(options: ProviderSettings): Record<string, string> {
  const origins = new Set([
    "'self'",
    new URL(options.pagesRedirectUri).origin,
    new URL(options.pagesPostLogoutRedirectUri).origin,
    'http://127.0.0.1:*',
  ]);
  return {
    ...SECURITY_HEADERS,
    'content-security-policy': SECURITY_HEADERS['content-security-policy'].replace(
      "form-action 'self'",
      `form-action ${[...origins].join(' ')}`,
    ),
  };
}
