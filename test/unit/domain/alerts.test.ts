import { describe, expect, it } from 'vitest';
import {
  alertDeadlinesSchema,
  alertSchedule,
  allowedActions,
  isClosed,
  parseRaiseAlert,
  transition,
  type AlertAction,
  type AlertActor,
  type AlertStatus,
} from '../../../functions/domain/alerts.js';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';

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

  it('refuses an illegal transition, saying what is allowed now', () => {
    expect(transition('acknowledged', 'assure', 'lead')).toEqual({
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
