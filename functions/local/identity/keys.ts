import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import * as z from 'zod/mini';

/**
 * The local identity provider's secrets: the key that signs its tokens (RS256, as Cognito's) and the
 * keys that sign its cookies. Made at the first start, kept in `keysDir` (folder 0700, files 0600)
 * and reused afterwards, so tokens and sessions survive a restart of `npm start`.
 */
export interface ProviderKeys {
  /** A JSON Web Key Set holding the private signing key. */
  jwks: { keys: Record<string, unknown>[] };
  cookieKeys: string[];
}

export const SIGNING_KEYS_FILE = 'signing-keys.json';
export const COOKIE_KEYS_FILE = 'cookie-keys.json';

const signingKeysSchema = z.object({
  keys: z
    .array(
      z.looseObject({
        kty: z.literal('RSA'),
        kid: z.string().check(z.minLength(1)),
        alg: z.literal('RS256'),
        use: z.literal('sig'),
        n: z.string().check(z.minLength(1)),
        e: z.string().check(z.minLength(1)),
        d: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
const cookieKeysSchema = z.object({ keys: z.array(z.string().check(z.minLength(32))).check(z.minLength(1)) });

async function newSigningKeys(): Promise<z.infer<typeof signingKeysSchema>> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return signingKeysSchema.parse({ keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] });
}

const newCookieKeys = async () => ({ keys: [randomBytes(32).toString('base64url')] });

/** Reads a kept secret, or makes and writes it if there is none yet; a damaged file is an error. */
async function kept<T>(file: string, schema: z.ZodMiniType<T>, make: () => Promise<T>): Promise<T> {
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === undefined) {
    const made = await make();
    try {
      // `wx`: never overwrite a key another start has just written; use that one instead.
      await writeFile(file, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return kept(file, schema, make);
      throw error;
    }
    return made;
  }
  await chmod(file, 0o600);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file} is not a key file this provider wrote; remove it to make new keys`);
  }
  return parsed.data;
}

export async function providerKeys(keysDir: string): Promise<ProviderKeys> {
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  await chmod(keysDir, 0o700);
  const signing = await kept(join(keysDir, SIGNING_KEYS_FILE), signingKeysSchema, newSigningKeys);
  const cookies = await kept(join(keysDir, COOKIE_KEYS_FILE), cookieKeysSchema, newCookieKeys);
  return { jwks: { keys: signing.keys }, cookieKeys: cookies.keys };
}
