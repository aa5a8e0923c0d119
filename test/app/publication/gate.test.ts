import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { RequestError } from '../../../functions/app/errors.js';
import { recordCompletion } from '../../../functions/app/inspections/recordCompletion.js';
import { reviewPublication } from '../../../functions/app/publication/reviewPublication.js';
import type { Principal } from '../../../functions/domain/access.js';
import type { AlertRecord } from '../../../functions/ports/records.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import {
  milestoneOf,
  organisationalAlert,
  planInspection,
  raiseAndNotify,
  runLifecycle,
  timelineOf,
} from '../arrange.js';

const PUBLICATION = 'publication:publication:when-recorded';
const region = regionUser('north-east');

/**
 * An inspection whose lead raised an organisational alert during fieldwork, still open when
 * publication is planned, on Friday 30 April 2027.
 */
async function publicationDueWithAlertOpen() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-03-02T14:00:00Z');
  const alert = await raiseAndNotify(deps, SIGNED_IN.lead, organisationalAlert(inspection.id));
  await runLifecycle(deps, inspection.id, '2027-04-30T12:00:00Z');
  return { deps, inspectionId: inspection.id, alert };
}

/**
 * The Head of Programme records publication on Friday 30 April 2027 at 18:00 (after working hours:
 * its notice waits for 09:00 on Tuesday 4 May, after the bank holiday), and the lead raises an
 * organisational alert before the notice goes.
 */
async function alertRaisedBeforePublicationNotice() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, '2027-04-30T17:00:00Z');
  await recordCompletion(deps, SIGNED_IN.headOfProgramme, { inspectionId: inspection.id, milestoneId: 'publication' });
  const alert = await raiseAndNotify(deps, SIGNED_IN.lead, organisationalAlert(inspection.id));
  await runLifecycle(deps, inspection.id, '2027-05-04T08:30:00Z');
  return { deps, inspectionId: inspection.id, alert };
}

const act = (deps: MemoryDeps, who: Principal, alert: AlertRecord, action: string, fields = {}) =>
  actOnAlert(deps, who, { ...fields, alertId: alert.ref, action });

const publicationEvent = async (deps: MemoryDeps, inspectionId: string) =>
  (await timelineOf(deps, inspectionId)).events.find((e) => e.id === PUBLICATION);

const recordPublication = (deps: MemoryDeps, inspectionId: string) =>
  recordCompletion(deps, SIGNED_IN.headOfProgramme, { inspectionId, milestoneId: 'publication' });

/** The region answers the alert and the lead assures it, on Monday 3 May 2027. */
async function answerAndAssure(deps: MemoryDeps, alert: AlertRecord) {
  deps.clock.set('2027-05-03T10:00:00Z');
  await act(deps, region, alert, 'submit-evidence', { summary: 'Checks now made on every case; audit attached' });
  return act(deps, SIGNED_IN.lead, alert, 'assure', { note: 'Checks seen on a sample of cases' });
}

describe('the publication gate', () => {
  it('holds publication while an organisational alert is open: the milestone says why, the lead and ISA are warned, nobody is chased', async () => {
    const { deps, inspectionId, alert } = await publicationDueWithAlertOpen();

    const reason =
      `publication held: organisational alert ${alert.ref} is not assured (region-notified) ` +
      'and not marked as described in the report';
    expect(await publicationEvent(deps, inspectionId)).toMatchObject({ status: 'held', outcome: reason });
    expect(await milestoneOf(deps, inspectionId, 'publication')).toMatchObject({
      status: 'pending',
      blockedReason: reason,
    });
    expect(deps.notifier.noticeIds()).toContain('publication-blocked:publication:2027-04-23');
    expect(deps.notifier.noticeIds()).not.toContain(PUBLICATION);
    expect(deps.notifier.noticeIds().filter((id) => id.startsWith('task-reminder:publication'))).toEqual([]);
  });

  it('refuses to record publication while an organisational alert holds it', async () => {
    const { deps, inspectionId } = await publicationDueWithAlertOpen();

    const record = recordPublication(deps, inspectionId);

    await expect(record).rejects.toThrow(RequestError);
    await expect(record).rejects.toMatchObject({
      errors: [
        { field: 'milestoneId', message: expect.stringContaining('cannot be recorded yet: organisational alert') },
      ],
    });
    expect(await deps.timeline.completions(inspectionId)).toEqual([]);
  });

  it('still refuses it once the alert is assured but not yet described in the report', async () => {
    const { deps, inspectionId, alert } = await publicationDueWithAlertOpen();
    await answerAndAssure(deps, alert);

    await expect(recordPublication(deps, inspectionId)).rejects.toMatchObject({
      errors: [{ field: 'milestoneId', message: expect.stringContaining('not marked as described in the report') }],
    });
  });

  it('lets publication be recorded once the alert is assured and described, and its notice goes once, late', async () => {
    const { deps, inspectionId, alert } = await publicationDueWithAlertOpen();
    await answerAndAssure(deps, alert);
    await act(deps, SIGNED_IN.lead, alert, 'mark-in-report');
    const { inspection: before } = await timelineOf(deps, inspectionId);
    deps.driver.clear();

    await recordPublication(deps, inspectionId);

    const { inspection } = await timelineOf(deps, inspectionId);
    expect(deps.driver.starts).toEqual([{ input: { inspectionId }, name: inspection.driver }]);
    expect(deps.driver.stops).toEqual([{ name: before.driver, reason: 'publication recorded as done' }]);
    // Monday 3 May 2027 is a bank holiday: the notice goes at 09:00 on Tuesday.
    await runLifecycle(deps, inspectionId, '2027-05-03T23:00:00Z');
    expect(deps.notifier.sentFor(PUBLICATION)).toEqual([]);
    await runLifecycle(deps, inspectionId, '2027-05-04T08:00:00Z');
    expect(deps.notifier.sentFor(PUBLICATION)).toHaveLength(1);
    expect(await milestoneOf(deps, inspectionId, 'publication')).toMatchObject({ status: 'met-late' });
  });

  it('lets publication be recorded when the alert is withdrawn', async () => {
    const { deps, inspectionId, alert } = await publicationDueWithAlertOpen();

    await act(deps, SIGNED_IN.lead, alert, 'withdraw', { reason: 'The region showed the checks were made' });

    await expect(recordPublication(deps, inspectionId)).resolves.toMatchObject({ alreadyRecorded: false });
  });

  it('holds a recorded publication’s notice if an alert is raised before it goes, until the alert closes', async () => {
    const { deps, inspectionId, alert } = await alertRaisedBeforePublicationNotice();
    expect(await publicationEvent(deps, inspectionId)).toMatchObject({ status: 'held' });
    expect(deps.notifier.sentFor(PUBLICATION)).toEqual([]);
    deps.clock.set('2027-05-04T10:00:00Z');
    await act(deps, region, alert, 'submit-evidence', { summary: 'Checks now made on every case; audit attached' });
    await act(deps, SIGNED_IN.lead, alert, 'assure', { note: 'Checks seen on a sample of cases' });
    // The alert is marked, but its new driver fails to start: the use case stops before the gate is looked at.
    deps.alertDriver.failNextStart();
    await expect(act(deps, SIGNED_IN.lead, alert, 'mark-in-report')).rejects.toThrow(/could not start/);
    expect(await publicationEvent(deps, inspectionId)).toMatchObject({ status: 'held' });
    deps.driver.clear();

    await reviewPublication(deps, inspectionId);

    expect(await publicationEvent(deps, inspectionId)).toMatchObject({ status: 'pending' });
    expect(deps.driver.starts).toHaveLength(1);
  });
});
