import { ROUTE_LIST, routeKeyOf, type RouteSpec } from '../../../functions/handlers/routeManifest.js';

/**
 * What the HTTP fuzz aims at: every route of the API's manifest and every page of the pages'
 * router, each an address with `{name}` where a path parameter goes, and the methods it answers.
 * Requests are then sent with any method, so a route's own method is only where it starts.
 */
export interface Target {
  kind: 'api' | 'page';
  method: string;
  /** `/api/inspections/{inspectionId}` or `/inspections/{inspectionId}/report/{stageId}`. */
  path: string;
  /** The API route's body type, where it is not JSON (the long-list's `text/csv`). */
  body?: RouteSpec['body'];
}

const API_TARGETS: Target[] = ROUTE_LIST.map((route) => ({
  kind: 'api',
  method: route.method,
  path: route.path,
  ...(route.body ? { body: route.body } : {}),
}));

/**
 * The pages' addresses, as functions/web/pages.ts and webApp.ts route them (sign-out is left out:
 * it would end the session the rest of the run signs in with).
 */
const PAGE_ROUTES: [string, string][] = [
  ['GET', '/'],
  ['GET', '/due'],
  ['GET', '/alerts'],
  ['GET', '/programme'],
  ['GET', '/programme.csv'],
  ['GET', '/programme/plan'],
  ['POST', '/programme/plan'],
  ['GET', '/calendar-link'],
  ['POST', '/calendar-link'],
  ['GET', '/calendar/{secret}.ics'],
  ['GET', '/language'],
  ['GET', '/sign-in'],
  ['GET', '/sign-in/callback'],
  ['GET', '/signed-out'],
  ['GET', '/inspections/new'],
  ['POST', '/inspections/new'],
  ['GET', '/inspections/{inspectionId}'],
  ['POST', '/inspections/{inspectionId}/completions'],
  ['POST', '/inspections/{inspectionId}/completions/undo'],
  ['GET', '/inspections/{inspectionId}/reschedule'],
  ['POST', '/inspections/{inspectionId}/reschedule'],
  ['GET', '/inspections/{inspectionId}/milestones/{milestoneId}/date'],
  ['GET', '/inspections/{inspectionId}/milestones/{milestoneId}/waive'],
  ['POST', '/inspections/{inspectionId}/milestones/{milestoneId}/waive'],
  ['GET', '/inspections/{inspectionId}/people/{role}'],
  ['POST', '/inspections/{inspectionId}/people/{role}'],
  ['GET', '/inspections/{inspectionId}/report'],
  ['GET', '/inspections/{inspectionId}/report/{stageId}'],
  ['POST', '/inspections/{inspectionId}/report/{stageId}'],
  ['GET', '/inspections/{inspectionId}/sample'],
  ['GET', '/inspections/{inspectionId}/sample.csv'],
  ['GET', '/inspections/{inspectionId}/sample/long-list'],
  ['POST', '/inspections/{inspectionId}/sample/long-list'],
  ['GET', '/inspections/{inspectionId}/sample/team'],
  ['POST', '/inspections/{inspectionId}/sample/team'],
  ['GET', '/inspections/{inspectionId}/sample/requests/new'],
  ['POST', '/inspections/{inspectionId}/sample/requests/new'],
  ['POST', '/inspections/{inspectionId}/sample/requests/{requestId}/decision'],
  ['POST', '/inspections/{inspectionId}/sample/cases/{crn}/state'],
  ['POST', '/inspections/{inspectionId}/sample/shortfalls'],
  ['POST', '/inspections/{inspectionId}/sample/size'],
  ['POST', '/inspections/{inspectionId}/sample/redraw'],
  ['GET', '/inspections/{inspectionId}/alerts/new'],
  ['POST', '/inspections/{inspectionId}/alerts/new'],
  ['GET', '/alerts/{alertId}'],
  ['GET', '/alerts/{alertId}/files/uploaded'],
  ['POST', '/alerts/{alertId}/files'],
  ['GET', '/alerts/{alertId}/files/{fileId}'],
  ['POST', '/alerts/{alertId}/{action}'],
];

const PAGE_TARGETS: Target[] = PAGE_ROUTES.map(([method, path]) => ({ kind: 'page', method, path }));

export const TARGETS: readonly Target[] = [...API_TARGETS, ...PAGE_TARGETS];

/** The names of a target's path parameters, in order. */
export const parametersOf = (path: string): string[] =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name as string);

const API_PATTERNS = ROUTE_LIST.map((route) => ({ route, parts: route.path.split('/').filter(Boolean) }));

/** A segment as API Gateway hands it on: percent-decoded where it can be, as sent where it cannot. */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * The API route a raw path and method reach, as API Gateway matches them (each `{name}` one
 * segment), with its path parameters; an address no route has keeps its own key (404).
 */
export function matchApiRoute(
  method: string,
  rawPath: string,
): { routeKey: string; pathParameters: Record<string, string> | null } {
  const segments = rawPath.split('/').filter(Boolean);
  for (const { route, parts } of API_PATTERNS) {
    if (route.method !== method || parts.length !== segments.length) continue;
    const parameters: Record<string, string> = {};
    const fits = parts.every((part, i) => {
      const value = decoded(segments[i] as string);
      if (part.startsWith('{')) parameters[part.slice(1, -1)] = value;
      return part.startsWith('{') || part === value;
    });
    if (fits) return { routeKey: routeKeyOf(route), pathParameters: parameters };
  }
  return { routeKey: `${method} ${rawPath}`, pathParameters: null };
}
