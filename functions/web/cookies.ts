/**
 * The cookies the pages set: the session's id, and the state of a sign-in under way. `__Host-`
 * (so no subdomain can set or read them, and only over a secure connection), HttpOnly, SameSite=Lax
 * (sent when the provider sends the browser back, not with another site's form), path `/`.
 * Browsers count http://127.0.0.1 and http://localhost as secure, so the local runtime gets the
 * same cookies as AWS; any other plain-HTTP address gets them without `__Host-` and `Secure`.
 */
export interface CookieNames {
  session: string;
  signIn: string;
  secure: boolean;
}

export function cookieNames(baseUrl: string): CookieNames {
  const url = new URL(baseUrl);
  const secure = url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}dipp-session`, signIn: `${prefix}dipp-sign-in`, secure };
}

export function setCookie(names: CookieNames, name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${names.secure ? '; Secure' : ''}`;
}

export const clearCookie = (names: CookieNames, name: string) => setCookie(names, name, '', 0);

/** A cookie's value from a `Cookie` header; the first one of that name. */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
