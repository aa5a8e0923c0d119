import type { Deps } from '../app/deps.js';
import { PERSON_ROLES } from '../domain/roles.js';
import { REGIONS } from '../domain/regions.js';
import type { Problem } from '../shared/httpProblem.js';
import { problemText } from './forms.js';
import { mayChooseWelsh } from './i18n/language.js';
import { translator, type MessageKey, type Translator } from './i18n/translator.js';
import { render } from './render.js';
import { html, type WebRequest, type WebResponse } from './responses.js';

export interface PageOptions {
  signOutUrl?: string;
  localOnly?: boolean;
}

/** What every page handler needs: the use cases' dependencies, a page renderer, and the problem page. */
export interface PageKit {
  deps: Deps;
  page(request: WebRequest, status: number, view: string, context: Record<string, unknown>): WebResponse;
  problem(request: WebRequest, problem: Pick<Problem, 'status' | 'message'> & Partial<Problem>): WebResponse;
  /** The page strings in the request's language. */
  t(request: WebRequest): Translator;
}

const PROBLEM_TITLES: Record<number, MessageKey> = {
  400: 'problem.title400',
  403: 'problem.title403',
  404: 'problem.title404',
  409: 'problem.title409',
};

const roleTitles = (t: Translator) => Object.fromEntries(PERSON_ROLES.map((role) => [role, t(`role.${role}`)]));

export function pageKit(deps: Deps, options: PageOptions): PageKit {
  const t: PageKit['t'] = (request) => translator(request.lang ?? 'en');
  const page: PageKit['page'] = (request, status, view, context) =>
    html(
      status,
      render(
        view,
        {
          ...context,
          user: request.principal,
          userRole: t(request)(`userRole.${request.principal.role}`),
          userRegion: REGIONS.find((region) => region.id === request.principal.regionId)?.name,
          roleTitles: roleTitles(t(request)),
          signOutUrl: options.signOutUrl,
          csrfToken: request.csrfToken,
          localOnly: options.localOnly,
          path: request.path,
          // The switch's address (/language) is served with the session (webApp.ts), as signing out is.
          languageSwitch: options.signOutUrl !== undefined && mayChooseWelsh(request.principal),
        },
        request.lang,
      ),
    );
  return {
    deps,
    page,
    t,
    problem: (request, problem) =>
      page(request, problem.status, 'problem.njk', {
        status: problem.status,
        title: t(request)(PROBLEM_TITLES[problem.status] ?? 'problem.title400'),
        message: problemText(problem, t(request)),
      }),
  };
}
