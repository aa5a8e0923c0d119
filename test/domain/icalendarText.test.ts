import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, refoldFile, unfoldLines } from '../../functions/domain/icalendarText.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('TEXT values (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and each kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves other text, colons and non-ASCII included, as it is', () => {
    expect(escapeText('Tŷ’r Cwmnïau: ŵ ŷ 🏴󠁧󠁢󠁷󠁬󠁳󠁿 "quoted"')).toBe('Tŷ’r Cwmnïau: ŵ ŷ 🏴󠁧󠁢󠁷󠁬󠁳󠁿 "quoted"');
  });
});

describe('folding content lines (RFC 5545 §3.1)', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    const line = `SUMMARY:${'ŵŷ🏴󠁧󠁢󠁷󠁬󠁳󠁿'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');

    expect(folded.length).toBeGreaterThan(1);
    for (const [index, part] of folded.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part); // no lone surrogate
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('unfolds continuations begun with a space or a tab', () => {
    expect(unfoldLines('A:1\r\n 2\r\n\t3\r\nB:4\r\n')).toEqual(['A:123', 'B:4', '']);
  });

  it('refolds a file folded by characters, CRLF after every line', () => {
    const summary = `SUMMARY:${'ŵ'.repeat(80)}`;
    const byCharacters = `BEGIN:VEVENT\r\n${summary.slice(0, 75)}\r\n\t${summary.slice(75)}\r\nEND:VEVENT\r\n`;
    const refolded = refoldFile(byCharacters);

    expect(refolded.endsWith('END:VEVENT\r\n')).toBe(true);
    expect(unfoldLines(refolded)).toEqual(['BEGIN:VEVENT', summary, 'END:VEVENT', '']);
    for (const line of refolded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
