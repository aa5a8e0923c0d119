import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf } from '../../functions/app/identity/identityDeps.js';
import type { LocalServer } from '../../functions/local/apiServer.js';
import type { MilestoneRecord } from '../../functions/ports/records.js';
import { cookieNames } from '../../functions/web/cookies.js';
import { PEOPLE } from '../integration/harness.js';
import { HttpBrowser, signInForm, signInThroughPages } from '../support/httpBrowser.js';
import {
  csrfTokenIn,
  identityEventsSince,
  NORTH_EAST,
  NORTH_EAST_PEOPLE,
  startSignInStack,
  WALES,
  WHO,
  type SignInStack,
} from '../support/signInStack.js';

/**
 * The pages' edge under attack (issue 13), driven by a cookie-keeping browser over HTTP against the
 * local server: real sign-in at the embedded OpenID provider, a real-clock stack on DynamoDB Local.
 * Every attack must be refused plainly and change nothing: the store, or the page, is read after.
 */

let world: SignInStack;
let server: LocalServer;
let names: ReturnType<typeof cookieNames>;
const startedAt = new Date();
/** Every secret a browser was given or sent in these tests: none may reach the identity events. */
const secrets = new Set<string>();
/** The sign-in callbacks refused so far: each must be recorded as a failed sign-in. */
let refusedCallbacks = 0;

beforeAll(async () => {
  world = await startSignInStack({ port: 3700 });
  server = world.server;
  names = cookieNames(server.url);
}, 120_000);

afterAll(async () => world?.stop());

const at = (path: string) => new URL(path, server.url).href;
const randomSecret = () => randomBytes(32).toString('base64url');
const callbackPrefix = () => at('/sign-in/callback');

/** A browser that keeps every secret it is given, for the check on the identity events. */
function remember(browser: HttpBrowser): HttpBrowser {
  for (const value of browser.cookies.values()) if (value.length >= 16) secrets.add(value);
  return browser;
}

/** The `Set-Cookie` that gives a session (a non-empty session cookie), if the answer has one. */
const sessionGiven = (response: Response) =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${names.session}=`) && !/^[^=]+=;/.test(line));

/** Whether the browser is signed in: the overview answers, rather than sending it to sign in. */
async function signedIn(browser: HttpBrowser): Promise<boolean> {
  const { response } = await browser.request(at('/'));
  if (response.status === 200) return true;
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toMatch(new RegExp(`^${server.issuer}/`));
  return false;
}

/**
 * Starts signing in (at `start`), chooses `email` at the provider, and stops where the provider
 * sends the browser back: the callback address, not yet opened.
 */
async function callbackFor(browser: HttpBrowser, email: string, start = '/sign-in'): Promise<URL> {
  const page = await browser.follow(start.startsWith('http') ? start : at(start));
  const form = signInForm(page.body);
  if (!form.action) throw new Error(`no sign-in form: ${page.response.status} ${page.response.url}`);
  const back = await browser.follow(new URL(form.action, page.response.url), {
    form: { person: email },
    stopAt: callbackPrefix(),
  });
  if (!back.location?.startsWith(callbackPrefix())) throw new Error(`not sent back: ${back.response.status}`);
  const callback = new URL(back.location);
  for (const name of ['code', 'state']) secrets.add(callback.searchParams.get(name) ?? '');
  remember(browser);
  return callback;
}

/** Opens a callback that must be refused: a 400 page saying so, no session, nothing signed in. */
async function refusedCallback(browser: HttpBrowser, callback: URL | string) {
  const answer = await browser.request(callback);
  refusedCallbacks += 1;
  expect(answer.response.status).toBe(400);
  expect(answer.location).toBeUndefined();
  expect(answer.body).toContain('You could not be signed in');
  expect(sessionGiven(answer.response)).toBeUndefined();
  const code = new URL(callback).searchParams.get('code');
  if (code) expect(answer.body).not.toContain(code);
  expect(browser.cookies.has(names.session)).toBe(false);
  expect(browser.cookies.has(names.signIn)).toBe(false);
  return answer;
}

async function milestonesOf(inspectionId: string): Promise<MilestoneRecord[]> {
  const state = await world.stack.deps.timeline.loadTimeline(inspectionId, { pendingOnly: false });
  if (!state) throw new Error(`no inspection ${inspectionId}`);
  return state.milestones;
}

/** A page's first "record as done" form: where it posts and what it sends to record at once. */
function completionForm(html: string) {
  const form = /<form method="post" action="([^"]+\/completions)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form?.[1] || !form[2]) throw new Error('the page has no form to record a completion');
  const fields = Object.fromEntries(
    [...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>;
  // The button opens the page asking for the date and note; that page's form records (issue 18).
  return { action: form[1], fields: { ...fields, step: 'record' } };
}

/** A POST through node:http, to send a `Host` of this machine's other name (fetch will not). */
function postAs(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const sent = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          resolve({
            status: answer.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: answer.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

const cookieHeader = (browser: HttpBrowser) =>
  [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

describe('a session cookie the service did not give', () => {
  const forged = [
    ['a well-formed id of no session', randomSecret()],
    ['a well-formed id of no session (another)', randomSecret()],
    ['too short', 'abc'],
    ['too long', `${randomSecret()}A`],
    ['not base64url', `${randomSecret().slice(0, 42)}!`],
    ['a session id’s hash', hashOf(randomSecret())],
    ['a quoted value', `"${randomSecret()}"`],
  ] as const;

  it.each(forged)('%s: a page sends the browser to sign in and shows nothing', async (_label, value) => {
    const browser = new HttpBrowser();
    browser.cookies.set(names.session, value);
    for (const path of [`/inspections/${WALES}`, '/', '/calendar-link', `/alerts/${WALES}-a1`]) {
      const { response, body, location } = await browser.request(at(path));
      expect(response.status, path).toBe(303);
      expect(location).toMatch(new RegExp(`^${server.issuer}/auth\\?`));
      expect(body).toBe('');
      // The cookie is cleared, and a sign-in begun that comes back to the page asked for.
      expect(browser.cookies.has(names.session)).toBe(false);
      expect(browser.cookies.has(names.signIn)).toBe(true);
      browser.cookies.set(names.session, value);
    }
  });

  it.each(forged)('%s: a form is refused (401) and the milestone is unchanged', async (_label, value) => {
    const before = await milestonesOf(WALES);
    const pending = before.find((m) => m.kind === 'deadline' && m.status === 'pending') as MilestoneRecord;
    const browser = new HttpBrowser();
    browser.cookies.set(names.session, value);
    const { response, body } = await browser.request(at(`/inspections/${WALES}/completions`), {
      form: { _csrf: randomSecret(), milestoneId: pending.id, expectedDueDate: pending.dueDate },
    });
    expect(response.status).toBe(401);
    expect(body).toContain('You need to sign in again');
    expect(body).toContain('nothing was changed');
    expect(body).not.toContain(PEOPLE.lead.name);
    expect(await milestonesOf(WALES)).toEqual(before);
  });

  it('a session that has been idle too long is ended, recorded, and sends the browser to sign in', async () => {
    const config = world.stack.deps.config;
    const hurried = await world.serve(
      { ...world.stack.deps, config: { ...config, signIn: { ...config.signIn, sessionIdleSeconds: 1 } } },
      3750,
    );
    const browser = new HttpBrowser();
    const first = await signInThroughPages(browser, `${hurried.url}/inspections/${WALES}`, WHO.walesLead);
    expect(first.response.status).toBe(200);
    expect(first.body).toContain(PEOPLE.lead.name);
    const sessionId = browser.cookies.get(names.session) as string;
    remember(browser);
    expect(await world.stack.deps.identity.getSession(hashOf(sessionId))).toBeDefined();

    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const later = await browser.request(`${hurried.url}/inspections/${WALES}`);
    expect(later.response.status).toBe(303);
    expect(later.location).toMatch(new RegExp(`^${hurried.issuer}/auth\\?`));
    expect(later.body).toBe('');
    expect(browser.cookies.has(names.session)).toBe(false);
    // Gone from the store: the same cookie sent again is nobody.
    expect(await world.stack.deps.identity.getSession(hashOf(sessionId))).toBeUndefined();
    browser.cookies.set(names.session, sessionId);
    expect((await browser.request(`${hurried.url}/`)).response.status).toBe(303);

    const events = await identityEventsSince(world.stack.deps, startedAt);
    expect(events).toContainEqual(expect.objectContaining({ action: 'session expired', person: WHO.walesLead }));
  });
});

describe('a session cookie planted before signing in (fixation)', () => {
  it('is replaced by a new one at sign-in, and the planted id names no session', async () => {
    const planted = randomSecret();
    const browser = new HttpBrowser();
    browser.cookies.set(names.session, planted);
    const page = await signInThroughPages(browser, at('/'), WHO.walesLead);
    expect(page.response.status).toBe(200);
    remember(browser);
    expect(browser.cookies.get(names.session)).not.toBe(planted);
    expect(await world.stack.deps.identity.getSession(hashOf(planted))).toBeUndefined();
    const attacker = new HttpBrowser();
    attacker.cookies.set(names.session, planted);
    expect(await signedIn(attacker)).toBe(false);
  });
});

describe('the sign-in callback', () => {
  it('opened a second time is refused, whether or not the browser still has the state, and makes no session', async () => {
    const browser = new HttpBrowser();
    const callback = await callbackFor(browser, WHO.walesLead);
    const state = browser.cookies.get(names.signIn) as string;
    expect(state).toBe(callback.searchParams.get('state'));

    const first = await browser.request(callback);
    expect(first.response.status).toBe(303);
    expect(first.location).toBe(at('/'));
    expect(sessionGiven(first.response)).toBeDefined();
    remember(browser);

    // The same browser, again: refused, and its session (from the first) is not replaced.
    const session = browser.cookies.get(names.session);
    const again = await browser.request(callback);
    refusedCallbacks += 1;
    expect(again.response.status).toBe(400);
    expect(again.body).toContain('You could not be signed in');
    expect(sessionGiven(again.response)).toBeUndefined();
    expect(browser.cookies.get(names.session)).toBe(session);

    // Someone who copied both the address and the state cookie: the sign-in was already used.
    const thief = new HttpBrowser();
    thief.cookies.set(names.signIn, state);
    const stolen = await refusedCallback(thief, callback);
    expect(stolen.body).toContain('already used');
    expect(await signedIn(thief)).toBe(false);
  });

  it('opened in a browser that did not start the sign-in is refused, and the sign-in still works where it began', async () => {
    const victim = new HttpBrowser();
    const callback = await callbackFor(victim, WHO.walesLead);

    const stranger = new HttpBrowser();
    const refused = await refusedCallback(stranger, callback);
    expect(refused.body).toContain('did not start in this browser');
    expect(await signedIn(stranger)).toBe(false);

    const own = await victim.request(callback);
    expect(own.response.status).toBe(303);
    expect(await signedIn(victim)).toBe(true);
  });

  it('carrying another browser’s state (sign-in CSRF) is refused; each sign-in still works in its own browser', async () => {
    const attacker = new HttpBrowser();
    const attackerCallback = await callbackFor(attacker, WHO.admin);
    const victim = new HttpBrowser();
    const victimCallback = await callbackFor(victim, WHO.walesLead);

    // The attacker's callback, opened in the victim's browser (which is signing in itself).
    const planted = await refusedCallback(victim, attackerCallback);
    expect(planted.body).toContain('did not start in this browser');
    expect(await signedIn(victim)).toBe(false);

    // The refusal cleared the victim's state cookie: its own sign-in must begin again.
    await refusedCallback(victim, victimCallback);
    const attackerOwn = await attacker.request(attackerCallback);
    expect(attackerOwn.response.status).toBe(303);
    expect(await signedIn(attacker)).toBe(true);
  });

  it('with a code issued for another sign-in attempt (the codes swapped) is refused', async () => {
    const one = new HttpBrowser();
    const oneCallback = await callbackFor(one, WHO.walesLead);
    const two = new HttpBrowser();
    const twoCallback = await callbackFor(two, WHO.admin);

    const swapped = (own: URL, other: URL) => {
      const url = new URL(own);
      url.searchParams.set('code', other.searchParams.get('code') as string);
      return url;
    };
    const first = await refusedCallback(one, swapped(oneCallback, twoCallback));
    expect(first.body).toContain('sign-in refused');
    const second = await refusedCallback(two, swapped(twoCallback, oneCallback));
    expect(second.body).toContain('sign-in refused');
    expect(await signedIn(one)).toBe(false);
    expect(await signedIn(two)).toBe(false);
    // Each attempt was used up by its refusal: its own code cannot be brought back to it.
    one.cookies.set(names.signIn, oneCallback.searchParams.get('state') as string);
    await refusedCallback(one, oneCallback);
  });

  it('with the provider’s error (and a script in its description) is refused, and nothing of it is echoed', async () => {
    const browser = new HttpBrowser();
    await browser.follow(at('/sign-in'));
    const state = browser.cookies.get(names.signIn) as string;
    secrets.add(state);
    const url = new URL(callbackPrefix());
    url.search = new URLSearchParams({
      error: 'access_denied',
      error_description: '<script>alert(document.cookie)</script>',
      state,
      iss: server.issuer,
    }).toString();
    const refused = await refusedCallback(browser, url);
    expect(refused.body).not.toContain('<script>alert');
    expect(refused.body).not.toContain('alert(document.cookie)');
  });

  it('naming another issuer (a mix-up) is refused, though its code and state are real', async () => {
    const browser = new HttpBrowser();
    const callback = await callbackFor(browser, WHO.walesLead);
    expect(callback.searchParams.get('iss')).toBe(server.issuer);
    callback.searchParams.set('iss', 'https://evil.example');
    await refusedCallback(browser, callback);
  });

  it('with a code and a state that are not the provider’s is refused', async () => {
    const browser = new HttpBrowser();
    await browser.follow(at('/sign-in'));
    const state = browser.cookies.get(names.signIn) as string;
    const made = new URL(callbackPrefix());
    made.search = new URLSearchParams({ code: randomSecret(), state, iss: server.issuer }).toString();
    secrets.add(made.searchParams.get('code') as string);
    const refused = await refusedCallback(browser, made);
    expect(refused.body).toContain('sign-in refused');
    await refusedCallback(new HttpBrowser(), at('/sign-in/callback'));
  });
});

describe('where the browser goes after signing in', () => {
  // Each as it would be written in the address (the query is not encoded again).
  const elsewhere = [
    ['an absolute address', `returnTo=${encodeURIComponent('https://evil.example/')}`],
    ['a protocol-relative address', 'returnTo=//evil.example'],
    ['a slash and a backslash', 'returnTo=/\\evil.example'],
    ['a protocol-relative address, encoded', 'returnTo=%2F%2Fevil.example'],
    ['a slash and a backslash, encoded', 'returnTo=%2F%5Cevil.example'],
    ['a slash, a tab and a slash', 'returnTo=/%09/evil.example'],
    ['a scheme without slashes', 'returnTo=https:evil.example'],
    ['a script', `returnTo=${encodeURIComponent('javascript:alert(document.cookie)')}`],
  ] as const;

  it.each(elsewhere)('%s: the browser lands on the overview of this site', async (_label, query) => {
    const browser = new HttpBrowser();
    const callback = await callbackFor(browser, WHO.walesLead, at(`/sign-in?${query}`));
    const back = await browser.request(callback);
    expect(back.response.status).toBe(303);
    expect(back.response.headers.get('location')).toBe('/');
    const landed = await browser.follow(back.location as string);
    expect(landed.response.url).toBe(at('/'));
    expect(landed.response.status).toBe(200);
    expect(landed.body).toContain('Lee Inspector');
  });

  it('a page address starting with two slashes comes back to this site', async () => {
    const browser = new HttpBrowser();
    const callback = await callbackFor(browser, WHO.walesLead, `${server.url}//evil.example/x`);
    const back = await browser.request(callback);
    expect(back.response.status).toBe(303);
    expect(new URL(back.location as string).origin).toBe(server.url);
  });

  it('a path on this site is where the browser comes back to (the check is not vacuous)', async () => {
    const browser = new HttpBrowser();
    const callback = await callbackFor(browser, WHO.walesLead, at(`/sign-in?returnTo=/inspections/${WALES}`));
    const back = await browser.request(callback);
    expect(back.response.headers.get('location')).toBe(`/inspections/${WALES}`);
  });
});

describe('forms (CSRF)', () => {
  let lead: HttpBrowser;
  let admin: HttpBrowser;
  let form: { action: string; fields: Record<string, string> };

  beforeAll(async () => {
    lead = new HttpBrowser();
    const page = await signInThroughPages(lead, at(`/inspections/${WALES}`), WHO.walesLead);
    expect(page.response.status).toBe(200);
    form = completionForm(page.body);
    admin = new HttpBrowser();
    await signInThroughPages(admin, at('/'), WHO.admin);
    remember(lead);
    remember(admin);
    secrets.add(form.fields._csrf as string);
  });

  const milestone = async () => (await milestonesOf(WALES)).find((m) => m.id === form.fields.milestoneId);

  const forgeries: [string, () => Promise<{ status: number; body: string }>][] = [
    [
      'no _csrf',
      async () => {
        const { _csrf: _ignored, ...rest } = form.fields;
        const { response, body } = await lead.request(at(form.action), { form: rest });
        return { status: response.status, body };
      },
    ],
    [
      'an empty _csrf',
      async () => {
        const { response, body } = await lead.request(at(form.action), { form: { ...form.fields, _csrf: '' } });
        return { status: response.status, body };
      },
    ],
    [
      'another session’s _csrf',
      async () => {
        const other = csrfTokenIn((await admin.request(at('/'))).body);
        secrets.add(other);
        expect(other).not.toBe(form.fields._csrf);
        const { response, body } = await lead.request(at(form.action), { form: { ...form.fields, _csrf: other } });
        return { status: response.status, body };
      },
    ],
    [
      'a random _csrf of the right length',
      async () => {
        const { response, body } = await lead.request(at(form.action), {
          form: { ...form.fields, _csrf: randomSecret() },
        });
        return { status: response.status, body };
      },
    ],
    [
      'Origin: https://evil.example (the right _csrf)',
      async () => {
        const { response, body } = await lead.request(at(form.action), {
          form: form.fields,
          headers: { origin: 'https://evil.example' },
        });
        return { status: response.status, body };
      },
    ],
    [
      'Origin: null (a sandboxed frame; the right _csrf)',
      async () => {
        const { response, body } = await lead.request(at(form.action), {
          form: form.fields,
          headers: { origin: 'null' },
        });
        return { status: response.status, body };
      },
    ],
    [
      'Sec-Fetch-Site: cross-site and no Origin (the right _csrf)',
      async () => {
        const { response, body } = await lead.request(at(form.action), {
          form: form.fields,
          headers: { 'sec-fetch-site': 'cross-site' },
        });
        return { status: response.status, body };
      },
    ],
    [
      'Origin: http://localhost (this machine’s other name, past the local server; the pages’ own check)',
      async () => {
        const port = new URL(server.url).port;
        const answer = await postAs(
          at(form.action),
          { host: `localhost:${port}`, origin: `http://localhost:${port}`, cookie: cookieHeader(lead) },
          new URLSearchParams(form.fields).toString(),
        );
        expect(answer.body.toLowerCase()).toContain('the form came from another site');
        return answer;
      },
    ],
  ];

  it.each(forgeries)('a completion with %s is refused (403) and the milestone is unchanged', async (_label, post) => {
    const before = await milestone();
    expect(before?.status).toBe('pending');
    const answer = await post();
    expect(answer.status).toBe(403);
    // Refused by the local server's own guard, or by the pages' check (a GOV.UK page saying so).
    expect(answer.body).toMatch(/^Refused: |The form could not be sent/);
    expect(await milestone()).toEqual(before);
    // The page says so too.
    const page = await lead.request(at(`/inspections/${WALES}`));
    expect(page.body).not.toContain('Recorded:');
  });

  it('a calendar link asked for without the session’s _csrf is refused and none is made', async () => {
    const otherToken = csrfTokenIn((await admin.request(at('/'))).body);
    for (const fields of [{}, { _csrf: otherToken }] as Record<string, string>[]) {
      const { response } = await lead.request(at('/calendar-link'), { form: fields });
      expect(response.status).toBe(403);
    }
    expect(await world.stack.deps.identity.calendarLinkOf(WHO.walesLead)).toBeUndefined();
  });

  it('signing out without the session’s _csrf, or by a link (GET), is refused and the session goes on', async () => {
    const { response } = await admin.request(at('/sign-out'), { form: {} });
    expect(response.status).toBe(403);
    const link = await admin.request(at('/sign-out'));
    expect(link.response.status).toBe(404);
    expect(await signedIn(admin)).toBe(true);
  });

  it('the same form with the session’s own _csrf, from this site, is taken (the refusals are not vacuous)', async () => {
    const { response, location } = await lead.request(at(form.action), { form: form.fields });
    expect(response.status).toBe(303);
    expect(location).toBe(at(`/inspections/${WALES}?recorded=${form.fields.milestoneId}`));
    expect((await milestone())?.status).toBe('met');
  });
});

describe('a region user', () => {
  it('opening the other region’s inspection gets a 403 page with nothing of it, and cannot change it', async () => {
    const browser = new HttpBrowser();
    const own = await signInThroughPages(browser, at(`/inspections/${NORTH_EAST}`), WHO.northEastRegion);
    expect(own.response.status).toBe(200);
    expect(own.body).toContain(NORTH_EAST_PEOPLE.lead.name);
    remember(browser);

    const other = await browser.request(at(`/inspections/${WALES}`));
    expect(other.response.status).toBe(403);
    expect(other.body).toContain('You do not have access to this page');
    for (const secret of [PEOPLE.lead.name, PEOPLE.lead.email, PEOPLE.spoc.name, PEOPLE.rpd.name, 'Timeline']) {
      expect(other.body).not.toContain(secret);
    }
    for (const path of [`/inspections/${WALES}/reschedule`, `/inspections/${WALES}/alerts/new`]) {
      expect((await browser.request(at(path))).response.status, path).toBe(403);
    }

    const before = await milestonesOf(WALES);
    const pending = before.find((m) => m.kind === 'deadline' && m.status === 'pending') as MilestoneRecord;
    const csrf = csrfTokenIn(own.body);
    const posted = await browser.request(at(`/inspections/${WALES}/completions`), {
      form: { _csrf: csrf, milestoneId: pending.id, expectedDueDate: pending.dueDate },
    });
    expect(posted.response.status).toBe(403);
    expect(posted.body).not.toContain(PEOPLE.lead.name);
    expect(await milestonesOf(WALES)).toEqual(before);
  });
});

describe('calendar links', () => {
  const nothing = async (path: string) => {
    const { response, body } = await new HttpBrowser().request(at(path));
    expect(response.status, path).toBe(404);
    expect(body).toBe('There is no calendar at this address.');
    expect(response.headers.getSetCookie()).toEqual([]);
    return body;
  };

  it('a guessed or malformed link finds nothing and says nothing about anyone', async () => {
    const bodies = new Set<string>();
    for (const secret of [
      randomSecret(),
      randomSecret(),
      'abc',
      `${randomSecret()}A`,
      hashOf(randomSecret()),
      encodeURIComponent("' OR '1'='1"),
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
    ]) {
      bodies.add(await nothing(`/calendar/${secret}.ics`));
    }
    // The same answer whatever was asked: nothing to tell a guess from a malformed one.
    expect(bodies.size).toBe(1);
  });

  it('after a reset the old link finds nothing, and the new one works', async () => {
    const browser = new HttpBrowser();
    const page = await signInThroughPages(browser, at('/calendar-link'), WHO.walesLead);
    remember(browser);
    const linkOf = async () => {
      const made = await browser.request(at('/calendar-link'), { form: { _csrf: csrfTokenIn(page.body) } });
      expect(made.response.status).toBe(200);
      const url = /id="calendar-url" type="text" readonly spellcheck="false" value="([^"]+)"/.exec(made.body)?.[1];
      expect(url).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      secrets.add(new URL(url as string).pathname);
      return url as string;
    };
    const old = await linkOf();
    const feed = await new HttpBrowser().request(old);
    expect(feed.response.status).toBe(200);
    expect(feed.body).toContain('BEGIN:VCALENDAR');

    const fresh = await linkOf();
    expect(fresh).not.toBe(old);
    await nothing(new URL(old).pathname);
    expect((await new HttpBrowser().request(fresh)).response.status).toBe(200);
    const events = await identityEventsSince(world.stack.deps, startedAt);
    expect(events.filter((e) => e.action === 'calendar link reset' && e.person === WHO.walesLead)).toHaveLength(2);
  });
});

describe('the record of signing in and out', () => {
  it('signing in and out is recorded with the person’s email, and the session ends', async () => {
    const browser = new HttpBrowser();
    const page = await signInThroughPages(browser, at('/'), WHO.walesRegion);
    expect(page.response.status).toBe(200);
    const sessionId = browser.cookies.get(names.session) as string;
    remember(browser);
    const out = await browser.request(at('/sign-out'), { form: { _csrf: csrfTokenIn(page.body) } });
    expect(out.response.status).toBe(303);
    expect(out.location).toMatch(new RegExp(`^${server.issuer}/session/end\\?`));
    expect(browser.cookies.has(names.session)).toBe(false);
    expect(await world.stack.deps.identity.getSession(hashOf(sessionId))).toBeUndefined();
    browser.cookies.set(names.session, sessionId);
    expect(await signedIn(browser)).toBe(false);

    const events = await identityEventsSince(world.stack.deps, startedAt);
    const mine = events.filter((e) => e.person === WHO.walesRegion).map((e) => e.action);
    expect(mine).toEqual(['signed in', 'signed out']);
  });

  it('every refused sign-in is recorded as failed, with no code, state, token or cookie in it', async () => {
    const events = await identityEventsSince(world.stack.deps, startedAt);
    const failed = events.filter((e) => e.action === 'sign-in failed');
    expect(refusedCallbacks).toBeGreaterThanOrEqual(10);
    expect(failed).toHaveLength(refusedCallbacks);
    for (const event of failed) expect(event.detail).toMatch(/\S/);
    const written = JSON.stringify(events);
    for (const secret of [...secrets].filter((s) => s.length >= 16)) expect(written).not.toContain(secret);
    expect(written).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    // Everyone who signed in here is named.
    const signedInEvents = events.filter((e) => e.action === 'signed in');
    expect(new Set(signedInEvents.map((e) => e.person))).toEqual(
      new Set([WHO.walesLead, WHO.admin, WHO.northEastRegion, WHO.walesRegion]),
    );
  });
});
