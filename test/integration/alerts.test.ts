import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../functions/app/alerts/raiseAlert.js';
import { resumeAlertDrivers } from '../../functions/app/alerts/resumeAlertDrivers.js';
import { ForbiddenError, RequestError } from '../../functions/app/errors.js';
import { recordCompletion } from '../../functions/app/inspections/recordCompletion.js';
import { reschedule } from '../../functions/app/inspections/reschedule.js';
import { waiveMilestone } from '../../functions/app/inspections/waiveMilestone.js';
import { listAlerts } from '../../functions/app/queries/alerts.js';
import type { Principal } from '../../functions/domain/access.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import type { AlertRecord, InspectionState } from '../../functions/ports/records.js';
import {
  PEOPLE,
  recipients,
  regionUser,
  runToEnd,
  runUntil,
  sentNotices,
  SIGNED_IN,
  start,
  useEmulators,
} from './harness.js';

const env = useEmulators();

const CHIEF = 'chief.inspector@inspections.example';

function individual(inspectionId: string, overrides: Record<string, unknown> = {}) {
  return {
    inspectionId,
    type: 'individual',
    category: 'risk-of-harm-to-others',
    caseReference: 'CASE-0042',
    whatMightHappen: 'Contact with a named child could resume without any safeguarding check',
    howSerious: 'Serious harm is possible',
    howImminent: 'Within days',
    actionRequested: 'Review the risk management plan and make a safeguarding referral',
    ...overrides,
  };
}

const organisational = (inspectionId: string) => ({
  inspectionId,
  type: 'organisational',
  category: 'organisational-practice',
  whatMightHappen: 'Domestic abuse checks are not made across the region',
  howSerious: 'Serious harm to partners and children is possible',
  howImminent: 'Now: cases are being allocated without checks',
  actionRequested: 'Make the checks on every new case and audit the cases allocated since January',
});

/** Who acts: the lead, or the SPOC as a user of the alert's region. */
const lead = SIGNED_IN.lead;
const region = 'region';
/** The RPD, answering for the region. */
const rpd = (alert: AlertRecord): Principal => ({ ...regionUser(alert.inspectionId), ...PEOPLE.rpd });

function act(
  stack: LocalStack,
  action: string,
  alert: AlertRecord,
  who: Principal | typeof region,
  fields: Record<string, string> = {},
) {
  const principal = who === region ? regionUser(alert.inspectionId) : who;
  return stack.run(() => actOnAlert(stack.deps, principal, { ...fields, alertId: alert.ref, action }));
}

/** The inspector raises an alert (in fieldwork); the lead's is confirmed at once. */
function raise(stack: LocalStack, input: Record<string, unknown>, who: Principal = SIGNED_IN.inspector) {
  return stack.run(() => raiseAlert(stack.deps, who, input));
}

async function alertNotices(stack: LocalStack, alert: AlertRecord) {
  return (await sentNotices(stack, alert.inspectionId)).filter((notice) => notice.alertId === alert.id);
}

const stored = async (stack: LocalStack, alert: AlertRecord) =>
  (await stack.deps.alerts.getAlert(alert.inspectionId, alert.id)) as AlertRecord;

describe('an individual alert answered in time', () => {
  it('goes raised → confirmed → notified → acknowledged → evidence → assured, with no escalation', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    // Tuesday 5 January 2027, 14:00 UK time (GMT): an inspector raises it; the lead confirms at 14:30.
    await runUntil(stack, '2027-01-05T14:00:00Z');
    const raised = await raise(stack, individual(inspection.id));
    expect(raised).toMatchObject({ status: 'raised', ref: `DIPP-${inspection.id.toUpperCase()}-A1` });
    await runUntil(stack, '2027-01-05T14:30:00Z');
    await act(stack, 'confirm', raised, lead);
    await runUntil(stack, '2027-01-05T14:31:00Z');
    const notified = await stored(stack, raised);
    expect(notified).toMatchObject({
      status: 'region-notified',
      notifiedAt: '2027-01-05T14:30:00.000Z',
      acknowledgeBy: '2027-01-06T14:30:00.000Z',
      evidenceBy: '2027-01-07T14:30:00.000Z',
    });
    // The region acknowledges on Wednesday morning and sends evidence on Thursday morning.
    await runUntil(stack, '2027-01-06T10:00:00Z');
    await act(stack, 'acknowledge', raised, region);
    await runUntil(stack, '2027-01-07T11:00:00Z');
    await act(stack, 'submit-evidence', raised, region, { summary: 'Plan reviewed; referral made (see case record)' });
    await runUntil(stack, '2027-01-07T15:00:00Z');
    await act(stack, 'assure', raised, lead, { note: 'Plan and referral seen in the case record' });
    await runToEnd(stack);

    const final = await stored(stack, raised);
    expect(final.status).toBe('assured');
    expect(final.escalations).toEqual([]);
    const notices = await alertNotices(stack, raised);
    expect(notices.map((n) => [n.kind, n.sentAt])).toEqual([
      ['alert-to-confirm', '2027-01-05T14:00:00.000Z'],
      ['alert-raised', '2027-01-05T14:30:00.000Z'],
      ['alert-reminder', '2027-01-06T09:00:00.000Z'],
      ['alert-reminder', '2027-01-07T09:00:00.000Z'],
      ['alert-evidence-submitted', '2027-01-07T11:00:00.000Z'],
      ['alert-closed', '2027-01-07T15:00:00.000Z'],
    ]);
    // The region is told, the lead copied; the lead alone is asked to confirm and to assure.
    const raisedNotice = notices.find((n) => n.kind === 'alert-raised');
    expect(recipients(raisedNotice?.email)).toEqual({
      to: ['rpd@officials.example', 'spoc@officials.example'],
      cc: ['lead@officials.example'],
    });
    expect(recipients(notices[0]?.email).to).toEqual(['lead@officials.example']);
    // No case details in any email: the case reference and what the inspector wrote stay in the system.
    for (const notice of notices) {
      const text = `${notice.email?.subject ?? ''}\n${notice.email?.body.text ?? ''}\n${notice.email?.body.html ?? ''}`;
      expect(text).toContain(raised.ref);
      expect(text).not.toContain('CASE-0042');
      expect(text).not.toContain('named child');
      expect(text).not.toContain('safeguarding referral');
    }
    expect(stack.alertEngine.active).toBe(0);
  }, 90_000);
});

describe('an alert nobody answers', () => {
  it('reminds, escalates to the Head of Programme at the deadline, then to the Chief Inspector a working day later', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    // Friday 8 January, 14:00: the lead raises it (confirmed at once). The weekend does not count.
    await runUntil(stack, '2027-01-08T14:00:00Z');
    const alert = await raise(stack, individual(inspection.id), lead);
    await runUntil(stack, '2027-01-12T15:00:00Z');

    const notices = await alertNotices(stack, alert);
    const at = (id: string) => notices.find((n) => n.id === `alert:${alert.id}:${id}`)?.sentAt;
    expect(at('raised')).toBe('2027-01-08T14:00:00.000Z');
    expect(at('acknowledgement-reminder')).toBe('2027-01-11T09:00:00.000Z');
    expect(at('acknowledgement-escalation-1')).toBe('2027-01-11T14:00:00.000Z');
    expect(at('acknowledgement-escalation-1:region')).toBe('2027-01-11T14:00:00.000Z');
    expect(at('acknowledgement-escalation-2')).toBe('2027-01-12T14:00:00.000Z');
    const first = notices.find((n) => n.id === `alert:${alert.id}:acknowledgement-escalation-1`);
    expect(recipients(first?.email)).toEqual({ to: ['head@officials.example'], cc: ['lead@officials.example'] });
    const second = notices.find((n) => n.id === `alert:${alert.id}:acknowledgement-escalation-2`);
    expect(recipients(second?.email)).toEqual({
      to: [CHIEF],
      cc: ['lead@officials.example', 'head@officials.example'],
    });
    expect(second?.email?.body.text).toContain('Chief Inspector');
    const record = await stored(stack, alert);
    expect(record.escalations.map((e) => [e.after, e.to, e.at])).toEqual([
      ['acknowledgement', 'headOfProgramme', '2027-01-11T14:00:00.000Z'],
      ['acknowledgement', 'chiefInspector', '2027-01-12T14:00:00.000Z'],
      ['evidence', 'headOfProgramme', '2027-01-12T14:00:00.000Z'],
    ]);
    // The alert is still waiting on the region: its driver is alive, until the lead withdraws it.
    expect(stack.alertEngine.active).toBe(1);
    const stoppedBefore = stack.alertEngine.counters.stopped;
    await act(stack, 'withdraw', alert, lead, { reason: 'The region has shown the person is in custody' });
    await runUntil(stack, '2027-01-12T15:01:00Z');
    // The waiting execution ended at once, not at its next deadline; the region heard it was closed.
    expect(stack.alertEngine.counters.stopped).toBe(stoppedBefore + 1);
    expect(stack.alertEngine.active).toBe(0);
    const closed = (await alertNotices(stack, alert)).find((n) => n.kind === 'alert-closed');
    expect(closed?.sentAt).toBe('2027-01-12T15:00:00.000Z');
    expect(closed?.email?.body.text).not.toContain('custody');
  });

  it('stops the chain when the acknowledgement comes late', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    await runUntil(stack, '2027-01-08T14:00:00Z');
    const alert = await raise(stack, individual(inspection.id), lead);
    // Escalated to the Head of Programme at 14:00 on Monday; acknowledged at 16:00; evidence on Tuesday at 10:00.
    await runUntil(stack, '2027-01-11T16:00:00Z');
    await act(stack, 'acknowledge', alert, rpd(alert));
    await runUntil(stack, '2027-01-12T10:00:00Z');
    await act(stack, 'submit-evidence', alert, rpd(alert), { summary: 'Referral made' });
    await runUntil(stack, '2027-01-14T12:00:00Z');

    const record = await stored(stack, alert);
    expect(record.escalations.map((e) => e.to)).toEqual(['headOfProgramme']);
    const kinds = (await alertNotices(stack, alert)).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'alert-escalated')).toHaveLength(1);
    expect(record.events.filter((e) => e.status === 'pending')).toEqual([]);
    expect(stack.alertEngine.active).toBe(0);
  });
});

describe('an alert waiting on the lead', () => {
  it('reminds the lead a working day later, then again with the Head of Programme copied, until confirmed', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    // Raised by an inspector on Thursday 7 January at 16:00; the lead confirms on Tuesday at 10:00.
    await runUntil(stack, '2027-01-07T16:00:00Z');
    const alert = await raise(stack, individual(inspection.id));
    await runUntil(stack, '2027-01-12T10:00:00Z');
    await act(stack, 'confirm', alert, lead);
    await runUntil(stack, '2027-01-12T10:01:00Z');

    const notices = await alertNotices(stack, alert);
    // Asked once, then reminded in a reminder's own words (not as a new alert to confirm).
    const toLead = notices.filter((n) => n.kind === 'alert-to-confirm' || n.kind === 'alert-confirm-reminder');
    expect(toLead.map((n) => [n.kind, n.sentAt])).toEqual([
      ['alert-to-confirm', '2027-01-07T16:00:00.000Z'],
      ['alert-confirm-reminder', '2027-01-08T16:00:00.000Z'],
      ['alert-confirm-reminder', '2027-01-11T16:00:00.000Z'],
    ]);
    expect(recipients(toLead[2]?.email)).toEqual({ to: ['lead@officials.example'], cc: ['head@officials.example'] });
    // Confirmed: the region is told at once, and the lead's reminders are over.
    expect(notices.at(-1)).toMatchObject({ kind: 'alert-raised', sentAt: '2027-01-12T10:00:00.000Z' });
    const record = await stored(stack, alert);
    expect(record.events.filter((e) => e.after === 'confirmation').map((e) => e.status)).toEqual(['done', 'done']);
  });
});

describe('a lost alert driver', () => {
  it('is replaced from the stored alert: what fell due meanwhile goes late, nothing goes twice', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    await runUntil(stack, '2027-01-08T14:00:00Z');
    const alert = await raise(stack, individual(inspection.id), lead);
    await runUntil(stack, '2027-01-11T10:00:00Z');
    // The execution dies after the Monday reminder; nobody notices until Tuesday 12:00.
    await stack.alertEngine.stop((await stored(stack, alert)).driver);
    await runUntil(stack, '2027-01-12T12:00:00Z');
    expect((await alertNotices(stack, alert)).map((n) => n.kind)).toEqual(['alert-raised', 'alert-reminder']);
    const resumed = await stack.run(() => resumeAlertDrivers(stack.deps));
    expect(resumed).toEqual([alert.id]);
    await runUntil(stack, '2027-01-12T12:01:00Z');

    const notices = await alertNotices(stack, alert);
    const ids = notices.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Monday's escalation went at once on resuming; Tuesday's evidence reminder was due at 09:00 and went too.
    expect(notices.filter((n) => n.sentAt === '2027-01-12T12:00:00.000Z').map((n) => n.id.split(':').pop())).toEqual(
      expect.arrayContaining(['acknowledgement-escalation-1', 'evidence-reminder']),
    );
    expect((await stored(stack, alert)).escalations.map((e) => e.to)).toEqual(['headOfProgramme']);
  });
});

describe('an organisational alert', () => {
  it('holds publication until it is assured and marked as described in the report', async () => {
    const stack = await env.stack('2027-01-18T08:00:00Z');
    const created = await start(stack, 'North East', '2027-03-01');
    const id = created.inspection.id;
    const publication = created.milestones.find((m) => m.id === 'publication')?.dueDate as string;
    // Raised by the lead in fieldwork week one; answered in time; never assured before publication.
    await runUntil(stack, '2027-03-02T10:00:00Z');
    const alert = await raise(stack, organisational(id), lead);
    await runUntil(stack, '2027-03-02T12:00:00Z');
    await act(stack, 'acknowledge', alert, region);
    await act(stack, 'submit-evidence', alert, region, { summary: 'Checks now made on every case' });
    await runUntil(stack, `${publication}T12:00:00Z`);

    let state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    let milestone = state.milestones.find((m) => m.id === 'publication');
    expect(milestone?.status).toBe('pending');
    expect(milestone?.blockedReason).toContain(`organisational alert ${alert.ref} is not assured`);
    let notices = await sentNotices(stack, id);
    expect(notices.filter((n) => n.kind === 'publication')).toEqual([]);
    // The lead and ISA were told five working days ahead.
    const warning = notices.find((n) => n.kind === 'publication-blocked');
    expect(recipients(warning?.email).to).toEqual(['lead@officials.example', 'isa@officials.example']);
    expect(warning?.email?.body.text).toContain(alert.ref);
    // The organisational alert went to the top of the inspectorate as well as the region.
    expect(recipients(notices.find((n) => n.kind === 'alert-raised')?.email).cc).toEqual([
      'lead@officials.example',
      'head@officials.example',
      CHIEF,
    ]);
    // Nobody can record publication by hand either, nor waive it.
    await expect(
      stack.run(() => recordCompletion(stack.deps, SIGNED_IN.isa, { inspectionId: id, milestoneId: 'publication' })),
    ).rejects.toThrow(RequestError);
    await expect(
      stack.run(() =>
        waiveMilestone(stack.deps, SIGNED_IN.isa, {
          inspectionId: id,
          milestoneId: 'publication',
          reason: 'no report',
        }),
      ),
    ).rejects.toThrow(/cannot be recorded yet/);

    // Assured: still held, now only for the report.
    await act(stack, 'assure', alert, lead, { note: 'Checks seen on a sample of new cases' });
    state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    milestone = state.milestones.find((m) => m.id === 'publication');
    expect(milestone?.blockedReason).toContain('not marked as described in the report');
    expect(milestone?.blockedReason).not.toContain('not assured');

    // Marked as described in the report: publication may be recorded, and its notice goes at once.
    await runUntil(stack, `${publication}T15:00:00Z`);
    const marked = await act(stack, 'mark-in-report', alert, lead);
    // Marking it again (the deputy, a retried request) changes nothing, nor who marked it.
    const again = await act(stack, 'mark-in-report', alert, SIGNED_IN.deputyLead);
    expect(again.describedInReport).toEqual(marked.describedInReport);
    expect((await stored(stack, alert)).version).toBe(marked.version);
    await stack.run(() =>
      recordCompletion(stack.deps, SIGNED_IN.isa, { inspectionId: id, milestoneId: 'publication' }),
    );
    await runToEnd(stack);
    state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    milestone = state.milestones.find((m) => m.id === 'publication');
    notices = await sentNotices(stack, id);
    const published = notices.filter((n) => n.kind === 'publication');
    expect(published).toHaveLength(1);
    expect(published[0]?.sentAt).toBe(`${publication}T15:00:00.000Z`);
    expect(milestone).toMatchObject({ status: 'met' });
    expect(milestone?.blockedReason).toBeUndefined();
  });
});

describe('an individual alert still open at report time', () => {
  it('is listed for the lead in the draft-report reminders, and does not hold publication', async () => {
    const stack = await env.stack('2027-01-18T08:00:00Z');
    const created = await start(stack, 'North East', '2027-03-01');
    const id = created.inspection.id;
    await runUntil(stack, '2027-03-02T10:00:00Z');
    const alert = await raise(stack, individual(id), lead);
    await act(stack, 'withdraw', alert, lead, { reason: 'Raised in error' });
    const open = await raise(stack, individual(id, { caseReference: 'CASE-0077' }));
    await runToEnd(stack);
    // Publication is not held: it may be recorded, and its notice goes.
    await stack.run(() =>
      recordCompletion(stack.deps, SIGNED_IN.isa, { inspectionId: id, milestoneId: 'publication' }),
    );
    await runToEnd(stack);

    const notices = await sentNotices(stack, id);
    const reminders = notices.filter((n) => n.kind === 'draft-report-reminder');
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      expect(reminder.email?.body.text).toContain(open.ref);
      expect(reminder.email?.body.text).not.toContain(alert.ref);
      expect(reminder.email?.body.text).not.toContain('CASE-0077');
    }
    expect(notices.filter((n) => n.kind === 'publication')).toHaveLength(1);
    expect(notices.filter((n) => n.kind === 'publication-blocked')).toEqual([]);
  });
});

describe('a held publication whose date moves', () => {
  it('is cancelled with its old date: the report is published once, on the new date', async () => {
    const stack = await env.stack('2027-01-18T08:00:00Z');
    const created = await start(stack, 'North East', '2027-03-01');
    const id = created.inspection.id;
    const publication = created.milestones.find((m) => m.id === 'publication')?.dueDate as string;
    await runUntil(stack, '2027-03-02T10:00:00Z');
    const alert = await raise(stack, organisational(id), lead);
    await runUntil(stack, `${publication}T12:00:00Z`);
    expect((await sentNotices(stack, id)).filter((n) => n.kind === 'publication')).toEqual([]);

    // Held; the administrator moves publication two weeks on; the lead then closes the alert.
    const later = new Date(Date.parse(`${publication}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    await stack.run(() =>
      reschedule(stack.deps, SIGNED_IN.isa, {
        inspectionId: id,
        milestoneDates: { publication: later },
        confirmWarnings: true,
      }),
    );
    await runUntil(stack, `${publication}T15:00:00Z`);
    await act(stack, 'withdraw', alert, lead, { reason: 'The region showed the risk was already managed' });
    // Published on the new date: recorded at 10:00 BST, its notice goes at once.
    await runUntil(stack, `${later}T09:00:00Z`);
    await stack.run(() =>
      recordCompletion(stack.deps, SIGNED_IN.isa, { inspectionId: id, milestoneId: 'publication' }),
    );
    await runToEnd(stack);

    const published = (await sentNotices(stack, id)).filter((n) => n.kind === 'publication');
    expect(published.map((n) => n.sentAt)).toEqual([new Date(`${later}T09:00:00Z`).toISOString()]);
    const state = (await stack.deps.timeline.loadTimeline(id)) as InspectionState;
    expect(state.events.filter((e) => e.status === 'held')).toEqual([]);
    expect(state.milestones.find((m) => m.id === 'publication')).toMatchObject({ status: 'met', dueDate: later });
  });
});

describe('refusals', () => {
  it('refuses a second open alert for the same case and category, pointing to the open one', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    const first = await raise(stack, individual(inspection.id));
    const error = await raise(stack, individual(inspection.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).errors).toMatchObject([
      {
        field: 'caseReference',
        value: 'CASE-0042',
        message: `already has an open risk-of-harm-to-others alert: ${first.id}`,
      },
    ]);
    // Another category for the same case is a different alert.
    const other = await raise(stack, individual(inspection.id, { category: 'risk-to-person-on-probation' }));
    expect(other.id).not.toBe(first.id);
    // Once the first is withdrawn, the case may be alerted again.
    await act(stack, 'withdraw', first, lead, { reason: 'Raised against the wrong case reference' });
    const again = await raise(stack, individual(inspection.id));
    expect(again.status).toBe('raised');
    expect(
      (await stack.run(() => listAlerts(stack.deps, SIGNED_IN.lead, { inspectionId: inspection.id, open: true })))
        .map((a) => a.id)
        .sort(),
    ).toEqual([other.id, again.id].sort());
  });

  it('refuses illegal transitions, the wrong people and bad input, field by field, writing nothing', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    // Fieldwork from Monday 4 January 2027: alerts come from fieldwork.
    const { inspection } = await start(stack, 'North East', '2027-01-04');
    const alert = await raise(stack, individual(inspection.id));
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => {
          throw new Error('expected a refusal');
        },
        (error: unknown) => {
          expect(error).toBeInstanceOf(RequestError);
          return (error as RequestError).errors;
        },
      );
    expect(await refusal(act(stack, 'assure', alert, lead, { note: 'Seen' }))).toMatchObject([
      {
        field: 'action',
        value: 'assure',
        message: 'cannot assure an alert that is raised; allowed now: confirm, withdraw',
      },
    ]);
    // Who may act comes from the sign-in: a lead of another inspection, and the region (which does
    // not see an alert before it is told of it), are refused as people who may not, not by name.
    const otherLead: Principal = { role: 'lead', name: 'Someone Else', email: 'someone.else@officials.example' };
    await expect(act(stack, 'confirm', alert, otherLead)).rejects.toThrow(ForbiddenError);
    await expect(act(stack, 'confirm', alert, region)).rejects.toThrow(ForbiddenError);
    expect(await refusal(act(stack, 'withdraw', alert, lead))).toEqual([expect.objectContaining({ field: 'reason' })]);
    const bad = await refusal(
      stack.run(() =>
        raiseAlert(stack.deps, SIGNED_IN.inspector, {
          ...individual(inspection.id),
          type: 'urgent',
          caseReference: 'John Smith',
          howSerious: '',
        }),
      ),
    );
    expect(bad.map((e) => e.field).sort()).toEqual(['caseReference', 'howSerious', 'type']);
    expect((await stored(stack, alert)).status).toBe('raised');
    const trail = (await stack.deps.timeline.auditTrail(inspection.id)).filter(
      (entry) => entry.subject === `alert ${alert.id}`,
    );
    const bookkeeping = ['alert notice sent', "alert waits for the lead's confirmation"];
    expect(trail.map((entry) => entry.action).filter((action) => !bookkeeping.includes(action))).toEqual([
      'alert raised',
    ]);
    expect((await stack.deps.alerts.listAlerts(inspection.id)).map((a) => a.id)).toEqual([alert.id]);
  });
});
