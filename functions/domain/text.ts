import * as z from 'zod/mini';
import { english, said } from './messages/said.js';
import { zodMessage } from './validation.js';

/**
 * The one rule for text that people type and notices show (issue 17, finding 4): text is letters,
 * digits, punctuation and spaces, never characters that change how it is laid out or read. Refused
 * everywhere: control characters (C0 and C1, with DEL, so NUL, BEL, tab, and CR and LF where a line
 * break is not allowed), Unicode format characters (category Cf: the text-direction overrides and
 * isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200D and U+2060, U+FEFF, soft
 * hyphens, tag characters …), the line and paragraph separators U+2028 and U+2029, and unpaired
 * surrogates.
 *
 * - `singleLine` (a name, a subject): one line, none of the above.
 * - `multiLine` (what might happen, an evidence summary, a reason): line breaks allowed (CRLF and CR
 *   become LF), none of the rest.
 * - `inlineText` is for text that comes from outside (an SES bounce message) or that is shown in a
 *   notice: it does not refuse, it replaces each such character with a space, collapses runs of
 *   spaces, and caps the length, so the result is always one run of text.
 */

/** Every character the rule refuses, line breaks included. */
const REFUSED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const REFUSED_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
/** What multi-line text refuses: the same, but a line feed is allowed. */
const REFUSED_BUT_LINE_FEED = /[^\n\P{Cc}]|[\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** What single-line text may not contain, as the person who typed it is told. */
export const SINGLE_LINE_MESSAGE = english(said('alert.text.singleLine'));

/** What multi-line text may not contain, as the person who typed it is told. */
export const MULTI_LINE_MESSAGE = english(said('alert.text.multiLine'));

/** "U+202E", for the first character `pattern` finds in `value`. */
function codePointAt(value: string, pattern: RegExp): string | undefined {
  const found = pattern.exec(value)?.[0];
  if (found === undefined) return undefined;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character single-line text may not contain ("U+000A"), or undefined if there is none. */
export const refusedInSingleLine = (value: string): string | undefined => codePointAt(value, REFUSED);

/** The first character multi-line text may not contain ("U+0009"), or undefined if there is none. */
export const refusedInMultiLine = (value: string): string | undefined =>
  codePointAt(normaliseLineBreaks(value), REFUSED_BUT_LINE_FEED);

/** CRLF and a lone CR become LF. */
export const normaliseLineBreaks = (value: string): string => value.replace(/\r\n?/g, '\n');

/** The rule's message, naming the first character refused where there is one ("… (found U+202E)"). */
const ruleWith = (rule: 'alert.text.singleLine' | 'alert.text.multiLine', character: string | undefined) =>
  character === undefined ? zodMessage(rule) : zodMessage('alert.text.found', { message: said(rule), character });

/** Refuses, with SINGLE_LINE_MESSAGE, a string with a line break, control or format character. */
export function singleLine(schema: z.ZodMiniString<string>): z.ZodMiniString<string> {
  return schema.check(
    z.refine((value) => refusedInSingleLine(value) === undefined, {
      error: (issue) =>
        ruleWith(
          'alert.text.singleLine',
          typeof issue.input === 'string' ? refusedInSingleLine(issue.input) : undefined,
        ),
    }),
  );
}

/** Allows line breaks (as LF) and refuses, with MULTI_LINE_MESSAGE, any other control or format character. */
export function multiLine(schema: z.ZodMiniString<string>): z.ZodMiniString<string> {
  return schema.check(
    z.overwrite(normaliseLineBreaks),
    z.refine((value) => refusedInMultiLine(value) === undefined, {
      error: (issue) =>
        ruleWith('alert.text.multiLine', typeof issue.input === 'string' ? refusedInMultiLine(issue.input) : undefined),
    }),
  );
}

/** How long a value shown in a notice may be; longer ones are cut, with an ellipsis. */
export const INLINE_TEXT_MAX = 1000;

/**
 * One inline run of text from anything: every line break, control and format character becomes a
 * space, runs of spaces become one, the ends are trimmed, and text longer than `maxLength`
 * characters is cut to that many, the last an ellipsis. For text from outside (SES) and for every
 * value a notice shows; never refuses.
 */
export function inlineText(value: string, maxLength = INLINE_TEXT_MAX): string {
  const flat = value
    .replace(REFUSED_ALL, ' ')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  const characters = Array.from(flat);
  if (characters.length <= maxLength) return flat;
  return `${characters
    .slice(0, Math.max(0, maxLength - 1))
    .join('')
    .trimEnd()}…`;
}
