import type { Outcome } from './inspections.js';

/** The parts of an API Gateway HTTP API (payload 2.0) request a handler reads. */
export interface HttpRequest {
  body?: string | null;
  isBase64Encoded?: boolean;
  pathParameters?: Record<string, string | undefined> | null;
  queryStringParameters?: Record<string, string | undefined> | null;
  requestContext?: { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const json = (statusCode: number, payload: unknown): HttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(payload),
});

/**
 * Puts a use-case handler behind the HTTP API: the request's path parameters, query string and JSON
 * body become its input; its outcome becomes 200, 404 (no such record), or 400 with the fields at
 * fault. The JWT authorizer has already refused anyone not signed in.
 */
export function overHttp<T>(handler: (input: unknown) => Promise<Outcome<T>>) {
  return async (request: HttpRequest): Promise<HttpResponse> => {
    let body: unknown = {};
    if (request.body) {
      const text = request.isBase64Encoded ? Buffer.from(request.body, 'base64').toString('utf8') : request.body;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return json(400, { message: 'the request body is not JSON', errors: [] });
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return json(400, { message: 'the request body must be a JSON object', errors: [] });
      }
    }
    const input = {
      ...(request.queryStringParameters ?? {}),
      ...(body as object),
      ...(request.pathParameters ?? {}),
    };
    const outcome = await handler(input);
    return json(
      statusOf(outcome),
      outcome.ok ? { value: outcome.value } : { message: outcome.message, errors: outcome.errors },
    );
  };
}

/** 200 done; 404 when the record asked for does not exist; 400 for anything else wrong with the request. */
function statusOf(outcome: Outcome<unknown>): 200 | 400 | 404 {
  if (outcome.ok) return 200;
  return outcome.errors.some((e) => e.message === 'is not an alert' || e.message === 'is not an inspection')
    ? 404
    : 400;
}
