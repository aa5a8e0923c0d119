import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod/mini';

/**
 * Where the command line keeps what `dipp login` got: one entry per API, each with the issuer and
 * client that signed the person in, their ID and refresh tokens, and who they are. The file is the
 * person's alone (folder 0700, file 0600) and is replaced whole (a new file renamed over the old),
 * so a reader never sees half of it.
 */
export const credentialsSchema = z.object({
  api: z.string().check(z.minLength(1)),
  issuer: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  idToken: z.string().check(z.minLength(1)),
  refreshToken: z.optional(z.string().check(z.minLength(1))),
  /** When the ID token expires (ISO 8601). */
  expiresAt: z.iso.datetime({ offset: true }),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Credentials = z.infer<typeof credentialsSchema>;

const defaultFile = () => join(homedir(), '.config', 'dipp', 'credentials.json');

/** `$DIPP_CREDENTIALS`, or `~/.config/dipp/credentials.json`. */
export function credentialsFile(env: Record<string, string | undefined> = process.env): string {
  return env.DIPP_CREDENTIALS || defaultFile();
}

/** An API's address as the file keys it: origin and path, without a trailing slash, query or fragment. */
export function apiKey(api: string): string {
  const url = new URL(api);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Every entry, as written (an entry this version cannot read is kept, not lost). */
async function readAll(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // Not JSON (edited by hand?): nothing in it can be used, and the next login replaces it.
    return {};
  }
}

/** Writes `text` to a new file readable by its owner only, then renames it over `file`. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // Our own folder, made earlier with wider rights: the owner's alone too (a folder someone else
  // chose, with DIPP_CREDENTIALS, is left as it is; the file itself is 0600 either way).
  if (file === defaultFile()) await chmod(folder, 0o700);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    // Whatever the umask: the owner's alone.
    await handle.chmod(0o600);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The credentials saved for this API, or undefined. */
export async function readCredentials(file: string, api: string): Promise<Credentials | undefined> {
  const entry = (await readAll(file))[apiKey(api)];
  const parsed = credentialsSchema.safeParse(entry);
  return parsed.success ? parsed.data : undefined;
}

/** Saves (or replaces) the credentials of one API, keeping the others. */
export async function saveCredentials(file: string, credentials: Credentials): Promise<void> {
  const key = apiKey(credentials.api);
  const all = await readAll(file);
  all[key] = { ...credentials, api: key };
  await writeAtomically(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** Forgets the credentials of one API: what was forgotten, or undefined if there was nothing. */
export async function forgetCredentials(file: string, api: string): Promise<Credentials | undefined> {
  const key = apiKey(api);
  const all = await readAll(file);
  if (!(key in all)) return undefined;
  const parsed = credentialsSchema.safeParse(all[key]);
  const kept = Object.fromEntries(Object.entries(all).filter(([api]) => api !== key));
  await writeAtomically(file, `${JSON.stringify(kept, null, 2)}\n`);
  return parsed.success ? parsed.data : undefined;
}
