import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import type { Deps } from '../../../functions/app/deps.js';
import { resolveSession } from '../../../functions/app/identity/session.js';
import { beginSignIn, completeSignIn } from '../../../functions/app/identity/signIn.js';
import { startInspection } from '../../../functions/app/inspections/startInspection.js';
import { claimsOf, type Principal } from '../../../functions/domain/access.js';
import { apiOverHttp, type HttpRequest } from '../../../functions/handlers/http.js';
import { cookieNames } from '../../../functions/web/cookies.js';
import { webApp } from '../../../functions/web/webApp.js';
import { FakeSignInProvider } from '../../app/identity/fakeProvider.js';
import type { SettableClock } from '../memoryDeps.js';
import { SIGNED_IN } from '../principals.js';
import { PEOPLE } from '../records.js';
import { CALLERS_CSRF, type Caller, type FuzzRequest, type Known } from './arbitraries.js';
import { matchApiRoute } from './targets.js';
import { individualAlert } from '../../app/arrange.js';

/**
 * The world the HTTP fuzz sends its requests to: the API's handler and the pages (behind their
 * sessions and CSRF check) over one set of stores, holding an inspection of Wales in fieldwork
 * and an alert on it, with a session for each person who signs in.
 */

const PRINCIPALS: Record<Exclude<Caller, 'nobody' | 'badToken'>, Principal> = {
  administrator: SIGNED_IN.isa,
  lead: SIGNED_IN.lead,
  otherLead: SIGNED_IN.otherLead,
  rpd: { role: 'region', ...PEOPLE.rpd, regionId: 'wales' },
  spoc: { role: 'region', ...PEOPLE.spoc, regionId: 'wales' },
  headOfProgramme: SIGNED_IN.headOfProgramme,
};

/** Claims API Gateway would never pass on: a token that is not one of ours, as the handler would meet it. */
const BAD_CLAIMS = { 'cognito:groups': ['hackers'], email: 42, name: ['x'], 'custom:region': '../..' };

export interface FuzzWorld {
  known: Known;
  send(request: FuzzRequest): Promise<{ status: number; body: string }>;
}

/**
 * Plans Wales (fieldwork from Monday 7 June 2027) in January, then, at `now` (in its fieldwork),
 * raises an alert on it as the lead.
 */
async function seed(deps: Deps & { clock: SettableClock }, now: string): Promise<Known> {
  deps.clock.set('2027-01-04T09:00:00Z');
  const wales = await startInspection(deps, SIGNED_IN.isa, {
    region: 'Wales',
    fieldworkStart: '2027-06-07',
    people: PEOPLE,
    acknowledgeClashes: true,
  });
  const inspectionId = wales.inspection.id;
  deps.clock.set(now);
  const alert = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));
  return {
    inspectionId,
    alertId: alert.id,
    milestoneId: wales.milestones[0]?.id ?? 'announcement',
    role: 'spoc',
    stageId: 'contractEditing',
    requestId: 'none',
    crn: 'X000000',
    fileId: 'none',
    action: 'acknowledge',
    email: PEOPLE.lead.email,
    secret: 'not-a-calendar-secret',
  };
}

/** Signs `principal` in through the sign-in use cases: the session's id and its CSRF token. */
async function signIn(deps: Deps, provider: FakeSignInProvider, principal: Principal) {
  const identity = { ...deps, signIn: provider };
  const { state } = await beginSignIn(identity, { returnTo: '/' });
  const { sessionId } = await completeSignIn(identity, {
    callbackUrl: provider.signsIn(claimsOf(principal), { state }),
    stateCookie: state,
  });
  const session = await resolveSession(identity, sessionId);
  if (!session) throw new Error(`${principal.email} could not sign in`);
  return { sessionId, csrf: session.csrfToken };
}

/**
 * The world over `deps`, seeded, with a session for each person; its clock stands at `now`
 * (sessions then never end, and nothing falls due while the fuzz runs).
 */
export async function fuzzWorld(deps: Deps & { clock: SettableClock }, now: string): Promise<FuzzWorld> {
  const known = await seed(deps, now);
  const provider = new FakeSignInProvider(deps.clock);
  const api = apiOverHttp(deps);
  const pages = webApp(deps, provider);
  const names = cookieNames(deps.config.baseUrl);
  const sessions = Object.fromEntries(
    await Promise.all(
      Object.entries(PRINCIPALS).map(async ([caller, principal]) => [caller, await signIn(deps, provider, principal)]),
    ),
  ) as Record<string, { sessionId: string; csrf: string }>;

  const toApi = (request: FuzzRequest): HttpRequest => {
    const principal = PRINCIPALS[request.who as keyof typeof PRINCIPALS];
    const query = Object.fromEntries(new URLSearchParams(request.query));
    return {
      ...matchApiRoute(request.method, request.path),
      body: request.body,
      queryStringParameters: Object.keys(query).length > 0 ? query : null,
      ...(request.contentType ? { headers: { 'content-type': request.contentType } } : {}),
      ...(request.who === 'nobody'
        ? {}
        : { requestContext: { authorizer: { jwt: { claims: principal ? claimsOf(principal) : BAD_CLAIMS } } } }),
    };
  };

  const cookieOf = (who: Caller) =>
    who === 'nobody'
      ? undefined
      : `${names.session}=${sessions[who]?.sessionId ?? 'not-a-session-0123456789abcdef0123456789abcdef'}`;

  return {
    known,
    async send(request) {
      if (request.kind === 'api') {
        const answer = await api(toApi(request));
        return { status: answer.statusCode, body: answer.body };
      }
      const body = (request.body ?? '').replace(CALLERS_CSRF, sessions[request.who]?.csrf ?? 'none');
      const multipart = request.contentType?.startsWith('multipart/form-data') ?? false;
      const cookieHeader = cookieOf(request.who);
      const page = await pages({
        method: request.method,
        path: request.path,
        query: new URLSearchParams(request.query),
        body: request.method === 'POST' && !multipart ? body : '',
        ...(multipart
          ? { bytes: Buffer.from(body), ...(request.contentType ? { contentType: request.contentType } : {}) }
          : {}),
        ...(cookieHeader ? { cookieHeader } : {}),
      });
      return { status: page.status, body: page.body };
    },
  };
}
