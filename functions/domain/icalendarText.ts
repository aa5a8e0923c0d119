/**
 * The two rules of RFC 5545 that the `ics` library does not keep for us: TEXT values escaped
 * (§3.3.11) wherever it writes a value as given, and content lines folded by octets (§3.1).
 */

/** The longest a content line may be, in octets, its CRLF not counted (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const ESCAPED: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,' };

/**
 * A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped with a
 * backslash, and each line break (CRLF, LF or CR alone) written `\n`. Also what each value of a
 * multi-valued TEXT property (CATEGORIES) needs before the values are joined with commas.
 */
export function escapeText(value: string): string {
  return value.replace(/\r\n|[\r\n\\;,]/g, (found) => ESCAPED[found] ?? '\\n');
}

/** Line breaks as one LF, which the `ics` library escapes (it leaves a CR alone in the file). */
export function oneKindOfLineBreak(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/** Octets a code point takes in UTF-8 (a lone surrogate is written as U+FFFD, three octets). */
function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded so that no line is longer than 75 octets: a CRLF and a space before
 * each continuation (the space counts towards its 75), never inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An iCalendar file unfolded (a line that starts with a space or tab continues the one before). */
export function unfoldLines(file: string): string[] {
  const lines: string[] = [];
  for (const line of file.split(/\r\n|\n/)) {
    const last = lines.length - 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last >= 0) lines[last] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

/** An iCalendar file with every content line unfolded and folded again by octets, CRLF after each. */
export function refoldFile(file: string): string {
  return unfoldLines(file)
    .filter((line) => line !== '')
    .map((line) => `${foldLine(line)}\r\n`)
    .join('');
}
