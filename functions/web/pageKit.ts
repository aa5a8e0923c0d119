import type { Deps } from '../app/deps.js';
import { USER_ROLE_TITLES, ROLE_TITLES } from '../domain/roles.js';
import type { Problem } from '../shared/httpProblem.js';
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
  problem(request: WebRequest, problem: Pick<Problem, 'status' | 'message'>): WebResponse;
}

const PROBLEM_TITLES: Record<number, string> = {
  400: 'There is a problem',
  403: 'You do not have access to this page',
  404: 'Page not found',
  409: 'The page changed while you were using it',
};

export function pageKit(deps: Deps, options: PageOptions): PageKit {
  const page: PageKit['page'] = (request, status, view, context) =>
    html(
      status,
      render(view, {
        ...context,
        user: request.principal,
        userRole: USER_ROLE_TITLES[request.principal.role],
        roleTitles: ROLE_TITLES,
        signOutUrl: options.signOutUrl,
        csrfToken: request.csrfToken,
        localOnly: options.localOnly,
        path: request.path,
      }),
    );
  return {
    deps,
    page,
    problem: (request, problem) =>
      page(request, problem.status, 'problem.njk', {
        status: problem.status,
        title: PROBLEM_TITLES[problem.status] ?? 'There is a problem',
        message: problem.message,
      }),
  };
}
