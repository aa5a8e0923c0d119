import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALERT_STATUSES,
  actionsOpenTo,
  allowedActions,
  beforeFieldwork,
  isClosed,
  transition,
  whoseTurn,
  type AlertAction,
  type AlertStatus,
} from '../../functions/domain/alerts.js';
import { gateReason, publicationGate, type GateAlert } from '../../functions/domain/publicationGate.js';
import {
  alertEvents,
  alertSchedule,
  leadChase,
  moreEvidenceBy,
  stillOwed,
  ukTimeOf,
  type AlertSchedule,
} from '../../functions/domain/alertSchedule.js';
import { alertDeadlinesSchema, parseRaiseAlert } from '../../functions/domain/alertRequest.js';
import { type AlertActor } from '../../functions/domain/roles.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { addDays, asLocalDate, ukDateOf, ukInstant } from '../../functions/domain/localDate.js';

const calendar = englandAndWalesCalendar();
const defaults = alertDeadlinesSchema.parse({});

describe('alert states', () => {
  it('goes raised → confirmed → region notified → acknowledged → evidence submitted → assured', () => {
    const path: [AlertAction, AlertActor][] = [
      ['confirm', 'lead'],
      ['notify', 'system'],
      ['acknowledge', 'region'],
      ['submit-evidence', 'region'],
      ['assure', 'lead'],
    ];
    let status: AlertStatus = 'raised';
    for (const [action, actor] of path) {
      const result = transition(status, action, actor);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      status = result.value.to;
    }
    expect(status).toBe('assured');
    expect(isClosed(status)).toBe(true);
    expect(allowedActions(status)).toEqual([]);
  });

  it('offers each person only what they may do now: the region answers, the lead decides and marks the report', () => {
    const notified = { status: 'region-notified' as const, type: 'organisational' as const };

    expect(actionsOpenTo(notified, 'region')).toEqual(['acknowledge', 'submit-evidence']);
    expect(actionsOpenTo(notified, 'lead')).toEqual(['withdraw', 'mark-in-report']);
    expect(actionsOpenTo({ ...notified, describedInReport: { at: 'x', by: 'y' } }, 'lead')).toEqual(['withdraw']);
    expect(actionsOpenTo({ status: 'withdrawn', type: 'organisational' }, 'lead')).toEqual([]);
    expect(actionsOpenTo({ status: 'raised', type: 'individual' }, 'lead')).toEqual(['confirm', 'withdraw']);
    expect(actionsOpenTo({ status: 'raised', type: 'individual' }, 'region')).toEqual([]);
  });

  it('refuses an illegal transition, saying what is allowed now', () => {
    expect(transition('acknowledged', 'assure', 'lead')).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'action',
          value: 'assure',
          message: 'cannot assure an alert that is acknowledged; allowed now: submit-evidence, withdraw',
        },
      ],
    });
    expect(transition('assured', 'withdraw', 'lead')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('it is closed') }],
    });
  });

  it('lets only the lead inspector confirm, assure and withdraw, and only the region acknowledge', () => {
    expect(transition('raised', 'confirm', 'inspector')).toMatchObject({
      ok: false,
      errors: [{ message: 'only the lead inspector may confirm an alert' }],
    });
    expect(transition('region-notified', 'acknowledge', 'lead')).toMatchObject({ ok: false });
    expect(transition('evidence-submitted', 'assure', 'region')).toMatchObject({ ok: false });
  });

  it('takes evidence without a separate acknowledgement, and needs a reason to withdraw', () => {
    expect(transition('region-notified', 'submit-evidence', 'region')).toMatchObject({
      ok: true,
      value: { to: 'evidence-submitted' },
    });
    expect(transition('confirmed', 'withdraw', 'lead', '  ')).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: 'is needed to withdraw an alert' }],
    });
    expect(transition('confirmed', 'withdraw', 'lead', 'raised in error')).toMatchObject({
      ok: true,
      value: { to: 'withdrawn' },
    });
  });
});

describe('raising an alert', () => {
  const individual = {
    inspectionId: 'wales-2027-03-15',
    type: 'individual',
    category: 'risk-of-harm-to-others',
    caseReference: 'C-2027-0042',
    whatMightHappen: 'Contact with a named child may resume',
    howSerious: 'Serious harm is possible',
    howImminent: 'Within days',
    actionRequested: 'Review the risk management plan today',
    raisedBy: 'Ann Inspector',
  };

  it('accepts a complete individual alert with an opaque case reference', () => {
    expect(parseRaiseAlert(individual)).toMatchObject({
      ok: true,
      value: { type: 'individual', caseReference: 'C-2027-0042' },
    });
  });

  it('refuses names as case references and names every missing field at once', () => {
    const result = parseRaiseAlert({ ...individual, caseReference: 'John Smith', howSerious: '', category: 'bad' });
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual([
      'caseReference',
      'category',
      'howSerious',
    ]);
  });

  it('needs a case for an individual alert and none for an organisational one', () => {
    const { caseReference: _omitted, ...withoutCase } = individual;
    expect(parseRaiseAlert(withoutCase)).toMatchObject({
      ok: false,
      errors: [{ field: 'caseReference', message: 'is needed for an individual alert' }],
    });
    expect(
      parseRaiseAlert({ ...individual, type: 'organisational', category: 'organisational-practice' }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'caseReference' }],
    });
  });
});

describe('alert deadlines and escalations', () => {
  it('counts working days from the moment of notification, at once, whatever the hour', () => {
    // Notified Friday 19 March 2027 at 16:30 (GMT).
    const schedule = alertSchedule(calendar, new Date('2027-03-19T16:30:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-03-22T16:30:00.000Z'); // Monday
    expect(schedule.evidenceBy.toISOString()).toBe('2027-03-23T16:30:00.000Z'); // Tuesday
    expect(schedule.escalations.map((e) => [e.after, e.to, e.at.toISOString()])).toEqual([
      ['acknowledgement', 'headOfProgramme', '2027-03-22T16:30:00.000Z'],
      ['acknowledgement', 'chiefInspector', '2027-03-23T16:30:00.000Z'],
      ['evidence', 'headOfProgramme', '2027-03-23T16:30:00.000Z'],
      ['evidence', 'chiefInspector', '2027-03-24T16:30:00.000Z'],
    ]);
  });

  it('skips Good Friday and Easter Monday, keeping UK local time across the clock change', () => {
    // Notified Thursday 25 March 2027 at 10:00 GMT; clocks go forward on Sunday 28 March.
    const schedule = alertSchedule(calendar, new Date('2027-03-25T10:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-03-30T09:00:00.000Z'); // Tuesday 10:00 BST
    expect(schedule.evidenceBy.toISOString()).toBe('2027-03-31T09:00:00.000Z');
  });

  it('counts a weekend notification from Monday morning', () => {
    const schedule = alertSchedule(calendar, new Date('2027-03-20T11:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-03-23T09:00:00.000Z');
  });

  it('counts in hours for very imminent risk', () => {
    const deadlines = alertDeadlinesSchema.parse({ acknowledgeWithinHours: 4, evidenceWithinHours: 24 });
    const schedule = alertSchedule(calendar, new Date('2027-03-19T16:30:00Z'), deadlines);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-03-19T20:30:00.000Z');
    expect(schedule.evidenceBy.toISOString()).toBe('2027-03-20T16:30:00.000Z');
  });
});

/** A schedule's deadlines, reminders and escalations as ISO instants, in the schedule's own order. */
function steps(schedule: AlertSchedule) {
  return {
    acknowledgeBy: schedule.acknowledgeBy.toISOString(),
    evidenceBy: schedule.evidenceBy.toISOString(),
    reminders: schedule.reminders.map((r) => [r.after, r.at.toISOString()]),
    escalations: schedule.escalations.map((e) => [e.after, e.step, e.to, e.at.toISOString()]),
  };
}

describe('reminders and escalations around weekends, bank holidays and clock changes', () => {
  it('gives a Friday afternoon alert until Monday afternoon, reminding at 09:00 on each day something is due', () => {
    // Notified Friday 8 January 2027 at 14:00 (GMT, so 14:00Z).
    const schedule = alertSchedule(calendar, new Date('2027-01-08T14:00:00Z'), defaults);
    expect(steps(schedule)).toEqual({
      acknowledgeBy: '2027-01-11T14:00:00.000Z', // Monday 14:00
      evidenceBy: '2027-01-12T14:00:00.000Z', // Tuesday 14:00
      reminders: [
        ['acknowledgement', '2027-01-11T09:00:00.000Z'], // Monday 09:00
        ['evidence', '2027-01-12T09:00:00.000Z'], // Tuesday 09:00
      ],
      escalations: [
        ['acknowledgement', 1, 'headOfProgramme', '2027-01-11T14:00:00.000Z'], // at the deadline
        ['acknowledgement', 2, 'chiefInspector', '2027-01-12T14:00:00.000Z'], // a working day later
        ['evidence', 1, 'headOfProgramme', '2027-01-12T14:00:00.000Z'],
        ['evidence', 2, 'chiefInspector', '2027-01-13T14:00:00.000Z'], // Wednesday
      ],
    });
  });

  it('skips Christmas Day, the weekend and the Boxing Day substitute holiday', () => {
    // Notified Thursday 24 December 2026 at 16:00. Christmas is a Friday; Boxing Day falls on
    // Saturday, so Monday 28 December is the substitute bank holiday.
    const schedule = alertSchedule(calendar, new Date('2026-12-24T16:00:00Z'), defaults);
    expect(steps(schedule)).toEqual({
      acknowledgeBy: '2026-12-29T16:00:00.000Z', // Tuesday
      evidenceBy: '2026-12-30T16:00:00.000Z', // Wednesday
      reminders: [
        ['acknowledgement', '2026-12-29T09:00:00.000Z'],
        ['evidence', '2026-12-30T09:00:00.000Z'],
      ],
      escalations: [
        ['acknowledgement', 1, 'headOfProgramme', '2026-12-29T16:00:00.000Z'],
        ['acknowledgement', 2, 'chiefInspector', '2026-12-30T16:00:00.000Z'],
        ['evidence', 1, 'headOfProgramme', '2026-12-30T16:00:00.000Z'],
        ['evidence', 2, 'chiefInspector', '2026-12-31T16:00:00.000Z'], // Thursday
      ],
    });
  });

  it('escalates to the Chief Inspector after New Year’s Day, not on it', () => {
    // Notified Wednesday 30 December 2026 at 11:00: acknowledgement is due Thursday 31 December,
    // evidence on Monday 4 January 2027 (Friday 1 January is New Year's Day).
    const schedule = alertSchedule(calendar, new Date('2026-12-30T11:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2026-12-31T11:00:00.000Z');
    expect(schedule.evidenceBy.toISOString()).toBe('2027-01-04T11:00:00.000Z');
    expect(schedule.escalations.map((e) => e.at.toISOString())).toEqual([
      '2026-12-31T11:00:00.000Z',
      '2027-01-04T11:00:00.000Z', // a working day after Thursday: Monday
      '2027-01-04T11:00:00.000Z',
      '2027-01-05T11:00:00.000Z',
    ]);
  });

  it('keeps 10:00 UK time when the clocks go forward over the weekend', () => {
    // Notified Friday 27 March 2026 at 10:00 GMT; clocks go forward on Sunday 29 March.
    const schedule = alertSchedule(calendar, new Date('2026-03-27T10:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2026-03-30T09:00:00.000Z'); // Monday 10:00 BST
    expect(schedule.evidenceBy.toISOString()).toBe('2026-03-31T09:00:00.000Z'); // Tuesday 10:00 BST
    expect(ukTimeOf(schedule.acknowledgeBy)).toBe('10:00');
    // The morning reminder is 09:00 BST, which is 08:00Z.
    expect(schedule.reminders.map((r) => r.at.toISOString())).toEqual([
      '2026-03-30T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
    ]);
    expect(schedule.reminders.map((r) => ukTimeOf(r.at))).toEqual(['09:00', '09:00']);
  });

  it('keeps 10:00 UK time when the clocks go back over the weekend', () => {
    // Notified Friday 23 October 2026 at 10:00 BST (09:00Z); clocks go back on Sunday 25 October.
    const schedule = alertSchedule(calendar, new Date('2026-10-23T09:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2026-10-26T10:00:00.000Z'); // Monday 10:00 GMT
    expect(schedule.reminders[0]?.at.toISOString()).toBe('2026-10-26T09:00:00.000Z'); // Monday 09:00 GMT
    expect(schedule.escalations[1]?.at.toISOString()).toBe('2026-10-27T10:00:00.000Z'); // Tuesday 10:00 GMT
  });

  it('counts an alert notified on Good Friday from the Tuesday morning after Easter', () => {
    // Friday 26 March 2027 is Good Friday and Monday 29 March Easter Monday; BST from the 28th.
    const schedule = alertSchedule(calendar, new Date('2027-03-26T10:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-03-31T08:00:00.000Z'); // Wednesday 09:00 BST
    expect(schedule.evidenceBy.toISOString()).toBe('2027-04-01T08:00:00.000Z'); // Thursday 09:00 BST
    // 09:00 on the day due is the deadline itself, so the reminder falls halfway.
    expect(schedule.reminders[0]?.at.toISOString()).toBe('2027-03-28T21:00:00.000Z');
  });

  it('reminds halfway when 09:00 on the day due would be after the deadline', () => {
    // Notified Tuesday 12 January 2027 at 08:00: acknowledgement is due Wednesday 08:00, before 09:00.
    const schedule = alertSchedule(calendar, new Date('2027-01-12T08:00:00Z'), defaults);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-01-13T08:00:00.000Z');
    expect(schedule.evidenceBy.toISOString()).toBe('2027-01-14T08:00:00.000Z');
    expect(schedule.reminders.map((r) => [r.after, r.at.toISOString()])).toEqual([
      ['acknowledgement', '2027-01-12T20:00:00.000Z'], // halfway: Tuesday 20:00
      ['evidence', '2027-01-13T08:00:00.000Z'], // halfway: Wednesday 08:00
    ]);
  });

  it('reminds halfway through a 4-hour deadline and escalates to the Chief Inspector a working day later', () => {
    const deadlines = alertDeadlinesSchema.parse({ acknowledgeWithinHours: 4 });
    // Notified Tuesday 12 January 2027 at 13:00: 09:00 that day has already gone.
    const schedule = alertSchedule(calendar, new Date('2027-01-12T13:00:00Z'), deadlines);
    expect(steps(schedule)).toEqual({
      acknowledgeBy: '2027-01-12T17:00:00.000Z', // +4 hours
      evidenceBy: '2027-01-14T13:00:00.000Z', // still 2 working days
      reminders: [
        ['acknowledgement', '2027-01-12T15:00:00.000Z'], // halfway
        ['evidence', '2027-01-14T09:00:00.000Z'], // Thursday morning
      ],
      escalations: [
        ['acknowledgement', 1, 'headOfProgramme', '2027-01-12T17:00:00.000Z'],
        ['acknowledgement', 2, 'chiefInspector', '2027-01-13T17:00:00.000Z'],
        ['evidence', 1, 'headOfProgramme', '2027-01-14T13:00:00.000Z'],
        ['evidence', 2, 'chiefInspector', '2027-01-15T13:00:00.000Z'],
      ],
    });
  });

  it('reminds at 09:00 when an hours deadline notified early in the morning runs past it', () => {
    const deadlines = alertDeadlinesSchema.parse({ acknowledgeWithinHours: 4 });
    // Notified Tuesday 12 January 2027 at 07:00: due 11:00, and 09:00 falls in between.
    const schedule = alertSchedule(calendar, new Date('2027-01-12T07:00:00Z'), deadlines);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-01-12T11:00:00.000Z');
    expect(schedule.reminders[0]?.at.toISOString()).toBe('2027-01-12T09:00:00.000Z');
  });

  it('escalates a Friday evening hours deadline to the Chief Inspector on Monday, skipping the weekend', () => {
    const deadlines = alertDeadlinesSchema.parse({ acknowledgeWithinHours: 4 });
    // Notified Friday 8 January 2027 at 16:00: acknowledgement due 20:00 that evening.
    const schedule = alertSchedule(calendar, new Date('2027-01-08T16:00:00Z'), deadlines);
    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-01-08T20:00:00.000Z');
    expect(schedule.reminders[0]?.at.toISOString()).toBe('2027-01-08T18:00:00.000Z');
    expect(schedule.escalations[1]).toMatchObject({ step: 2, to: 'chiefInspector' });
    expect(schedule.escalations[1]?.at.toISOString()).toBe('2027-01-11T20:00:00.000Z'); // Monday
  });
});

describe('the timed steps of an alert', () => {
  const fridayAfternoon = alertSchedule(calendar, new Date('2027-01-08T14:00:00Z'), defaults);

  it('lists every reminder and escalation once, in time order, all still to do', () => {
    const events = alertEvents(fridayAfternoon);
    expect(events.map((e) => [e.id, e.at])).toEqual([
      ['acknowledgement-reminder', '2027-01-11T09:00:00.000Z'],
      ['acknowledgement-escalation-1', '2027-01-11T14:00:00.000Z'],
      ['evidence-reminder', '2027-01-12T09:00:00.000Z'],
      // Same instant: the Chief Inspector hears of the missing acknowledgement as evidence falls due.
      ['acknowledgement-escalation-2', '2027-01-12T14:00:00.000Z'],
      ['evidence-escalation-1', '2027-01-12T14:00:00.000Z'],
      ['evidence-escalation-2', '2027-01-13T14:00:00.000Z'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(6);
    expect(events.every((e) => e.status === 'pending')).toBe(true);
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('says who each escalation goes to and which deadline it follows', () => {
    expect(alertEvents(fridayAfternoon).find((e) => e.id === 'evidence-escalation-2')).toEqual({
      id: 'evidence-escalation-2',
      kind: 'escalation',
      after: 'evidence',
      step: 2,
      to: 'chiefInspector',
      at: '2027-01-13T14:00:00.000Z',
      status: 'pending',
    });
    expect(alertEvents(fridayAfternoon).find((e) => e.id === 'acknowledgement-reminder')).toEqual({
      id: 'acknowledgement-reminder',
      kind: 'reminder',
      after: 'acknowledgement',
      at: '2027-01-11T09:00:00.000Z',
      status: 'pending',
    });
  });

  it('keeps the same ids whenever the alert was notified, so a step can be found again', () => {
    const other = alertSchedule(
      calendar,
      new Date('2026-12-24T16:00:00Z'),
      alertDeadlinesSchema.parse({ acknowledgeWithinHours: 4 }),
    );
    const ids = (schedule: AlertSchedule) =>
      alertEvents(schedule)
        .map((e) => e.id)
        .sort();
    expect(ids(other)).toEqual(ids(fridayAfternoon));
    expect(alertEvents(fridayAfternoon)).toEqual(alertEvents(fridayAfternoon));
  });
});

describe('what the region still owes', () => {
  it('owes an acknowledgement only while the region has been notified and has not yet replied', () => {
    expect(ALERT_STATUSES.filter((status) => stillOwed(status, 'acknowledgement'))).toEqual(['region-notified']);
  });

  it('owes evidence once notified, acknowledged or not, until it submits some, and again when asked for more', () => {
    expect(ALERT_STATUSES.filter((status) => stillOwed(status, 'evidence'))).toEqual([
      'region-notified',
      'acknowledged',
      'more-evidence-requested',
    ]);
  });

  it('owes nothing once the alert is assured or withdrawn', () => {
    for (const status of ['assured', 'withdrawn'] as const) {
      expect(stillOwed(status, 'acknowledgement')).toBe(false);
      expect(stillOwed(status, 'evidence')).toBe(false);
    }
  });
});

describe('holding publication for alerts', () => {
  const organisational = (ref: string, status: AlertStatus, describedInReport: boolean): GateAlert => ({
    ref,
    type: 'organisational',
    status,
    describedInReport,
  });
  const individual = (ref: string, status: AlertStatus): GateAlert => ({
    ref,
    type: 'individual',
    status,
    describedInReport: false,
  });

  it('lets a report with no alerts be published', () => {
    const gate = publicationGate([]);
    expect(gate).toEqual({ open: true, blocking: [], openIndividual: [] });
    expect(gateReason(gate)).toBe('');
  });

  it('holds publication for an organisational alert not yet assured', () => {
    const gate = publicationGate([organisational('ORG-1', 'evidence-submitted', true)]);
    expect(gate.open).toBe(false);
    expect(gate.blocking).toEqual([
      { ref: 'ORG-1', status: 'evidence-submitted', notAssured: true, notInReport: false },
    ]);
    expect(gateReason(gate)).toBe('organisational alert ORG-1 is not assured (evidence-submitted)');
  });

  it('holds publication for an assured organisational alert the report does not yet describe', () => {
    const gate = publicationGate([organisational('ORG-1', 'assured', false)]);
    expect(gate.open).toBe(false);
    expect(gate.blocking).toEqual([{ ref: 'ORG-1', status: 'assured', notAssured: false, notInReport: true }]);
    expect(gateReason(gate)).toBe('organisational alert ORG-1 is not marked as described in the report');
  });

  it('opens once every organisational alert is assured and described, or withdrawn', () => {
    const gate = publicationGate([
      organisational('ORG-1', 'assured', true),
      organisational('ORG-2', 'withdrawn', false),
      organisational('ORG-3', 'withdrawn', true),
    ]);
    expect(gate).toEqual({ open: true, blocking: [], openIndividual: [] });
  });

  it('never holds publication for individual alerts, but lists those still open for the lead', () => {
    const gate = publicationGate([
      individual('C-0001', 'region-notified'),
      individual('C-0002', 'assured'),
      individual('C-0003', 'withdrawn'),
      individual('C-0004', 'raised'),
    ]);
    expect(gate.open).toBe(true);
    expect(gate.blocking).toEqual([]);
    expect(gate.openIndividual).toEqual([
      { ref: 'C-0001', status: 'region-notified' },
      { ref: 'C-0004', status: 'raised' },
    ]);
  });

  it('names every organisational alert holding publication and each of its problems', () => {
    const gate = publicationGate([
      organisational('ORG-1', 'acknowledged', false),
      organisational('ORG-2', 'assured', true),
      organisational('ORG-3', 'assured', false),
      individual('C-0001', 'confirmed'),
    ]);
    expect(gate.open).toBe(false);
    expect(gate.blocking.map((alert) => alert.ref)).toEqual(['ORG-1', 'ORG-3']);
    expect(gate.openIndividual).toEqual([{ ref: 'C-0001', status: 'confirmed' }]);
    expect(gateReason(gate)).toBe(
      'organisational alert ORG-1 is not assured (acknowledged) and not marked as described in the report; ' +
        'organisational alert ORG-3 is not marked as described in the report',
    );
  });
});

describe('UK time of an instant', () => {
  it('writes GMT and BST times as the clock on the wall shows them, on a 24-hour clock', () => {
    expect(ukTimeOf(new Date('2027-01-11T14:05:00Z'))).toBe('14:05');
    expect(ukTimeOf(new Date('2027-07-12T13:05:00Z'))).toBe('14:05');
    expect(ukTimeOf(new Date('2027-07-12T23:30:00Z'))).toBe('00:30');
    expect(ukTimeOf(new Date('2027-01-12T00:00:00Z'))).toBe('00:00');
  });
});

describe('alert schedules for any working-day notification in 2027', () => {
  const RUNS = { numRuns: 300, seed: Date.now() ^ Math.floor(Math.random() * 0x100000000) };
  const workingDays2027 = Array.from({ length: 365 }, (_, day) => addDays(asLocalDate('2027-01-01'), day)).filter(
    (date) => calendar.isWorkingDay(date),
  );
  const notifiedAt = fc
    .record({
      date: fc.constantFrom(...workingDays2027),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(
      ({ date, hour, minute }) =>
        new Date(ukInstant(date, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)),
    );

  it('reminds before each deadline, keeps the order of deadlines and escalations, and falls due on working days', () => {
    fc.assert(
      fc.property(notifiedAt, (at) => {
        const schedule = alertSchedule(calendar, at, defaults);
        const due = { acknowledgement: schedule.acknowledgeBy, evidence: schedule.evidenceBy };
        expect(schedule.acknowledgeBy.getTime()).toBeLessThanOrEqual(schedule.evidenceBy.getTime());
        for (const reminder of schedule.reminders) {
          expect(reminder.at.getTime()).toBeGreaterThan(at.getTime());
          expect(reminder.at.getTime()).toBeLessThan(due[reminder.after].getTime());
        }
        for (const after of ['acknowledgement', 'evidence'] as const) {
          const [first, second] = schedule.escalations.filter((e) => e.after === after);
          expect(first?.at.getTime()).toBe(due[after].getTime());
          expect(second?.at.getTime()).toBeGreaterThan(first?.at.getTime() ?? Infinity);
          expect(calendar.isWorkingDay(ukDateOf(second?.at ?? new Date(Number.NaN)))).toBe(true);
          expect(calendar.isWorkingDay(ukDateOf(due[after]))).toBe(true);
          // Counted from the moment of notification: the same UK clock time, whatever the season.
          expect(ukTimeOf(due[after])).toBe(ukTimeOf(at));
        }
      }),
      RUNS,
    );
  });
});

describe('alert deadlines to the second', () => {
  it('keeps the seconds of the notification, so a deadline is never earlier than promised', () => {
    const schedule = alertSchedule(calendar, new Date('2027-01-08T14:00:45.500Z'), defaults);

    expect(schedule.acknowledgeBy.toISOString()).toBe('2027-01-11T14:00:45.500Z');
    expect(schedule.evidenceBy.toISOString()).toBe('2027-01-12T14:00:45.500Z');
  });

  it('refuses deadlines that ask for evidence before the acknowledgement', () => {
    const result = alertDeadlinesSchema.safeParse({ acknowledgeWithinWorkingDays: 5, evidenceWithinWorkingDays: 2 });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['evidenceWithinWorkingDays', 'must not come before the acknowledgement is due'],
    ]);
  });
});

describe('an alert waiting on the lead inspector', () => {
  it('reminds the lead one and two working days after it started waiting, across a weekend', () => {
    const events = leadChase(calendar, new Date('2027-01-07T16:00:00Z'), 'assurance');

    expect(events.map((e) => [e.id, e.at])).toEqual([
      ['assurance-reminder-1', '2027-01-08T16:00:00.000Z'],
      ['assurance-reminder-2', '2027-01-11T16:00:00.000Z'],
    ]);
  });

  it('owes confirmation only while raised, and assurance only while the evidence waits', () => {
    expect(ALERT_STATUSES.filter((status) => stillOwed(status, 'confirmation'))).toEqual(['raised']);
    expect(ALERT_STATUSES.filter((status) => stillOwed(status, 'assurance'))).toEqual(['evidence-submitted']);
  });
});

describe('the alert flow’s gaps (issue 18)', () => {
  it('colours each status by whose turn it is', () => {
    expect(Object.fromEntries(ALERT_STATUSES.map((status) => [status, whoseTurn(status)]))).toEqual({
      raised: 'lead',
      confirmed: 'system',
      'region-notified': 'region',
      acknowledged: 'region',
      'evidence-submitted': 'lead',
      'more-evidence-requested': 'region',
      assured: 'nobody',
      withdrawn: 'nobody',
    });
  });

  it('offers the lead more evidence or assurance once evidence is in, but nobody their own alert to confirm', () => {
    const alert = { status: 'raised' as const, type: 'individual' as const, raised: { byId: 'isa@officials.example' } };
    expect(actionsOpenTo({ ...alert, status: 'evidence-submitted' }, 'lead')).toEqual([
      'request-more-evidence',
      'assure',
      'withdraw',
    ]);
    expect(actionsOpenTo(alert, 'lead', 'ISA@officials.example')).toEqual(['withdraw']);
    expect(actionsOpenTo(alert, 'lead', 'lead@officials.example')).toEqual(['confirm', 'withdraw']);
  });

  it('lets only the lead raise an alert before fieldwork, with a reason', () => {
    expect(beforeFieldwork('2027-03-01', '2027-03-01', 'inspector', undefined)).toEqual({ ok: true, value: {} });
    expect(beforeFieldwork('2027-02-26', '2027-03-01', 'inspector', 'a reason')).toMatchObject({
      ok: false,
      errors: [{ field: 'inspectionId' }],
    });
    expect(beforeFieldwork('2027-02-26', '2027-03-01', 'lead', ' ')).toMatchObject({
      ok: false,
      errors: [{ field: 'beforeFieldworkReason' }],
    });
    expect(beforeFieldwork('2027-02-26', '2027-03-01', 'lead', ' Found while planning ')).toEqual({
      ok: true,
      value: { reason: 'Found while planning' },
    });
  });

  it('sets a new evidence deadline on a working day ahead, at 17:00 UK time', () => {
    const now = new Date('2027-03-02T14:00:00Z');
    expect(moreEvidenceBy(calendar, now, '2027-03-09')).toEqual({ ok: true, value: new Date('2027-03-09T17:00:00Z') });
    expect(moreEvidenceBy(calendar, now, '2027-04-01')).toMatchObject({ ok: true });
    expect(moreEvidenceBy(calendar, now, '2027-03-29')).toMatchObject({ ok: false, errors: [{ field: 'evidenceBy' }] });
    expect(moreEvidenceBy(calendar, now, '2027-05-03')).toMatchObject({ ok: false, errors: [{ field: 'evidenceBy' }] });
  });
});
