import { problemText } from './forms.js';
import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../app/deps.js';
import { calendarBySecret } from '../app/identity/calendarLink.js';
import type { IdentityDeps } from '../app/identity/identityDeps.js';
import { resolveSession, signOut } from '../app/identity/session.js';
import { beginSignIn, completeSignIn } from '../app/identity/signIn.js';
import type { Clock } from '../ports/clock.js';
import type { SignInProvider } from '../ports/signInProvider.js';
import { maxBodyBytesFor, takesFile } from '../shared/requestLimits.js';
import { logger } from '../shared/logger.js';
import { clearCookie, cookieFrom, cookieNames, setCookie } from './cookies.js';
import { backTo, LANGUAGE_COOKIE, languageFrom, mayChooseWelsh, pageLanguage } from './i18n/language.js';
import { translator, type Language } from './i18n/translator.js';
import { isMultipart, readMultipart, type UploadedFile } from './multipart.js';
import { attempt } from './outcome.js';
import type { PageOptions } from './pageKit.js';
import { webPages } from './pages.js';
import { render } from './render.js';
import { allowFormsTo, html, redirect, type WebResponse } from './responses.js';

/** A request as the pages' edge sees it, from API Gateway or the local server. */
export interface EdgeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The raw body of a POSTed form, as text (a urlencoded form). */
  body: string;
  /**
   * The body as bytes and its `Content-Type`, for a form with a file (`multipart/form-data`): API
   * Gateway base64-encodes such a body, so its text would not be the file. Absent: a urlencoded form.
   */
  bytes?: Buffer;
  contentType?: string;
  cookieHeader?: string;
  /** The browser's `Origin` and `Sec-Fetch-Site`, for refusing forms from other sites. */
  origin?: string;
  fetchSite?: string;
}

const text = (status: number, body: string, headers: Record<string, string> = {}): WebResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body,
});

/** A language chosen stays chosen for a year, as GOV.UK's cookie settings do. */
const LANGUAGE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The pages behind sign-in: who is asking is settled here, once, from a server-side session, and
 * the pages receive that person. Without a session a page sends the browser to sign in and brings
 * it back afterwards. Every form must carry the session's CSRF token and come from this site. The
 * only pages served without a session are signing in and out, and a personal calendar link.
 */
export function webApp(
  deps: Deps,
  signIn: SignInProvider,
  options: PageOptions & {
    /** Where signing out sends the browser (the provider): pages' forms may lead there (CSP form-action). */
    signOutOrigin?: string;
    /** Sessions live in real time even when the inspections' clock is simulated (npm start). */
    sessionClock?: Clock;
  } = {},
) {
  const identity: IdentityDeps = { ...deps, signIn, clock: options.sessionClock ?? deps.clock };
  const names = cookieNames(deps.config.baseUrl);
  const pages = webPages(deps, { ...options, signOutUrl: '/sign-out' });
  const siteOrigin = new URL(deps.config.baseUrl).origin;
  const languageCookie = `${names.secure ? '__Host-' : ''}${LANGUAGE_COOKIE}`;
  /** The language chosen in this browser (the pages without a session have no person to ask). */
  const chosen = (request: EdgeRequest): Language => languageFrom(cookieFrom(request.cookieHeader, languageCookie));
  const publicPage = (request: EdgeRequest, status: number, view: string, context: Record<string, unknown>) =>
    html(status, render(view, { ...context, localOnly: options.localOnly }, chosen(request)));
  const tr = (request: EdgeRequest) => translator(chosen(request));

  async function callback(request: EdgeRequest): Promise<WebResponse> {
    const callbackUrl = `${deps.config.baseUrl}${request.path}?${request.query.toString()}`;
    const outcome = await attempt(() =>
      completeSignIn(identity, { callbackUrl, stateCookie: cookieFrom(request.cookieHeader, names.signIn) }),
    );
    if (!outcome.ok) {
      return {
        ...publicPage(request, 400, 'signed-out.njk', {
          title: tr(request)('signedOut.titleFailed'),
          message: problemText(outcome, tr(request)),
        }),
        cookies: [clearCookie(names, names.signIn)],
      };
    }
    return {
      ...redirect(outcome.value.returnTo),
      cookies: [
        setCookie(names, names.session, outcome.value.sessionId, outcome.value.maxAgeSeconds),
        clearCookie(names, names.signIn),
      ],
    };
  }

  async function toSignIn(returnTo: string, reauthenticate = false): Promise<WebResponse> {
    const started = await beginSignIn(identity, { returnTo, reauthenticate });
    return {
      ...redirect(started.url),
      cookies: [setCookie(names, names.signIn, started.state, started.maxAgeSeconds)],
    };
  }

  const crossSite = (request: EdgeRequest) =>
    request.origin !== undefined ? request.origin !== siteOrigin : request.fetchSite === 'cross-site';

  /** A refusal as a GOV.UK page: what happened, that nothing changed, and the way back. */
  const refused = (request: EdgeRequest, status: number, why: string) =>
    publicPage(request, status, 'problem.njk', {
      title: tr(request)('problem.formNotSent'),
      message: tr(request)('problem.nothingChanged', { why }),
    });

  /** A form from another site, or without this session's token, changes nothing. */
  function forged(request: EdgeRequest, csrfToken: string, form: URLSearchParams): string | undefined {
    if (crossSite(request)) return tr(request)('problem.formFromElsewhere');
    const given = form.get('_csrf') ?? '';
    if (!sameToken(given, csrfToken)) return tr(request)('problem.formExpired');
    return undefined;
  }

  /** Every page's forms may go to this site, and the sign-out form on to the provider. */
  const allowSignOut = (response: WebResponse): WebResponse => allowFormsTo(response, options.signOutOrigin);

  /** A fault no page could answer: GOV.UK's "Sorry, there is a problem with the service", the details in the log. */
  async function answerOrFault(request: EdgeRequest): Promise<WebResponse> {
    try {
      return await answer(request);
    } catch (error) {
      logger.error('page failed', { path: request.path, error: error instanceof Error ? error.name : 'unknown' });
      return publicPage(request, 500, 'problem.njk', { status: 500, title: tr(request)('problem.title500') });
    }
  }

  return async (request: EdgeRequest): Promise<WebResponse> => allowSignOut(await answerOrFault(request));

  async function answer(request: EdgeRequest): Promise<WebResponse> {
    const { method, path } = request;
    const get = method === 'GET';
    if (get && path === '/sign-in') return toSignIn(request.query.get('returnTo') ?? '/');
    if (get && path === '/sign-in/callback') return callback(request);
    if (get && path === '/signed-out') {
      return publicPage(request, 200, 'signed-out.njk', {
        title: tr(request)('signedOut.titleSignedOut'),
        signedOut: true,
      });
    }
    const calendar = get ? /^\/calendar\/([^/]+)\.ics$/.exec(path) : null;
    if (calendar) {
      // `?lang=cy`: the same feed, its titles and descriptions in Welsh (the calendar link page offers it).
      const lang = languageFrom(request.query.get('lang') ?? undefined);
      const feed = await attempt(() => calendarBySecret(deps, calendar[1], lang));
      if (!feed.ok) return text(404, translator(lang)('calendar.notFound'));
      return text(200, feed.value.body, {
        'content-type': feed.value.contentType,
        'content-disposition': `inline; filename="${feed.value.filename}"`,
      });
    }

    const sessionId = cookieFrom(request.cookieHeader, names.session);
    const session = await resolveSession(identity, sessionId);
    if (method === 'POST' && path === '/sign-out' && !session) {
      // Our session has ended already; the provider's may not have. No token to check, so only
      // the form's origin: signing out is all this can do.
      if (crossSite(request)) return refused(request, 403, tr(request)('problem.formFromElsewhere'));
      const { next } = await signOut(identity, sessionId);
      return { ...redirect(next), cookies: [clearCookie(names, names.session)] };
    }
    if (!session) {
      const ended = sessionId ? [clearCookie(names, names.session)] : [];
      if (get) {
        const back = `${path}${request.query.size > 0 ? `?${request.query.toString()}` : ''}`;
        // A cookie whose session has ended: the person signs in again, whatever the provider remembers.
        const signingIn = await toSignIn(back, sessionId !== undefined);
        return { ...signingIn, cookies: [...(signingIn.cookies ?? []), ...ended] };
      }
      return {
        ...publicPage(request, 401, 'signed-out.njk', {
          title: tr(request)('signedOut.titleAgain'),
          message: tr(request)('signedOut.sessionEnded'),
        }),
        cookies: ended,
      };
    }
    let form = new URLSearchParams(method === 'POST' && !isMultipart(request.contentType) ? request.body : '');
    let files: Record<string, UploadedFile> = {};
    if (method === 'POST' && isMultipart(request.contentType)) {
      // Only the long-list and programme uploads take a file; its fields (the CSRF token too) come with it.
      if (!takesFile(path)) return refused(request, 415, tr(request)('problem.noFileHere'));
      const read = await readMultipart(
        request.bytes ?? Buffer.from(request.body, 'utf8'),
        request.contentType ?? '',
        maxBodyBytesFor(path),
      );
      if (!read.ok) {
        return refused(request, read.why === 'too-large' ? 413 : 400, tr(request)(`problem.file.${read.why}`));
      }
      form = read.fields;
      files = read.files;
    }
    if (method === 'POST') {
      const refusal = forged(request, session.csrfToken, form);
      if (refusal) return refused(request, 403, refusal);
      form.delete('_csrf');
    }
    if (method === 'POST' && path === '/sign-out') {
      const { next } = await signOut(identity, sessionId);
      return { ...redirect(next), cookies: [clearCookie(names, names.session)] };
    }
    // The language switch (layout.njk): remembered in this browser, English unless Welsh is chosen.
    if (get && path === '/language') {
      // Only those who may have Welsh pages can choose it (English for anyone else's signed-out pages too).
      const to = mayChooseWelsh(session.principal) ? languageFrom(request.query.get('to') ?? undefined) : 'en';
      return {
        ...redirect(backTo(request.query.get('back'))),
        cookies: [setCookie(names, languageCookie, to, LANGUAGE_MAX_AGE_SECONDS)],
      };
    }
    const page = await pages({
      method,
      path,
      query: request.query,
      form,
      files,
      principal: session.principal,
      csrfToken: session.csrfToken,
      lang: pageLanguage(session.principal, cookieFrom(request.cookieHeader, languageCookie)),
    });
    return page;
  }
}
