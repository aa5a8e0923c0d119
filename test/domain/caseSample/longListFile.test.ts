import { describe, expect, it } from 'vitest';
import { readLongList } from '../../../functions/domain/caseSample/longListFile.js';

const HEADER =
  'CRN,PDU,Practitioner,Staff id,Sentence type,Requirement,Start date,RoSH,Contact suspended,Suspension scheme,Termination date,Other sentences in period,Current review';

const file = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

describe('reading a long-list file', () => {
  it('reads nDelius’s forms: UK dates, short codes, any case, quoted commas, a byte-order mark', () => {
    const result = readLongList(
      `\uFEFF${file(
        'X123456,"Newcastle, North Tyneside",Pat Practitioner,N01A123,CO,RAR,11/11/2026,Very high,,,,No,',
        'y654321,Gateshead,Sam Smith,N01B456,Licence,None,2026-11-12,low,16/12/2026,Reset,,N,None',
      )}`,
    );
    expect(result).toEqual({
      ok: true,
      value: [
        {
          crn: 'X123456',
          pdu: 'Newcastle, North Tyneside',
          practitioner: { name: 'Pat Practitioner', staffId: 'N01A123' },
          sentenceType: 'community-order',
          requirement: 'rehabilitation-activity',
          startDate: '2026-11-11',
          rosh: 'very-high',
          otherSentencesInPeriod: false,
          currentReview: 'none',
        },
        {
          crn: 'Y654321',
          pdu: 'Gateshead',
          practitioner: { name: 'Sam Smith', staffId: 'N01B456' },
          sentenceType: 'licence',
          requirement: 'none',
          startDate: '2026-11-12',
          rosh: 'low',
          suspension: { date: '2026-12-16', scheme: 'reset' },
          otherSentencesInPeriod: false,
          currentReview: 'none',
        },
      ],
    });
  });

  it('refuses the whole file, naming each problem by row and column, and saying what is allowed', () => {
    const result = readLongList(
      file(
        'X123456,Gateshead,Pat,N1,CO,RAR,2026-11-11,Medium,,,,No,',
        'Jane Doe,Gateshead,Pat,N2,Community sentence,RAR,31/02/2026,Severe,2026-12-01,,,Maybe,',
        'X123456,Gateshead,Pat,N3,CO,RAR,2026-11-11,Low,,,,No,',
      ),
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.errors.map((error) => `${error.field}: ${error.message}`);
    expect(problems).toEqual([
      'row 3, column "CRN": must be a case reference number: a capital letter and six digits, e.g. X123456',
      'row 3, column "Sentence type": is not one of: community order, co, suspended sentence order, sso, licence, license, pss only, pss, post sentence supervision',
      'row 3, column "Start date": is not a real calendar date',
      'row 3, column "RoSH": is not one of: low, medium, high, very high',
      'row 3, column "Suspension scheme": is needed with the other: a suspension has a date and a scheme (Reset or Impact), or neither',
      'row 3, column "Other sentences in period": must be Yes or No',
      'row 4, column "CRN": repeats the case on row 2',
    ]);
  });

  it('refuses a file with a column that could name a person on probation, or an unknown column, before reading any row', () => {
    const result = readLongList(
      `Name,Date of birth,Shoe size,${HEADER}\nA,1990-01-01,9,X123456,P,Pat,N1,CO,RAR,2026-11-11,Low,,,,No,`,
    );
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((error) => error.field);
    expect(fields).toEqual(['column "Name"', 'column "Date of birth"', 'column "Shoe size"']);
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/must not receive/);
  });

  it('refuses a file that is not CSV, or has no cases, or lacks a column it needs', () => {
    expect(readLongList('CRN,PDU\n"X123456,P')).toMatchObject({
      ok: false,
      errors: [{ message: /not a readable CSV file/ }],
    });
    expect(readLongList(HEADER)).toMatchObject({ ok: false, errors: [{ field: 'file', message: /has no cases/ }] });
    const missing = readLongList('CRN,PDU,Practitioner\nX123456,P,Pat');
    expect(missing.ok ? [] : missing.errors.map((error) => error.field)).toEqual([
      'column "Sentence type"',
      'column "Requirement"',
      'column "Start date"',
      'column "RoSH"',
      'column "Staff id"',
    ]);
  });
});
