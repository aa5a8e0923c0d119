import type { Deps } from '../app/deps.js';
import { principalFromClaims, type Principal } from '../domain/access.js';
import { idError, isId } from '../domain/ids.js';
import type { FieldError } from '../domain/validation.js';
import { logger } from '../shared/logger.js';
import { API_ROUTES, type ApiResult, type ApiRoute } from './api.js';
import { isTooLarge, LONG_LIST_TOO_LARGE, readJsonObject, type BodyRead } from './jsonBody.js';
import { MAX_LONG_LIST_BYTES } from '../shared/requestLimits.js';
import { apiProblem, problemOf, type Problem } from '../shared/httpProblem.js';
import { cameThroughEdge, EDGE_REFUSAL } from '../shared/edge.js';
import { routeKeyOf } from './routeManifest.js';

/** The parts of an API Gateway HTTP API (payload 2.0) request the API reads. */
export interface HttpRequest {
  /** `GET /api/inspections/{inspectionId}`: which route API Gateway matched. */
  routeKey: string;
  body?: string | null;
  isBase64Encoded?: boolean;
  pathParameters?: Record<string, string | undefined> | null;
  queryStringParameters?: Record<string, string | undefined> | null;
  headers?: Record<string, string | undefined>;
  requestContext?: { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const json = (statusCode: number, payload: unknown, body = JSON.stringify(payload)): HttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

/**
 * Answers a use case hands back frozen (one kept for a while: the programme overview), checked
 * against their schema and written once, then sent as written to every request given the same.
 */
const WRITTEN = new WeakMap<object, string>();
const keptAnswer = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.isFrozen(value) ? value : undefined;

/** The request's body as text, decoded if API Gateway sent it in base64. */
export function bodyText(request: Pick<HttpRequest, 'body' | 'isBase64Encoded'>): string {
  if (!request.body) return '';
  return request.isBase64Encoded ? Buffer.from(request.body, 'base64').toString('utf8') : request.body;
}

/**
 * The request's JSON body, or why it cannot be read: 413 past 64 KB (before it is decoded), 400
 * when nested too deeply (before it is parsed), not JSON, or not an object.
 */
export function bodyOf(request: Pick<HttpRequest, 'body' | 'isBase64Encoded'>): BodyRead {
  return readJsonObject(request.body, request.isBase64Encoded === true);
}

/**
 * A `text/csv` body (the long-list) as the input's `csv`: 415 for any other type, 413 past
 * `MAX_LONG_LIST_BYTES` (before it is decoded).
 */
export function csvBodyOf(request: Pick<HttpRequest, 'body' | 'isBase64Encoded' | 'headers'>): BodyRead {
  const type = request.headers?.['content-type'] ?? '';
  if (!/^text\/csv\s*(;|$)/i.test(type)) {
    return { ok: false, status: 415, message: 'the long-list must be sent as text/csv' };
  }
  if (isTooLarge(request.body ?? '', request.isBase64Encoded === true, MAX_LONG_LIST_BYTES)) {
    return { ok: false, status: 413, message: LONG_LIST_TOO_LARGE };
  }
  return { ok: true, body: { csv: bodyText(request) } };
}

/** The path's parameters that are not ids: a person's email address (its use case checks it as one). */
const NOT_IDS = new Set(['email']);

/**
 * The path's ids that cannot be ids (`isId`), each named with what is allowed: checked before any
 * use case runs, so an id no store could take as a key is refused as a mistake, not met as a fault.
 */
export function pathIdErrors(parameters: HttpRequest['pathParameters']): FieldError[] {
  return Object.entries(parameters ?? {}).flatMap(([name, value]) =>
    NOT_IDS.has(name) || isId(value) ? [] : [idError(name, value)],
  );
}

/**
 * Runs a route for a signed-in person: its result, checked against the route's schema, or the
 * refusal its use case made (never a stack trace). Anything else is a fault, thrown.
 */
export async function callRoute(
  deps: Deps,
  route: ApiRoute,
  principal: Principal,
  input: Record<string, unknown>,
): Promise<{ status: 200; result: ApiResult } | Problem> {
  let result: ApiResult;
  try {
    result = await route.handle(deps, principal, input);
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return problem;
    throw error;
  }
  if ('json' in result && route.response && !WRITTEN.has(keptAnswer(result.json) ?? {})) {
    const checked = route.response.safeParse(result.json);
    if (!checked.success)
      throw new Error(`the ${route.name} response does not match its schema: ${checked.error.message}`);
  }
  return { status: 200, result };
}

/**
 * The HTTP API as one handler: the route API Gateway matched, the person its JWT authorizer
 * verified, and the path, query and JSON body as the route's input. 200 with `{ value }` (and
 * `nextLink` while a list has more pages); 400
 * with the fields at fault (at most 20, never the values sent: `apiProblem`); 401 without a usable
 * sign-in; 403 outside the person's role; 404 for a record that does not exist; 409 for a record
 * changed meanwhile; 413 for a body over 64 KB.
 */
export function apiOverHttp(deps: Deps, routes: readonly ApiRoute[] = API_ROUTES) {
  const byKey = new Map(routes.map((route) => [routeKeyOf(route), route]));
  return async (request: HttpRequest): Promise<HttpResponse> => {
    if (!cameThroughEdge(request.headers, deps.config.edgeSecret))
      return json(403, { message: EDGE_REFUSAL, errors: [] });
    const route = byKey.get(request.routeKey);
    if (!route) return json(404, { message: `no route ${request.routeKey}`, errors: [] });
    const who = principalFromClaims(request.requestContext?.authorizer?.jwt?.claims);
    if (!who.ok) return json(401, { message: `sign in first: ${who.message}`, errors: [] });
    const body = route.body === 'text/csv' ? csvBodyOf(request) : bodyOf(request);
    if (!body.ok) return json(body.status, { message: body.message, errors: [] });
    const notIds = pathIdErrors(request.pathParameters);
    if (notIds.length > 0) {
      return json(
        400,
        apiProblem({ message: notIds.map((e) => `${e.field}: ${e.message}`).join('; '), errors: notIds }),
      );
    }
    const input = {
      ...(request.queryStringParameters ?? {}),
      ...body.body,
      ...(request.pathParameters ?? {}),
    } as Record<string, unknown>;
    try {
      const outcome = await callRoute(deps, route, who.principal, input);
      if (outcome.status !== 200) return json(outcome.status, apiProblem(outcome));
      if ('redirect' in outcome.result) {
        return {
          statusCode: 303,
          headers: { location: outcome.result.redirect, 'cache-control': 'no-store' },
          body: '',
        };
      }
      if ('file' in outcome.result) {
        const { contentType, filename, body: content } = outcome.result.file;
        return {
          statusCode: 200,
          headers: {
            'content-type': contentType,
            'content-disposition': `${route.attachment ? 'attachment' : 'inline'}; filename="${filename}"`,
            'cache-control': 'no-store',
          },
          body: content,
        };
      }
      const { nextLink } = outcome.result;
      const kept = keptAnswer(outcome.result.json);
      if (!kept) return json(200, { value: outcome.result.json, ...(nextLink ? { nextLink } : {}) });
      let written = WRITTEN.get(kept);
      if (written === undefined) WRITTEN.set(kept, (written = JSON.stringify(kept)));
      return json(200, undefined, `{"value":${written}${nextLink ? `,"nextLink":${JSON.stringify(nextLink)}` : ''}}`);
    } catch (error) {
      logger.error('API request failed', {
        route: route.name,
        error: error instanceof Error ? error.message : 'unknown',
      });
      return json(500, { message: 'something went wrong; the details are in the log', errors: [] });
    }
  };
}
