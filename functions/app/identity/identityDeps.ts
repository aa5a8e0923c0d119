import { createHash, randomBytes } from 'node:crypto';
import type { SignInProvider } from '../../ports/signInProvider.js';
import type { Deps } from '../deps.js';

/** What signing in needs: the stores, the clock, the configuration, and the identity provider. */
export type IdentityDeps = Pick<Deps, 'identity' | 'clock' | 'config'> & { signIn: SignInProvider };

/** A secret for a cookie or a link: 256 random bits, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What the store keeps instead of a secret: its SHA-256, in hex. */
export const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** A secret as this service makes them (refused before any read if it is not one). */
export const isSecret = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * Where to go after signing in: a path on this site only. Anything else (another site, a
 * protocol-relative `//host`, a backslash that browsers read as a slash, a control character)
 * goes to the overview instead.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if ([...value].some((c) => c < ' ' || c === '\u007f' || c === '\\')) return '/';
  return value;
}
