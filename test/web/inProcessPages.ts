import type { Deps } from '../../functions/app/deps.js';
import type { Principal } from '../../functions/domain/access.js';
import type { Language } from '../../functions/domain/planner.js';
import type { PageOptions } from '../../functions/web/pageKit.js';
import { webPages } from '../../functions/web/pages.js';
import type { WebRequest } from '../../functions/web/responses.js';
import { SIGNED_IN } from '../support/principals.js';

/**
 * The pages in process (no browser, no edge): their own router over a test's stores, asked as a
 * signed-in person's browser asks them, and what a person reads of the HTML they answer.
 */

/** The pages over `deps`, asked for a path (its query after `?`) as the person signed in, the session's token 'token'. */
export function pagesFor(deps: Deps, options: PageOptions = {}) {
  const pages = webPages(deps, options);
  return (
    method: 'GET' | 'POST',
    path: string,
    form: Record<string, string> = {},
    principal: Principal = SIGNED_IN.isa,
    lang: Language = 'en',
    files: WebRequest['files'] = {},
  ) => {
    const [pathname = path, search = ''] = path.split('?');
    return pages({
      method,
      path: pathname,
      query: new URLSearchParams(search),
      form: new URLSearchParams(form),
      files,
      principal,
      csrfToken: 'token',
      lang,
    });
  };
}

/** The text of an HTML page as a person reads it: tags removed, entities undone, spaces collapsed. */
export const pageText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The page's HTML with its entities undone (an apostrophe stays straight), tags and all. */
export const decodedHtml = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** A piece of a catalogue's English message, by the message's key. */
export interface EnglishPiece {
  key: string;
  piece: string;
}

/** The messages of an English catalogue that its Welsh words differently. */
export const unlikeWelsh = (english: Readonly<Record<string, string>>, welsh: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(english).filter(([key, message]) => message !== welsh[key]));

/** Each message cut at its placeholders, the pieces longer than `minLength` (shorter ones could be a name). */
export const englishPiecesOf = (messages: Readonly<Record<string, string>>, minLength = 12): EnglishPiece[] =>
  Object.entries(messages)
    .flatMap(([key, message]) => message.split(/\{[^}]*\}/).map((piece) => ({ key, piece: piece.trim() })))
    .filter(({ piece }) => piece.length > minLength);

/** The pieces a page shows, read as `read` reads it, each as "key: piece" (none, for a page all in Welsh). */
export const englishFinder =
  (pieces: readonly EnglishPiece[], read: (html: string) => string) =>
  (html: string): string[] => {
    const shown = read(html);
    return pieces.filter(({ piece }) => shown.includes(piece)).map(({ key, piece }) => `${key}: ${piece}`);
  };
