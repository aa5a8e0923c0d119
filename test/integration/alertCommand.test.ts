import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { saveCredentials, type Credentials } from '../../functions/cli/credentials.js';
import { main } from '../../functions/cli/dipp.js';
import { mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import { startLocalServer, type LocalServer } from '../../functions/local/apiServer.js';
import { localSignIn } from '../../functions/local/localSignIn.js';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack.js';
import { HttpBrowser, signInThroughPages } from '../support/httpBrowser.js';
import { PEOPLE, SIGNED_IN, startEmulators, type Emulators } from './harness.js';
import { plannedEarlier } from '../support/plannedEarlier.js';

// The inspection's fieldwork began this week (alerts come from fieldwork): what was due before goes
// at once when it is planned, and nothing else falls due on the real clock while these tests run.

/**
 * `npm run dipp -- login` and `npm run dipp -- alert …` against a running local stack on the real
 * clock: each person signs in through the local OpenID provider's page (driven by a small
 * cookie-keeping browser) and comes back to the command line's loopback server; the alert commands
 * then act as them, with their ID token, through the HTTP API.
 */
let emulators: Emulators;
let stack: LocalStack;
let api: LocalServer;
let inspectionId: string;
let folder: string;
const savedCredentialsVariable = process.env.DIPP_CREDENTIALS;

/** Each person's own credentials file. */
const files = () => ({
  isa: join(folder, 'isa', 'credentials.json'),
  lead: join(folder, 'lead', 'credentials.json'),
  spoc: join(folder, 'spoc', 'credentials.json'),
  nobody: join(folder, 'nobody', 'credentials.json'),
});
type Person = keyof ReturnType<typeof files>;

interface Run {
  code: number;
  out: string;
  err: string;
}

/** One command line, in-process, with `DIPP_CREDENTIALS` pointing at `person`'s file. */
async function run(person: Person, argv: string[], onStdout?: (text: string) => void): Promise<Run> {
  process.env.DIPP_CREDENTIALS = files()[person];
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (text) => {
      out.push(text);
      onStdout?.(text);
    },
    stderr: (text) => err.push(text),
    now: () => new Date(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dipp = (person: Person, ...args: string[]) => run(person, ['alert', ...args, '--api', api.url]);

/**
 * `npm run dipp -- login --no-browser` as `person`: the address it prints is opened in a browser,
 * which signs in as `email` on the provider's page and is sent back to the command line.
 */
async function login(person: Person, email: string) {
  let announce: (url: string) => void = () => undefined;
  const address = new Promise<string>((resolve) => (announce = resolve));
  const done = run(
    person,
    [
      'login',
      '--api',
      api.url,
      '--issuer',
      api.issuer,
      '--client-id',
      stack.deps.config.signIn.cliClientId,
      '--no-browser',
    ],
    (text) => {
      const printed = /^Open this address to sign in: (\S+)$/.exec(text)?.[1];
      if (printed) announce(printed);
    },
  );
  const url = await Promise.race([
    address,
    done.then((ended) => Promise.reject(new Error(`login ended before asking to sign in: ${JSON.stringify(ended)}`))),
  ]);
  const back = await signInThroughPages(new HttpBrowser(), url, email);
  expect(back.response.status, back.body).toBe(200);
  expect(back.response.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
  expect(back.body).toContain('You are signed in; return to the terminal');
  return done;
}

const saved = async (person: Person): Promise<Record<string, Credentials>> =>
  JSON.parse(await readFile(files()[person], 'utf8')) as Record<string, Credentials>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dipp-cli-'));
  emulators = await startEmulators();
  stack = await startLocalStack({ clock: 'real', emulators, tableName: `cli-${randomUUID().slice(0, 8)}` });
  api = await startLocalServer(stack.deps, stack.run, {
    port: 3300,
    signIn: localSignIn(stack.deps, join(folder, 'oidc')),
  });
  // Fieldwork began this week: alerts come from fieldwork (§6.7), so the administrator may raise one.
  const state = await startInspection(plannedEarlier(stack.deps), SIGNED_IN.isa, {
    region: 'Wales',
    fieldworkStart: mondayOf(ukDateOf(new Date())),
    people: PEOPLE,
    // Fieldwork from this week may hold a bank holiday: a clash incidental here, acknowledged.
    acknowledgeClashes: true,
  });
  inspectionId = state.inspection.id;
  // Everyone concerned signs in once: the administrator, the lead and the region's SPOC.
  for (const [person, who] of [
    ['isa', PEOPLE.isa],
    ['lead', PEOPLE.lead],
    ['spoc', PEOPLE.spoc],
  ] as const) {
    const signedIn = await login(person, who.email);
    expect(signedIn.err).toBe('');
    expect(signedIn.code).toBe(0);
    expect(signedIn.out).toContain(`Signed in at ${api.url} as ${who.name} <${who.email}>`);
  }
}, 90_000);

afterAll(async () => {
  if (savedCredentialsVariable === undefined) delete process.env.DIPP_CREDENTIALS;
  else process.env.DIPP_CREDENTIALS = savedCredentialsVariable;
  await api?.stop();
  await stack?.stop();
  await emulators?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const RAISE = [
  'raise',
  '--type',
  'individual',
  '--category',
  'risk-to-person-on-probation',
  '--case',
  'W-2055-0099',
  '--what-might-happen',
  'Self-harm is likely without an urgent review',
  '--how-serious',
  'Life-threatening',
  '--how-imminent',
  'Within hours',
  '--action',
  'Review the case today',
  '--acknowledge-within-hours',
  '2',
  '--evidence-within-hours',
  '8',
];

describe('npm run dipp -- login', () => {
  it('keeps each sign-in, keyed by the API, in a file only its owner can read', async () => {
    for (const person of ['isa', 'lead', 'spoc'] as const) {
      expect((await stat(files()[person])).mode & 0o777).toBe(0o600);
      expect((await stat(join(files()[person], '..'))).mode & 0o777).toBe(0o700);
    }
    const lead = (await saved('lead'))[api.url];
    expect(lead).toMatchObject({
      api: api.url,
      issuer: api.issuer,
      clientId: stack.deps.config.signIn.cliClientId,
      name: PEOPLE.lead.name,
      email: PEOPLE.lead.email,
      idToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.any(String),
    });
    expect(Date.parse(lead?.expiresAt ?? '')).toBeGreaterThan(Date.now());
  });
});

describe('npm run dipp -- alert', () => {
  it('raises, confirms and answers an alert on the running stack as the people signed in, printing JSON when asked', async () => {
    // The administrator raises it: it waits for the lead to confirm it.
    const raised = await dipp('isa', ...RAISE, '--inspection', inspectionId, '--json');
    expect(raised.err).toBe('');
    expect(raised.code).toBe(0);
    const alert = JSON.parse(raised.out) as { id: string; ref: string; status: string; raised: { by: string } };
    expect(alert).toMatchObject({ status: 'raised', ref: `DIPP-${inspectionId.toUpperCase()}-A1` });
    expect(alert.raised.by).toBe(PEOPLE.isa.name);

    const confirmed = await dipp('lead', 'confirm', alert.ref);
    expect(confirmed).toMatchObject({ code: 0, err: '' });
    expect(confirmed.out).toContain('status: confirmed');

    // The alert workflow tells the region at once (real clock): wait for it, as the region would.
    for (let tries = 0; tries < 50; tries += 1) {
      if ((await dipp('spoc', 'show', alert.id)).out.includes('status: region-notified')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The region acknowledges; the alert's deadlines (in hours, for imminent risk) are shown.
    const acknowledged = await dipp('spoc', 'acknowledge', alert.id);
    expect(acknowledged.err).toBe('');
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.out).toMatch(/status: acknowledged[\s\S]*acknowledge by .*; evidence by /);

    const listed = await dipp('lead', 'list', '--inspection', inspectionId, '--open', '--json');
    expect((JSON.parse(listed.out) as { id: string }[]).map((a) => a.id)).toEqual([alert.id]);
  });

  it('refuses bad input field by field, and what the person may not do, with exit code 2; says so when the stack is not running', async () => {
    const bad = await dipp('isa', ...RAISE, '--inspection', inspectionId, '--case', 'Jane Doe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('caseReference: must be an opaque reference');

    // The region answers alerts; it does not assure them (403).
    const regionAssures = await dipp('spoc', 'assure', `${inspectionId}-a1`);
    expect(regionAssures.code).toBe(2);
    expect(regionAssures.err).toContain(`you cannot assure alerts in ${inspectionId}`);

    const missing = await dipp('isa', 'show', `${inspectionId}-a99`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('alertId: is not an alert');

    // Who acts is who signed in: naming someone else is no longer an option.
    const naming = await dipp('lead', 'assure', `${inspectionId}-a1`, '--by', 'Somebody Else');
    expect(naming.code).toBe(2);
    expect(naming.err).toContain('--by and --as are gone');

    // Signed in at an API that does not answer: the local stack's start is suggested.
    const down = 'http://127.0.0.1:9';
    const lead = (await saved('lead'))[api.url] as Credentials;
    await saveCredentials(files().nobody, { ...lead, api: down });
    const stopped = await run('nobody', ['alert', 'list', '--api', down]);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toContain('npm start -- --clock real');
  });

  it('asks to sign in first when nobody has, or when the API refuses the token', async () => {
    await rm(files().nobody, { force: true });
    const nobody = await dipp('nobody', 'list');
    expect(nobody.code).toBe(2);
    expect(nobody.err).toContain(`Sign in first: npm run dipp -- login --api ${api.url}`);
    expect(nobody.out).toBe('');

    // A token the API does not accept (not from its issuer, say) is refused: 401, then the hint.
    const lead = (await saved('lead'))[api.url] as Credentials;
    await saveCredentials(files().nobody, { ...lead, idToken: 'not.a.token' });
    const refused = await dipp('nobody', 'list');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`Sign in first: npm run dipp -- login --api ${api.url}`);
    expect(refused.err).toContain('the API refused your sign-in');
  });

  it('renews an expired ID token with the refresh token, saves the new tokens, and goes on', async () => {
    const before = (await saved('lead'))[api.url] as Credentials;
    // The ID token has expired (and would be refused): only a fresh one gets through.
    const expired = { ...before, idToken: 'expired.id.token', expiresAt: new Date(Date.now() - 60_000).toISOString() };
    await writeFile(files().lead, JSON.stringify({ [api.url]: expired }), { mode: 0o600 });

    const listed = await dipp('lead', 'list', '--inspection', inspectionId, '--json');
    expect(listed.err).toBe('');
    expect(listed.code).toBe(0);
    expect(Array.isArray(JSON.parse(listed.out))).toBe(true);

    const after = (await saved('lead'))[api.url] as Credentials;
    // A fresh ID token (one issued within the same second as the first is the same token).
    expect(after.idToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(after.expiresAt)).toBeGreaterThanOrEqual(Date.parse(before.expiresAt));
    expect(after.refreshToken).toEqual(expect.any(String));
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(Date.parse(after.expiresAt)).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(after).toMatchObject({ name: PEOPLE.lead.name, email: PEOPLE.lead.email, issuer: api.issuer });
    expect((await stat(files().lead)).mode & 0o777).toBe(0o600);

    // And it goes on working with the renewed token, without renewing it again.
    expect((await dipp('lead', 'list')).code).toBe(0);
    expect((await saved('lead'))[api.url]).toEqual(after);
  });

  it('forgets the tokens at logout, and the provider no longer renews them', async () => {
    const before = (await saved('spoc'))[api.url] as Credentials;
    const out = await run('spoc', ['logout', '--api', api.url]);
    expect(out.code).toBe(0);
    expect(out.out).toContain(`Signed out at ${api.url}: your tokens are forgotten and the refresh token revoked`);
    expect(await saved('spoc')).toEqual({});
    expect((await dipp('spoc', 'list')).err).toContain('Sign in first');

    // The refresh token was revoked: kept somewhere and used, it renews nothing.
    await saveCredentials(files().spoc, { ...before, expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const revoked = await dipp('spoc', 'list');
    expect(revoked.code).toBe(2);
    expect(revoked.err).toContain('your sign-in has ended');
  });
});
