import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseRaiseAlert } from '../../functions/domain/alertRequest.js';
import {
  inlineText,
  INLINE_TEXT_MAX,
  multiLine,
  MULTI_LINE_MESSAGE,
  singleLine,
  SINGLE_LINE_MESSAGE,
} from '../../functions/domain/text.js';

/** Characters that change how text is laid out or read, by name. */
const HOSTILE: [string, string][] = [
  ['CR', '\r'],
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['TAB', '\t'],
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1)', '\u009b'],
  ['LRE', '\u202a'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
  ['ZWSP', '\u200b'],
  ['ZWNJ', '\u200c'],
  ['ZWJ', '\u200d'],
  ['WORD JOINER', '\u2060'],
  ['BOM', '\ufeff'],
  ['SOFT HYPHEN', '\u00ad'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['TAG LATIN SMALL A', '\u{e0061}'],
  ['lone surrogate', '\ud800'],
];

const PLAIN = [
  'Alex Morgan',
  'Siân Llŷr-Ápiau',
  'O’Brien, Dr. Jo (she/her)',
  'Zoë Ñúñez',
  'Γιώργος Παπαδόπουλος',
  '李小龍',
  'محمد',
  'שרה כהן',
  'Ann 😀 Inspector',
];

const name = singleLine(z.string().check(z.trim(), z.minLength(1), z.maxLength(120)));
const notes = multiLine(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)));

describe('single-line text', () => {
  it.each(HOSTILE)('refuses %s anywhere in it, saying what is not allowed', (_, character) => {
    const parsed = name.safeParse(`Alex${character}Morgan`);

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining(SINGLE_LINE_MESSAGE) as string,
    ]);
  });

  it('names the character it found, by its code point', () => {
    expect(name.safeParse('Alex\u202eMorgan').error?.issues[0]?.message).toBe(`${SINGLE_LINE_MESSAGE} (found U+202E)`);
    expect(name.safeParse('Alex\r\nMorgan').error?.issues[0]?.message).toBe(`${SINGLE_LINE_MESSAGE} (found U+000D)`);
  });

  it.each(PLAIN)('accepts %s', (text) => {
    expect(name.safeParse(text)).toEqual({ success: true, data: text });
  });
});

describe('multi-line text', () => {
  it('accepts line breaks, keeping them as LF', () => {
    expect(notes.parse('First line\r\nSecond line\rThird line\n\nA new paragraph')).toBe(
      'First line\nSecond line\nThird line\n\nA new paragraph',
    );
  });

  it.each(HOSTILE.filter(([what]) => !['CR', 'LF', 'CRLF'].includes(what)))(
    'refuses %s, saying what is not allowed',
    (_, character) => {
      const parsed = notes.safeParse(`Line one\nLine${character}two`);

      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
        expect.stringContaining(MULTI_LINE_MESSAGE) as string,
      ]);
    },
  );
});

describe('inline text (what comes from outside, and every value a notice shows)', () => {
  it('turns every line break, control and format character into a space, and runs of spaces into one', () => {
    expect(inlineText('550 5.1.1\r\n\r\n## Heading\n- item\u0000\u0007 \u202egnp.exe\u200b\t end  ')).toBe(
      '550 5.1.1 ## Heading - item gnp.exe end',
    );
  });

  it('keeps ordinary text as it is', () => {
    for (const text of PLAIN) expect(inlineText(text)).toBe(text);
  });

  it('cuts long text to the cap, ending in an ellipsis, without splitting a character', () => {
    expect(inlineText('x'.repeat(40_000))).toHaveLength(INLINE_TEXT_MAX);
    expect(inlineText('x'.repeat(40_000)).endsWith('x…')).toBe(true);
    expect(inlineText('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(inlineText('abc', 3)).toBe('abc');
  });
});

describe('an alert’s free text', () => {
  const alert = {
    inspectionId: 'wales-2027-03-15',
    type: 'organisational',
    category: 'organisational-practice',
    whatMightHappen: 'Contact may resume:\r\n- with the named child\r\n- with the family',
    howSerious: 'Serious harm is possible.\n\nThe last review was missed.',
    howImminent: 'Within days',
    actionRequested: 'Review the risk management plan today',
    raisedBy: 'Ann Inspector',
  };

  it('accepts a multi-line summary, with its line breaks', () => {
    const parsed = parseRaiseAlert(alert);

    expect(parsed).toMatchObject({
      ok: true,
      value: {
        whatMightHappen: 'Contact may resume:\n- with the named child\n- with the family',
        howSerious: 'Serious harm is possible.\n\nThe last review was missed.',
      },
    });
  });

  it.each(['whatMightHappen', 'howSerious', 'howImminent', 'actionRequested'])(
    'refuses control and format characters in %s, by field',
    (field) => {
      const parsed = parseRaiseAlert({ ...alert, [field]: 'Within\u0000 days\u202e\u200b' });

      expect(parsed.ok ? [] : parsed.errors.map((error) => [error.field, error.message])).toEqual([
        [field, `${MULTI_LINE_MESSAGE} (found U+0000)`],
      ]);
    },
  );

  it('refuses a line break in the name of who raised it', () => {
    const parsed = parseRaiseAlert({ ...alert, raisedBy: 'Ann\n\n## Inspector' });

    expect(parsed.ok ? [] : parsed.errors.map((error) => [error.field, error.message])).toEqual([
      ['raisedBy', `${SINGLE_LINE_MESSAGE} (found U+000A)`],
    ]);
  });
});
