import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { alertWithInspection, listAlerts } from '../../../functions/app/queries/alerts.js';
import type { Principal } from '../../../functions/domain/access.js';
import type { AlertRecord } from '../../../functions/ports/records.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { individualAlert, planInspection, runAlert, storedAlert } from '../arrange.js';

/**
 * The alert flow's gaps (issue 18, section 5): assistant inspectors, alerts before fieldwork,
 * asking for more evidence, the assurance note, acting on behalf of the region, nobody confirming
 * their own alert, and each reminder in its own words.
 */

const NORTH_EAST = 'north-east-2027-03-01';
const region = regionUser('north-east');
const assistant: Principal = { role: 'assistantInspector', name: 'Asha Assistant', email: 'asha@officials.example' };
const otherAssistant: Principal = { role: 'assistantInspector', name: 'Ola Other', email: 'ola@officials.example' };

/** The North East's inspection with Asha on its team; the clock at `now`. */
async function planned(now = '2027-03-02T14:00:00Z') {
  const deps = memoryDeps();
  await planInspection(deps, {
    people: { ...PEOPLE, assistantInspectors: [{ name: assistant.name, email: assistant.email }] },
  });
  deps.clock.set(now);
  return deps;
}

const act = (deps: MemoryDeps, who: Principal, alert: Pick<AlertRecord, 'id'>, action: string, fields = {}) =>
  actOnAlert(deps, who, { ...fields, alertId: alert.id, action });

const kinds = (deps: MemoryDeps) => deps.notifier.sent.map((m) => m.headers['X-DIPP-Notice-Kind']);

/** An alert the assistant raised, confirmed by the lead, acknowledged and evidenced by the region. */
async function evidenced(deps: MemoryDeps) {
  const raised = await raiseAlert(deps, assistant, individualAlert(NORTH_EAST));
  await act(deps, SIGNED_IN.lead, raised, 'confirm');
  await runAlert(deps, raised);
  await act(deps, region, raised, 'acknowledge');
  await act(deps, region, raised, 'submit-evidence', { summary: 'Plan reviewed: see the case record' });
  await runAlert(deps, raised);
  return raised;
}

describe('an assistant inspector', () => {
  it('raises an alert in fieldwork for the lead to confirm, and sees their inspection’s alerts', async () => {
    const deps = await planned();

    const raised = await raiseAlert(deps, assistant, individualAlert(NORTH_EAST));
    await runAlert(deps, raised);

    expect(raised).toMatchObject({
      status: 'raised',
      raised: { by: 'Asha Assistant', byId: 'asha@officials.example' },
    });
    expect(kinds(deps)).toEqual(['alert-to-confirm']);
    expect((await alertWithInspection(deps, assistant, raised.id)).alert.id).toBe(raised.id);
    expect((await listAlerts(deps, assistant, { inspectionId: NORTH_EAST })).map((a) => a.id)).toEqual([raised.id]);
  });

  it('cannot confirm, assure or answer an alert, nor raise one in an inspection they are not on', async () => {
    const deps = await planned();
    const raised = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(NORTH_EAST));

    await expect(act(deps, assistant, raised, 'confirm')).rejects.toThrow(ForbiddenError);
    await expect(act(deps, assistant, raised, 'acknowledge')).rejects.toThrow(ForbiddenError);
    await expect(
      raiseAlert(deps, otherAssistant, individualAlert(NORTH_EAST, { caseReference: 'C-9999' })),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe('an alert before fieldwork (§6.7: alerts come from fieldwork)', () => {
  it('is refused to anyone but the lead, saying when fieldwork begins', async () => {
    const deps = await planned('2027-02-10T10:00:00Z');

    const refused = raiseAlert(deps, assistant, individualAlert(NORTH_EAST));

    await expect(refused).rejects.toThrow(RequestError);
    await expect(refused).rejects.toMatchObject({
      errors: [
        { field: 'inspectionId', message: expect.stringContaining('fieldwork, which begins on Monday 1 March 2027') },
      ],
    });
    expect(await deps.alerts.listAlerts(NORTH_EAST)).toEqual([]);
  });

  it('is refused to the lead without a reason, and recorded with the reason given', async () => {
    const deps = await planned('2027-02-10T10:00:00Z');

    await expect(raiseAlert(deps, SIGNED_IN.lead, individualAlert(NORTH_EAST))).rejects.toMatchObject({
      errors: [{ field: 'beforeFieldworkReason', message: expect.stringContaining('cannot wait') }],
    });
    const raised = await raiseAlert(deps, SIGNED_IN.lead, {
      ...individualAlert(NORTH_EAST),
      beforeFieldworkReason: 'Found in the case sample while planning: the risk cannot wait',
    });

    expect(raised).toMatchObject({
      status: 'confirmed',
      beforeFieldwork: { reason: 'Found in the case sample while planning: the risk cannot wait' },
    });
    // The reason is the inspectorate's own: the region's view of the alert leaves it out.
    await runAlert(deps, raised);
    expect((await alertWithInspection(deps, region, raised.id)).alert).not.toHaveProperty('beforeFieldwork');
  });
});

describe('nobody confirms their own alert', () => {
  it('refuses an administrator confirming the alert they raised, naming the lead', async () => {
    const deps = await planned();
    const raised = await raiseAlert(deps, SIGNED_IN.isa, individualAlert(NORTH_EAST));

    await expect(act(deps, SIGNED_IN.isa, raised, 'confirm')).rejects.toMatchObject({
      errors: [
        {
          field: 'action',
          message: 'cannot confirm an alert you raised: the lead inspector, Lee Inspector, confirms it',
        },
      ],
    });
    expect(await act(deps, SIGNED_IN.lead, raised, 'confirm')).toMatchObject({ status: 'confirmed' });
  });
});

describe('asking for more evidence', () => {
  it('sends the region back to work by a new deadline, with its own notice, reminder and escalations', async () => {
    const deps = await planned();
    const raised = await evidenced(deps);
    deps.notifier.sent.splice(0);

    const asked = await act(deps, SIGNED_IN.lead, raised, 'request-more-evidence', {
      note: 'The plan is not yet signed off by a manager: send the signed plan',
      evidenceBy: '2027-03-09',
    });
    await runAlert(deps, raised);

    expect(asked).toMatchObject({
      status: 'more-evidence-requested',
      evidenceBy: '2027-03-09T17:00:00.000Z',
      moreEvidence: [
        { by: 'Lee Inspector', note: 'The plan is not yet signed off by a manager: send the signed plan' },
      ],
    });
    expect(asked.events.filter((e) => e.status === 'pending').map((e) => e.id)).toEqual(
      expect.arrayContaining(['evidence-reminder:r2', 'evidence-escalation-1:r2', 'evidence-escalation-2:r2']),
    );
    expect(kinds(deps)).toEqual(['alert-more-evidence']);
    // The note stays in the system: the email names the alert and the date only.
    expect(deps.notifier.sent[0]?.text).not.toContain('signed plan');
  });

  it('refuses a deadline that is not a working day ahead, naming the field', async () => {
    const deps = await planned();
    const raised = await evidenced(deps);
    const ask = (evidenceBy: string) =>
      act(deps, SIGNED_IN.lead, raised, 'request-more-evidence', { note: 'Send the signed plan', evidenceBy });

    await expect(ask('2027-03-02')).rejects.toMatchObject({
      errors: [{ field: 'evidenceBy', message: 'must be after today (Tuesday 2 March 2027)' }],
    });
    await expect(ask('2027-03-06')).rejects.toMatchObject({
      errors: [{ field: 'evidenceBy', message: expect.stringContaining('a Saturday') }],
    });
    await expect(ask('soon')).rejects.toMatchObject({ errors: [{ field: 'evidenceBy' }] });
  });

  it('takes the second submission as a new round for the lead to review, keeping the first', async () => {
    const deps = await planned();
    const raised = await evidenced(deps);
    await act(deps, SIGNED_IN.lead, raised, 'request-more-evidence', {
      note: 'Send the signed plan',
      evidenceBy: '2027-03-09',
    });
    await runAlert(deps, raised);
    deps.notifier.sent.splice(0);

    const again = await act(deps, region, raised, 'submit-evidence', {
      summary: 'Signed plan uploaded to the case record',
    });
    await runAlert(deps, raised);

    expect(again).toMatchObject({
      status: 'evidence-submitted',
      evidence: { summary: 'Signed plan uploaded to the case record' },
      earlierEvidence: [{ summary: 'Plan reviewed: see the case record' }],
    });
    expect(kinds(deps)).toEqual(['alert-evidence-submitted']);
    expect((await storedAlert(deps, raised)).sent).toContain(`alert:${raised.id}:evidence:r2`);
  });
});

describe('assurance', () => {
  it('needs a note of what assured the lead, kept with the alert', async () => {
    const deps = await planned();
    const raised = await evidenced(deps);

    await expect(act(deps, SIGNED_IN.lead, raised, 'assure')).rejects.toMatchObject({
      errors: [{ field: 'note' }],
    });
    const assured = await act(deps, SIGNED_IN.lead, raised, 'assure', { note: 'Signed plan seen in the case record' });

    expect(assured).toMatchObject({
      status: 'assured',
      assured: { by: 'Lee Inspector', note: 'Signed plan seen in the case record' },
    });
  });
});

describe('acting for the region', () => {
  it('is recorded as on behalf of the region, and only with a reason', async () => {
    const deps = await planned();
    const raised = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(NORTH_EAST));
    await runAlert(deps, raised);

    await expect(act(deps, SIGNED_IN.isa, raised, 'acknowledge')).rejects.toMatchObject({
      errors: [{ field: 'onBehalfReason' }],
    });
    const acknowledged = await act(deps, SIGNED_IN.isa, raised, 'acknowledge', {
      onBehalfReason: 'The SPOC phoned: their access is not set up yet',
    });

    expect(acknowledged.acknowledged).toMatchObject({
      by: 'Isa Admin',
      onBehalf: { of: 'region', reason: 'The SPOC phoned: their access is not set up yet' },
    });
    const audit = await deps.timeline.auditTrail(NORTH_EAST);
    expect(audit.filter((entry) => entry.action === 'alert acknowledged')).toEqual([
      expect.objectContaining({ actor: 'Isa Admin', after: { status: 'acknowledged', onBehalfOf: 'region' } }),
    ]);
  });

  it('is not something the region itself says', async () => {
    const deps = await planned();
    const raised = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(NORTH_EAST));
    await runAlert(deps, raised);

    await expect(act(deps, region, raised, 'acknowledge', { onBehalfReason: 'x y z' })).rejects.toThrow(RequestError);
  });
});

describe('reminders, each in its own words', () => {
  it('reminds the lead to confirm, and later to review the evidence, not as a second submission', async () => {
    const deps = await planned();
    const raised = await raiseAlert(deps, assistant, individualAlert(NORTH_EAST));
    await runAlert(deps, raised, '2027-03-03T15:00:00Z');
    expect(kinds(deps)).toEqual(['alert-to-confirm', 'alert-confirm-reminder']);

    await act(deps, SIGNED_IN.lead, raised, 'confirm');
    await runAlert(deps, raised);
    await act(deps, region, raised, 'submit-evidence', { summary: 'Plan reviewed: see the case record' });
    deps.notifier.sent.splice(0);
    await runAlert(deps, raised, '2027-03-04T16:00:00Z');

    expect(kinds(deps)).toEqual(['alert-evidence-submitted', 'alert-review-reminder']);
    expect(deps.notifier.sent[1]?.subject).toContain('waiting for your review');
  });
});
