import { createHash } from 'node:crypto';
import type { Clock } from '../../../functions/ports/clock.js';
import { SignInRefused, type SignedIn, type SignInProvider } from '../../../functions/ports/signInProvider.js';

/** Where the fake provider lives. */
export const PROVIDER = 'https://id.provider.example';

export type AuthorizationRequest = Parameters<SignInProvider['authorizationUrl']>[0];
type FinishRequest = Parameters<SignInProvider['finish']>[0];
type SignOutRequest = Parameters<SignInProvider['signOutUrl']>[0];

/** A code the provider issued when someone signed in, bound to the request they came with. */
interface Grant {
  request: AuthorizationRequest;
  claims: Record<string, unknown>;
  used: boolean;
}

/**
 * A test double of the identity provider, as the use cases see it. It records the authorization
 * requests it is sent; a person "signs in" at it for one of them (`signsIn`), which gives the
 * callback URL the browser comes back with. `finish` redeems that code once, and only with the
 * state, nonce and PKCE verifier of the request the code was issued for, as a real provider
 * and the ID token's checks would; it then vouches for the claims given at sign-in. `refresh`
 * renews the claims (the same ones, unless told otherwise) or refuses when told to.
 */
export class FakeSignInProvider implements SignInProvider {
  /** Every authorization request, in order. */
  readonly requests: AuthorizationRequest[] = [];
  /** Every code exchange asked for, in order. */
  readonly finishes: FinishRequest[] = [];
  /** Every refresh token presented, in order. */
  readonly refreshes: string[] = [];
  /** Every sign-out asked for, in order. */
  readonly signOuts: SignOutRequest[] = [];
  /** Every ID token issued (at sign-in or refresh), in order. */
  readonly idTokens: string[] = [];
  /** How long an ID token (and so its claims) lasts. */
  tokenSeconds = 3600;

  private readonly grants = new Map<string, Grant>();
  /** The claims behind each refresh token issued. */
  private readonly refreshTokens = new Map<string, Record<string, unknown>>();
  private nextRefresh: { claims: Record<string, unknown> } | { refuse: string } | undefined;
  private codes = 0;

  constructor(private readonly clock: Clock) {}

  async authorizationUrl(request: AuthorizationRequest): Promise<string> {
    this.requests.push({ ...request });
    const challenge = createHash('sha256').update(request.codeVerifier).digest('base64url');
    const url = new URL(`${PROVIDER}/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      redirect_uri: request.redirectUri,
      state: request.state,
      nonce: request.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  /**
   * A person signs in at the provider, with these claims, for the request with this state (the
   * latest by default): the URL the provider sends their browser back to. `code` overrides the
   * code in it (one issued for another request: a code injected into someone else's callback).
   */
  signsIn(claims: Record<string, unknown>, options: { state?: string; code?: string } = {}): string {
    const request = options.state
      ? this.requests.find((candidate) => candidate.state === options.state)
      : this.requests.at(-1);
    if (!request) throw new Error('nobody was sent to the provider to sign in');
    this.codes += 1;
    const code = `code-${this.codes}`;
    this.grants.set(code, { request, claims: structuredClone(claims), used: false });
    const callback = new URL(request.redirectUri);
    callback.searchParams.set('code', options.code ?? code);
    callback.searchParams.set('state', request.state);
    return callback.toString();
  }

  async finish(request: FinishRequest): Promise<SignedIn> {
    this.finishes.push({ ...request });
    const code = new URL(request.callbackUrl).searchParams.get('code') ?? '';
    const grant = this.grants.get(code);
    if (!grant || grant.used) throw new SignInRefused('invalid_grant: the code is not valid');
    grant.used = true;
    const expected = grant.request;
    if (request.codeVerifier !== expected.codeVerifier) {
      throw new SignInRefused('invalid_grant: the PKCE verifier does not match the challenge');
    }
    if (request.redirectUri !== expected.redirectUri) throw new SignInRefused('invalid_grant: redirect_uri differs');
    if (request.state !== expected.state) throw new SignInRefused('the state does not match');
    if (request.nonce !== expected.nonce) throw new SignInRefused('the ID token’s nonce does not match');
    return this.tokens(grant.claims);
  }

  /** The next refresh succeeds with these claims (and so does every later one, until told otherwise). */
  refreshWith(claims: Record<string, unknown>): void {
    this.nextRefresh = { claims: structuredClone(claims) };
  }

  /** Refreshes are refused from now on (the person's grant was revoked). */
  refuseRefresh(reason = 'invalid_grant: the refresh token has been revoked'): void {
    this.nextRefresh = { refuse: reason };
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    this.refreshes.push(refreshToken);
    const claims = this.refreshTokens.get(refreshToken);
    if (!claims) throw new SignInRefused('invalid_grant: unknown refresh token');
    if (this.nextRefresh && 'refuse' in this.nextRefresh) throw new SignInRefused(this.nextRefresh.refuse);
    return this.tokens(this.nextRefresh?.claims ?? claims);
  }

  async signOutUrl(request: SignOutRequest): Promise<string | undefined> {
    this.signOuts.push({ ...request });
    const url = new URL(`${PROVIDER}/logout`);
    if (request.idToken) url.searchParams.set('id_token_hint', request.idToken);
    url.searchParams.set('post_logout_redirect_uri', request.postLogoutRedirectUri);
    return url.toString();
  }

  private tokens(claims: Record<string, unknown>): SignedIn {
    const idToken = `id-token-${this.idTokens.length + 1}`;
    const refreshToken = `refresh-token-${this.idTokens.length + 1}`;
    this.idTokens.push(idToken);
    this.refreshTokens.set(refreshToken, structuredClone(claims));
    return {
      claims: structuredClone(claims),
      idToken,
      refreshToken,
      expiresAt: new Date(this.clock.now().getTime() + this.tokenSeconds * 1000),
    };
  }
}
