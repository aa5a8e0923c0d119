import { describe, expect, it } from 'vitest';
import { mayMove, weekOneProgress, type TrackedCase } from '../../../functions/domain/caseSample/caseTracking.js';
import type { RoshLevel } from '../../../functions/domain/caseSample/cases.js';
import { roshBandOf } from '../../../functions/domain/caseSample/cases.js';
import { changeRequestSchema, decisionFits, mayAsk } from '../../../functions/domain/caseSample/changeRequests.js';
import type { DrawnCase } from '../../../functions/domain/caseSample/drawSample.js';
import { moveInterview } from '../../../functions/domain/caseSample/moveInterview.js';
import { replacementFor } from '../../../functions/domain/caseSample/replacement.js';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';

let drawn = 0;
function aCase(crn: string, pdu: string, rosh: RoshLevel, practitioner: string): DrawnCase {
  drawn += 1;
  return {
    crn,
    pdu,
    practitioner: { name: practitioner, staffId: practitioner },
    rosh,
    band: roshBandOf(rosh),
    questions: 'core',
    questionsReason: 'community order',
    drawn,
  };
}

describe('the case that replaces an excluded one', () => {
  const excluded = aCase('A000001', 'Leeds', 'medium', 'P1');
  const sampled = [excluded, aCase('A000002', 'Leeds', 'low', 'P2')];

  it('is the next reserve case of the same PDU and risk band, passing over a practitioner already in the sample', () => {
    const reserve = [
      aCase('A000010', 'Leeds', 'low', 'P9'),
      aCase('A000011', 'Leeds', 'medium', 'P2'),
      aCase('A000012', 'Leeds', 'medium', 'P7'),
    ];

    const found = replacementFor({ excluded, sampled, reserve, used: new Set() });

    expect(found).toMatchObject({
      found: true,
      replacement: reserve[2],
      note: 'case A000012 replaces case A000001: the next reserve case in Leeds of medium risk',
    });
  });

  it('takes the excluded practitioner’s own next case, since they leave the sample with it', () => {
    const reserve = [aCase('A000013', 'Leeds', 'medium', 'P1')];

    expect(replacementFor({ excluded, sampled, reserve, used: new Set() })).toMatchObject({
      found: true,
      replacement: { crn: 'A000013' },
    });
  });

  it('says so in words when only another band is left, and why when nothing is', () => {
    const reserve = [aCase('A000020', 'Leeds', 'high', 'P5'), aCase('A000021', 'Bradford', 'medium', 'P6')];

    expect(replacementFor({ excluded, sampled, reserve, used: new Set() })).toMatchObject({
      found: true,
      replacement: reserve[0],
      note:
        'case A000020 (high or very high risk) replaces case A000001 (medium risk): Leeds has no reserve case ' +
        'of medium risk left with a practitioner not already in the sample',
    });
    expect(replacementFor({ excluded, sampled, reserve, used: new Set(['A000020']) })).toMatchObject({
      found: false,
      why: 'Leeds has no reserve case left with a practitioner not already in the sample: the sample there is one case smaller',
    });
  });
});

describe('what the region may ask, and until when', () => {
  const dates = {
    scheduleChangeDeadline: asLocalDate('2027-05-26'),
    weekOneEnds: asLocalDate('2027-06-11'),
  };

  it('takes any request until the schedule-change deadline, then only a practitioner who cannot attend', () => {
    expect(mayAsk('exclude-case', { ...dates, today: asLocalDate('2027-05-26') })).toEqual({ ok: true });
    expect(mayAsk('exclude-case', { ...dates, today: asLocalDate('2027-05-27') })).toMatchObject({
      ok: false,
      why:
        'the schedule-change deadline (Wednesday 26 May 2027) has passed: only a practitioner who cannot attend ' +
        'may still be reported, and the lead inspector may then inspect the case as a file-read',
    });
    expect(mayAsk('practitioner-cannot-attend', { ...dates, today: asLocalDate('2027-06-09') })).toEqual({ ok: true });
    expect(mayAsk('practitioner-cannot-attend', { ...dates, today: asLocalDate('2027-06-14') })).toMatchObject({
      ok: false,
    });
  });

  it('reads a request field by field, with the exclusion grounds listed when one is wrong', () => {
    const wrong = changeRequestSchema.safeParse({
      kind: 'exclude-case',
      crn: 'a000001',
      ground: 'too-busy',
      reason: 'x',
    });

    expect(wrong.success).toBe(false);
    const messages = Object.fromEntries(
      (wrong.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages.ground).toMatch(/^must be one of: other-sentence-in-period \(the same person has another sentence/);
    expect(messages.reason).toBe('must say why, in a few words');
    const right = changeRequestSchema.parse({
      kind: 'exclude-case',
      crn: ' a000001 ',
      ground: 'current-review',
      reason: 'An SFO review began last week',
    });
    expect(right).toMatchObject({ crn: 'A000001' });
  });

  it('answers a file-read only to a practitioner who cannot attend', () => {
    expect(decisionFits('practitioner-cannot-attend', 'approve-as-file-read')).toBe(true);
    expect(decisionFits('exclude-case', 'approve-as-file-read')).toBe(false);
    expect(decisionFits('exclude-case', 'decline')).toBe(true);
  });
});

describe('week one, case by case', () => {
  it('moves a case from scheduled to interviewed, file-read or excluded, then to inspected, and no further', () => {
    expect(mayMove('scheduled', 'interviewed')).toEqual({ ok: true });
    expect(mayMove('file-read', 'inspected')).toEqual({ ok: true });
    expect(mayMove('scheduled', 'inspected')).toMatchObject({
      ok: false,
      why: 'a case scheduled can next be practitioner interviewed, or substitute interviewed, or file-read, or excluded and replaced',
    });
    expect(mayMove('inspected', 'interviewed')).toMatchObject({
      ok: false,
      why: 'the case is inspected: nothing more is recorded for it',
    });
  });

  it('counts inspected of sampled, leaves excluded cases out, and names the cases behind', () => {
    const cases: TrackedCase[] = [
      { crn: 'A1', state: 'inspected', interview: { date: asLocalDate('2027-06-07'), start: '11:30' } },
      { crn: 'A2', state: 'scheduled', interview: { date: asLocalDate('2027-06-08'), start: '09:30' } },
      { crn: 'A3', state: 'scheduled', interview: { date: asLocalDate('2027-06-08'), start: '14:30' } },
      { crn: 'A4', state: 'excluded-and-replaced' },
      { crn: 'A5', state: 'file-read' },
    ];
    const weekOneEnds = asLocalDate('2027-06-11');

    const tuesdayNoon = weekOneProgress(cases, { today: asLocalDate('2027-06-08'), time: '12:00', weekOneEnds });
    const afterwards = weekOneProgress(cases, { today: asLocalDate('2027-06-14'), time: '09:00', weekOneEnds });

    expect(tuesdayNoon).toMatchObject({
      sampled: 4,
      inspected: 1,
      behind: [{ crn: 'A2', why: 'its interview was due at 9:30am on Tuesday 8 June 2027: nothing is recorded' }],
    });
    expect(afterwards.behind.map((b) => b.crn)).toEqual(['A2', 'A3', 'A5']);
  });
});

describe('moving an interview', () => {
  const calendar = englandAndWalesCalendar();
  // Fieldwork week one from Monday 24 May 2027; Monday 31 May (week two) is a bank holiday.
  const fieldworkStart = asLocalDate('2027-05-24');
  const interviews = [
    { crn: 'A1', inspector: 'lee@x', date: asLocalDate('2027-05-24'), start: '11:30' },
    { crn: 'A2', inspector: 'ivy@x', date: asLocalDate('2027-05-25'), start: '09:30' },
    { crn: 'A3', inspector: 'lee@x', date: asLocalDate('2027-05-25'), start: '10:30' },
    { crn: 'A4', inspector: 'lee@x', date: asLocalDate('2027-05-25'), start: '13:30' },
  ];
  const practitioners: Record<string, string> = { A1: 'p1', A2: 'p2', A3: 'p3', A4: 'p1' };
  const move = (crn: string, date: string, start: string) =>
    moveInterview({
      interviews,
      crn,
      to: { date, start },
      fieldworkStart,
      practitionerOf: (c) => practitioners[c] ?? c,
      inspectors: ['lee@x', 'ivy@x'],
      calendar,
    });

  it('keeps the inspector when free, or gives the interview to another with room that day', () => {
    expect(move('A1', '2027-05-26', '09:30')).toMatchObject({
      ok: true,
      moved: { crn: 'A1', inspector: 'lee@x', date: '2027-05-26', start: '09:30' },
    });
    // Lee has two cases on Tuesday already: Ivy takes it.
    expect(move('A1', '2027-05-25', '14:30')).toMatchObject({ ok: true, moved: { inspector: 'ivy@x' } });
  });

  it('refuses the briefing, a day outside week one, a practitioner’s clash, and a full day, saying why', () => {
    expect(move('A2', '2027-05-24', '09:30')).toMatchObject({
      ok: false,
      why: 'interviews on Monday 24 May 2027 start at 11:30am, 12:30pm, 1:30pm, 2:30pm, 3:30pm',
    });
    expect(move('A2', '2027-05-31', '10:30')).toMatchObject({
      ok: false,
      why: 'Monday 31 May 2027 is not in fieldwork week one (Monday 24 May 2027 to Friday 28 May 2027)',
    });
    // A4's practitioner is A1's: not at 11:30 on Monday.
    expect(move('A4', '2027-05-24', '11:30')).toMatchObject({
      ok: false,
      why: 'the practitioner already has an interview at 11:30am on Monday 24 May 2027',
    });
    const leeAlone = moveInterview({
      interviews,
      crn: 'A1',
      to: { date: '2027-05-25', start: '14:30' },
      fieldworkStart,
      practitionerOf: (c) => practitioners[c] ?? c,
      inspectors: ['lee@x'],
      calendar,
    });
    expect(leeAlone).toMatchObject({
      ok: false,
      why: 'no inspector is free at 2:30pm on Tuesday 25 May 2027 with fewer than 2 cases that day',
    });
  });
});
