import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { ErrorOut, Interaction, KoaContextWithOIDC } from 'oidc-provider';
import type { Principal } from '../../domain/access.js';
import { render } from '../../web/render.js';
import { accountFor, peopleByRole } from './accounts.js';

/**
 * The local identity provider's own pages, GOV.UK-styled and marked local only: choosing who to
 * sign in as (its interaction), signing out, and its problems. Consent is given at once: both
 * clients are ours, as Cognito's app clients are.
 */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The OpenID scopes a grant may hold: what Cognito's app client allows us. */
export const SCOPES = ['openid', 'email', 'profile'];

const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

const view = (context: Record<string, unknown>) => render('local-sign-in.njk', { localOnly: true, ...context });

export const problemPage = (status: number, title: string, message: string, serviceHome: string): Reply => ({
  status,
  headers: PAGE_HEADERS,
  body: view({ page: 'problem', title, message, serviceHome }),
});

const expired = (serviceHome: string) =>
  problemPage(
    400,
    'Sign-in not found (local only)',
    'this sign-in has expired or has already been used; go back to DIPP inspections and sign in again.',
    serviceHome,
  );

function signInPage(uid: string, people: readonly Principal[], error: boolean): Reply {
  const groups = peopleByRole(people);
  const firstRole = groups.find((group) => group.items.length > 0)?.role;
  return {
    status: error ? 400 : 200,
    headers: PAGE_HEADERS,
    body: view({
      page: 'sign-in',
      title: 'Sign in (local only)',
      action: `/interaction/${encodeURIComponent(uid)}`,
      groups,
      firstRole,
      hasPeople: firstRole !== undefined,
      ...(error ? { errors: { list: [{ text: 'Choose who to sign in as', href: `#person-${firstRole}` }] } } : {}),
    }),
  };
}

const redirect = (location: string): Reply => ({
  status: 303,
  headers: { location, 'cache-control': 'no-store' },
  body: '',
});

/**
 * A grant of the OpenID scopes asked for (among those allowed) to the client, for the account: a
 * grant already made in this session grows rather than being replaced.
 */
async function grantFor(provider: Provider, details: Interaction, accountId: string, reuse: boolean) {
  const existing = reuse && details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  const asked = String(details.params.scope ?? '').split(' ');
  const scopes = SCOPES.filter((scope) => asked.includes(scope));
  if (scopes.length) grant.addOIDCScope(scopes.join(' '));
  return grant.save();
}

/**
 * `/interaction/<uid>`: the sign-in page (GET), the choice made (POST), and consent given without
 * asking (the `consent` prompt comes when someone already signed in uses the other client, and
 * always for the native command line client).
 */
export async function interaction(
  provider: Provider,
  people: () => Promise<Principal[]>,
  serviceHome: string,
  request: IncomingMessage,
  response: ServerResponse,
  uid: string,
  form: URLSearchParams | undefined,
): Promise<Reply> {
  let details: Interaction;
  try {
    details = await provider.interactionDetails(request, response);
  } catch {
    return expired(serviceHome);
  }
  if (details.uid !== uid) return expired(serviceHome);

  if (details.prompt.name === 'consent' && details.session?.accountId) {
    const grantId = await grantFor(provider, details, details.session.accountId, true);
    return redirect(await provider.interactionResult(request, response, { consent: { grantId } }));
  }
  if (details.prompt.name !== 'login') return expired(serviceHome);

  const everyone = await people();
  if (!form) return signInPage(uid, everyone, false);
  const chosen = form.get('person');
  const account = chosen ? accountFor(everyone, chosen) : undefined;
  if (!account) return signInPage(uid, everyone, true);
  const grantId = await grantFor(provider, details, account.sub, false);
  const result = { login: { accountId: account.sub }, consent: { grantId } };
  return redirect(await provider.interactionResult(request, response, result, { mergeWithLastSubmission: false }));
}

/**
 * RP-initiated logout's page. oidc-provider has no setting to skip its confirmation (its author's
 * advice is a form that submits itself, which needs JavaScript), so this page has one button that
 * submits the provider's form with `logout=yes`: the session ends and the browser goes on to the
 * client's registered post-logout URI.
 */
export const logoutSource =
  (people: () => Promise<Principal[]>) =>
  async (ctx: KoaContextWithOIDC, form: string): Promise<void> => {
    const accountId = ctx.oidc.session?.accountId;
    const account = accountId ? accountFor(await people(), accountId) : undefined;
    ctx.type = 'html';
    ctx.body = view({
      page: 'sign-out',
      title: 'Sign out (local only)',
      name: account?.claims.name,
      logoutForm: form,
    });
  };

export const postLogoutSuccessSource =
  (serviceHome: string) =>
  (ctx: KoaContextWithOIDC): void => {
    ctx.type = 'html';
    ctx.body = view({
      page: 'signed-out',
      title: 'You have signed out (local only)',
      message: 'you have signed out of the local identity provider.',
      serviceHome,
    });
  };

export const renderError =
  (serviceHome: string) =>
  (ctx: KoaContextWithOIDC, out: ErrorOut): void => {
    ctx.type = 'html';
    ctx.body = view({
      page: 'problem',
      title: 'Sign-in problem (local only)',
      message: `the local identity provider refused the request: ${out.error_description ?? out.error}.`,
      serviceHome,
    });
  };
