import { describe, expect, it } from 'vitest';
import { longListCaseSchema, type LongListCase } from '../../../functions/domain/caseSample/cases.js';
import { drawSample, proportionalTargets } from '../../../functions/domain/caseSample/drawSample.js';
import { eligibilityWindow } from '../../../functions/domain/caseSample/eligibility.js';
import { questionSetFor } from '../../../functions/domain/caseSample/questionSet.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';

const FIELDWORK = asLocalDate('2027-06-07');

let serial = 0;
function item(
  overrides: Omit<Partial<LongListCase>, 'practitioner'> & { pdu: string; practitioner: string },
): LongListCase {
  serial += 1;
  const { practitioner, ...rest } = overrides;
  return {
    crn: `X${String(serial).padStart(6, '0')}`,
    sentenceType: 'community-order',
    requirement: 'rehabilitation-activity',
    startDate: asLocalDate('2026-11-11'),
    rosh: 'medium',
    otherSentencesInPeriod: false,
    currentReview: 'none',
    ...rest,
    practitioner: { name: practitioner, staffId: practitioner },
  };
}

describe('the eligible weeks', () => {
  it('are the week starting 30 weeks before fieldwork and the week after it', () => {
    expect(eligibilityWindow(FIELDWORK)).toEqual({ from: '2026-11-09', to: '2026-11-22' });
  });
});

describe('core or adjusted questions, with the reason in words', () => {
  const start = asLocalDate('2026-11-11');
  it.each([
    [{ sentenceType: 'pss-only' as const }, 'adjusted', 'PSS only'],
    [
      { sentenceType: 'licence' as const, suspension: { date: asLocalDate('2026-12-23'), scheme: 'reset' as const } },
      'adjusted',
      'licence; Reset suspension 6 weeks after release',
    ],
    [
      { sentenceType: 'licence' as const, suspension: { date: asLocalDate('2027-01-06'), scheme: 'reset' as const } },
      'adjusted',
      'licence; Reset suspension 8 weeks after release',
    ],
    [
      { sentenceType: 'licence' as const, suspension: { date: asLocalDate('2027-01-07'), scheme: 'reset' as const } },
      'core',
      'licence; Reset suspension 8 weeks 1 day after release (Thursday 7 January 2027): more than eight weeks after release',
    ],
    [
      {
        sentenceType: 'community-order' as const,
        suspension: { date: asLocalDate('2026-12-02'), scheme: 'impact' as const },
      },
      'adjusted',
      'community sentence; Impact suspension 3 weeks after commencement',
    ],
    [{ sentenceType: 'suspended-sentence-order' as const }, 'core', 'community sentence; contact not suspended'],
  ])('%o is %s: "%s"', (change, set, reason) => {
    expect(questionSetFor(item({ pdu: 'P', practitioner: 'p', startDate: start, ...change }))).toMatchObject({
      set,
      reason,
    });
  });
});

describe('drawing the sample', () => {
  it('refuses a long-list row with a name-like or malformed case reference, naming the field', () => {
    const parsed = longListCaseSchema.safeParse({ ...item({ pdu: 'P', practitioner: 'p' }), crn: 'John Smith' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['crn']);
    const extra = longListCaseSchema.safeParse({ ...item({ pdu: 'P', practitioner: 'p' }), dateOfBirth: '1990-01-01' });
    expect(extra.success).toBe(false);
  });

  it('says which PDU falls short of five and by how much, and samples what it can', () => {
    const cases = [
      ...['a', 'b', 'c'].map((p) => item({ pdu: 'Small PDU', practitioner: p })),
      ...Array.from({ length: 9 }, (_, index) => item({ pdu: 'Large PDU', practitioner: `l${index}` })),
    ];
    const sample = drawSample({ cases, fieldworkStart: FIELDWORK, seed: 1 });
    expect(sample.sampled.filter((c) => c.pdu === 'Small PDU')).toHaveLength(3);
    expect(sample.sampled.filter((c) => c.pdu === 'Large PDU')).toHaveLength(7);
    expect(sample.shortfalls).toEqual([
      expect.objectContaining({ rule: 'at-least-per-pdu', where: 'Small PDU', by: 2 }),
    ]);
    expect(sample.shortfalls[0]?.message).toMatch(/^Small PDU gives 3 cases, 2 short of the 5 a PDU must give/);
    expect(sample.reserve['Large PDU']).toHaveLength(2);
  });

  it('takes at most one case a practitioner, however many they hold', () => {
    const cases = Array.from({ length: 10 }, (_, index) => item({ pdu: 'P', practitioner: `p${index % 6}` }));
    const sample = drawSample({ cases, fieldworkStart: FIELDWORK, seed: 7 });
    expect(sample.sampled).toHaveLength(6);
    expect(sample.adjustments).toContain(
      'P: 6 cases, not 7: only 6 practitioners had eligible cases (at most one case a practitioner).',
    );
  });

  it('draws a region whose PDUs differ in risk without departing from the draw when it need not', () => {
    const cases = [
      ...Array.from({ length: 7 }, (_, index) => item({ pdu: 'A', practitioner: `a${index}`, rosh: 'low' })),
      ...Array.from({ length: 7 }, (_, index) => item({ pdu: 'B', practitioner: `b${index}`, rosh: 'high' })),
    ];
    const sample = drawSample({ cases, fieldworkStart: FIELDWORK, seed: 3 });
    expect(sample.sampled).toHaveLength(14);
    expect(sample.bands.low).toEqual({ target: 7, sampled: 7, eligible: 7 });
    expect(sample.adjustments).toEqual([]);
    expect(sample.shortfalls).toEqual([]);
  });

  it('says in words where it departed from the random draw: a PDU filled beyond a band, and the swaps that restore proportion', () => {
    // A has only medium cases; B has low and medium. Medium's share (9 of 14) can leave A short.
    const cases = [
      ...Array.from({ length: 7 }, (_, index) => item({ pdu: 'A', practitioner: `a${index}`, rosh: 'medium' })),
      ...Array.from({ length: 7 }, (_, index) => item({ pdu: 'B', practitioner: `b${index}`, rosh: 'low' })),
      ...Array.from({ length: 7 }, (_, index) => item({ pdu: 'B', practitioner: `c${index}`, rosh: 'medium' })),
    ];
    const sample = drawSample({ cases, fieldworkStart: FIELDWORK, seed: 1 });
    expect(sample.sampled.filter((c) => c.pdu === 'A')).toHaveLength(7);
    expect(sample.bands.low).toMatchObject({ target: 5, sampled: 5 });
    expect(sample.bands.medium).toMatchObject({ target: 9, sampled: 9 });
    const fills = sample.adjustments.filter((line) =>
      /^A: drew case X\d{6} \(medium risk\) beyond the region's share/.test(line),
    );
    const swaps = sample.adjustments.filter((line) =>
      /^B: took case X\d{6} \(low risk\) in place of case X\d{6} \(medium risk\), to keep the risk bands in proportion\.$/.test(
        line,
      ),
    );
    expect(fills.length).toBeGreaterThan(0);
    expect(swaps).toHaveLength(fills.length);
    expect(sample.adjustments).toHaveLength(fills.length + swaps.length);
    expect(sample.shortfalls).toEqual([]);
  });

  it('leaves out, and counts, cases outside the weeks, without a qualifying requirement, terminated within 7 days, or under review', () => {
    const cases = [
      item({ pdu: 'P', practitioner: 'a', startDate: asLocalDate('2026-11-06') }),
      item({ pdu: 'P', practitioner: 'b', requirement: 'none' }),
      item({ pdu: 'P', practitioner: 'c', terminationDate: asLocalDate('2026-11-15') }),
      item({ pdu: 'P', practitioner: 'd', currentReview: 'sfo' }),
      item({ pdu: 'P', practitioner: 'e', otherSentencesInPeriod: true }),
      item({ pdu: 'P', practitioner: 'f', sentenceType: 'licence', requirement: 'none' }),
    ];
    const sample = drawSample({ cases, fieldworkStart: FIELDWORK, seed: 5 });
    expect(sample.sampled.map((c) => c.practitioner.name)).toEqual(['f']);
    expect(sample.leftOut).toEqual({
      'not-in-window': 1,
      'no-qualifying-requirement': 1,
      'terminated-within-seven-days': 1,
      'current-review': 1,
      'other-sentence-in-period': 1,
    });
  });

  it('shares a total between the bands by largest remainder', () => {
    expect(proportionalTargets({ low: 10, medium: 10, 'high-or-very-high': 10 }, 7)).toEqual({
      low: 3,
      medium: 2,
      'high-or-very-high': 2,
    });
    expect(proportionalTargets({ low: 1, medium: 5, 'high-or-very-high': 4 }, 20)).toEqual({
      low: 2,
      medium: 10,
      'high-or-very-high': 8,
    });
  });
});
