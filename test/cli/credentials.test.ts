import { chmod, link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiKey,
  credentialsFile,
  forgetCredentials,
  readCredentials,
  saveCredentials,
  type Credentials,
} from '../../functions/cli/credentials.js';

/** Where `dipp login` keeps its tokens: one entry per API, readable by its owner only, replaced whole. */
let folder: string;
let file: string;

const LOCAL = 'http://127.0.0.1:3000';
const AWS = 'https://abc123.execute-api.eu-west-2.amazonaws.com';

const credentials = (api: string, idToken = 'header.payload.signature'): Credentials => ({
  api,
  issuer: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Example',
  clientId: 'command-line-client',
  idToken,
  refreshToken: 'refresh-token',
  expiresAt: '2055-06-07T10:00:00.000Z',
  name: 'Lee Inspector',
  email: 'lead@officials.example',
});

const mode = async (path: string) => (await stat(path)).mode & 0o777;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dipp-credentials-'));
  file = join(folder, 'dipp', 'credentials.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the credentials file', () => {
  it('is $DIPP_CREDENTIALS, or ~/.config/dipp/credentials.json', () => {
    expect(credentialsFile({ DIPP_CREDENTIALS: '/somewhere/mine.json' })).toBe('/somewhere/mine.json');
    expect(credentialsFile({})).toBe(join(homedir(), '.config', 'dipp', 'credentials.json'));
    expect(credentialsFile({ DIPP_CREDENTIALS: '' })).toBe(join(homedir(), '.config', 'dipp', 'credentials.json'));
  });

  it('keeps one entry per API, whatever the address’s trailing slash, and forgets one without the others', async () => {
    expect(await readCredentials(file, LOCAL)).toBeUndefined();
    await saveCredentials(file, credentials(`${LOCAL}/`, 'local.token.one'));
    await saveCredentials(file, credentials(`${AWS}/`, 'aws.token.one'));

    expect(await readCredentials(file, LOCAL)).toEqual(credentials(LOCAL, 'local.token.one'));
    expect(await readCredentials(file, `${AWS}/`)).toEqual(credentials(AWS, 'aws.token.one'));
    expect(await readCredentials(file, 'http://127.0.0.1:3001')).toBeUndefined();
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')) as object)).toEqual([LOCAL, AWS]);

    // Signing in again replaces that API's entry only.
    await saveCredentials(file, credentials(LOCAL, 'local.token.two'));
    expect((await readCredentials(file, LOCAL))?.idToken).toBe('local.token.two');
    expect((await readCredentials(file, AWS))?.idToken).toBe('aws.token.one');

    expect(await forgetCredentials(file, `${LOCAL}/`)).toEqual(credentials(LOCAL, 'local.token.two'));
    expect(await readCredentials(file, LOCAL)).toBeUndefined();
    expect((await readCredentials(file, AWS))?.idToken).toBe('aws.token.one');
    expect(await forgetCredentials(file, LOCAL)).toBeUndefined();
  });

  it('keys an API by its origin and path only', () => {
    expect(apiKey('HTTP://127.0.0.1:3000/')).toBe(LOCAL);
    expect(apiKey(`${AWS}/prod/?x=1#y`)).toBe(`${AWS}/prod`);
    expect(apiKey('https://api.example:443')).toBe('https://api.example');
  });

  it('makes a folder (0700) and a file (0600) only their owner can read, and tightens a file made looser', async () => {
    await saveCredentials(file, credentials(LOCAL));
    expect(await mode(join(folder, 'dipp'))).toBe(0o700);
    expect(await mode(file)).toBe(0o600);

    await chmod(file, 0o644);
    expect(await mode(file)).toBe(0o644);
    await saveCredentials(file, credentials(LOCAL));
    expect(await mode(file)).toBe(0o600);

    // The whole file is replaced at logout too: still the owner's alone.
    await forgetCredentials(file, LOCAL);
    expect(await mode(file)).toBe(0o600);
  });

  it('is 0600 whatever the umask', async () => {
    const before = process.umask(0);
    try {
      await saveCredentials(file, credentials(LOCAL));
    } finally {
      process.umask(before);
    }
    expect(await mode(file)).toBe(0o600);
    expect(await mode(join(folder, 'dipp'))).toBe(0o700);
  });

  it('is written atomically: a new file renamed over the old, never changed in place, nothing left behind', async () => {
    await saveCredentials(file, credentials(LOCAL, 'first.token.here'));
    // A second name for the old file: writing in place would change what it shows.
    const old = join(folder, 'old.json');
    await link(file, old);
    await saveCredentials(file, credentials(LOCAL, 'second.token.here'));
    expect((JSON.parse(await readFile(old, 'utf8')) as Record<string, Credentials>)[LOCAL]?.idToken).toBe(
      'first.token.here',
    );
    expect((await readCredentials(file, LOCAL))?.idToken).toBe('second.token.here');
    expect(await readdir(join(folder, 'dipp'))).toEqual(['credentials.json']);
  });

  it('is never seen half-written by a reader while it is being saved', async () => {
    await saveCredentials(file, credentials(LOCAL));
    const big = 'x'.repeat(100_000);
    let writing = true;
    const reads: unknown[] = [];
    const reader = (async () => {
      while (writing) {
        reads.push(JSON.parse(await readFile(file, 'utf8')));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let i = 0; i < 20; i += 1) await saveCredentials(file, credentials(LOCAL, `${big}.${i}.token`));
    writing = false;
    await reader;
    expect(reads.length).toBeGreaterThan(0);
    expect(await readdir(join(folder, 'dipp'))).toEqual(['credentials.json']);
  });

  it('cleans up when the file cannot be replaced, and keeps entries it cannot read', async () => {
    // The file's name is taken by a folder: the rename fails, and the temporary file goes.
    await mkdir(file, { recursive: true });
    await expect(saveCredentials(file, credentials(LOCAL))).rejects.toThrow();
    expect(await readdir(join(folder, 'dipp'))).toEqual(['credentials.json']);
    await rm(file, { recursive: true });

    // An entry of another shape (a later version's) is kept as it is; nothing in it is used.
    await mkdir(join(folder, 'dipp'), { recursive: true });
    await writeFile(file, JSON.stringify({ 'https://other.example': { future: true } }));
    expect(await readCredentials(file, 'https://other.example')).toBeUndefined();
    await saveCredentials(file, credentials(LOCAL));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ 'https://other.example': { future: true } });

    // A file that is not JSON holds nothing usable; the next sign-in replaces it.
    await writeFile(file, 'not json');
    expect(await readCredentials(file, LOCAL)).toBeUndefined();
    await saveCredentials(file, credentials(LOCAL));
    expect(await readCredentials(file, LOCAL)).toEqual(credentials(LOCAL));
  });
});
