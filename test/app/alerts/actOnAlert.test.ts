import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import type { Principal } from '../../../functions/domain/access.js';
import type { AlertRecord } from '../../../functions/ports/records.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import {
  individualAlert,
  organisationalAlert,
  planInspection,
  raiseAndNotify,
  runAlert,
  storedAlert,
} from '../arrange.js';

const region = regionUser('north-east');

/** An inspection in its first week of fieldwork: Tuesday 2 March 2027, 14:00. */
async function inFieldwork() {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  deps.clock.set('2027-03-02T14:00:00Z');
  return { deps, inspectionId: inspection.id };
}

function act(
  deps: MemoryDeps,
  who: Principal,
  alert: AlertRecord,
  action: string,
  fields: Record<string, unknown> = {},
) {
  return actOnAlert(deps, who, { ...fields, alertId: alert.ref, action });
}

describe('raising an alert', () => {
  it('waits for the lead when an administrator raises it', async () => {
    const { deps, inspectionId } = await inFieldwork();

    const raised = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(inspectionId));
    await runAlert(deps, raised);

    expect(raised).toMatchObject({ status: 'raised', raised: { by: 'Ivy Inspector' } });
    expect(raised.confirmed).toBeUndefined();
    expect(await storedAlert(deps, raised)).toMatchObject({
      status: 'raised',
      sent: [`alert:${raised.id}:to-confirm`],
    });
    expect(deps.notifier.sent.map((m) => [m.headers['X-DIPP-Notice-Kind'], m.to])).toEqual([
      ['alert-to-confirm', ['lead@officials.example']],
    ]);
  });

  it('is confirmed at once when the lead raises it, and the region is told', async () => {
    const { deps, inspectionId } = await inFieldwork();

    const raised = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));
    await runAlert(deps, raised);

    expect(raised).toMatchObject({ status: 'confirmed', confirmed: { by: 'Lee Inspector' } });
    expect(await storedAlert(deps, raised)).toMatchObject({ status: 'region-notified' });
    expect(deps.notifier.sent.map((m) => m.headers['X-DIPP-Notice-Kind'])).toEqual(['alert-raised']);
  });

  it('is refused while an alert for the same case and category is open', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const first = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    const inspectionBefore = await deps.timeline.getInspection(inspectionId);

    const second = raiseAlert(deps, SIGNED_IN.inspector, individualAlert(inspectionId));

    await expect(second).rejects.toThrow(RequestError);
    await expect(second).rejects.toMatchObject({
      errors: [{ field: 'caseReference', message: `already has an open risk-of-harm-to-others alert: ${first.id}` }],
    });
    expect(await deps.alerts.listAlerts(inspectionId)).toHaveLength(1);
    // Refused before an alert number is taken: the inspection is as it was, and the next alert is a2.
    expect(await deps.timeline.getInspection(inspectionId)).toEqual(inspectionBefore);
    const next = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId, { caseReference: 'CASE-0107' }));
    expect(next.id).toBe(`${inspectionId}-a2`);
  });

  it('is allowed again for the same case once the open alert is withdrawn', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const first = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));
    await act(deps, SIGNED_IN.lead, first, 'withdraw', { reason: 'Raised against the wrong case' });

    const second = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    expect(second.id).not.toBe(first.id);
  });
});

describe('acting on an alert', () => {
  it('lets the lead confirm an alert raised by someone else', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const raised = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(inspectionId));

    const confirmed = await act(deps, SIGNED_IN.lead, raised, 'confirm');

    expect(confirmed).toMatchObject({ status: 'confirmed', confirmed: { by: 'Lee Inspector' } });
  });

  it('does not let the region confirm an alert, nor assure or withdraw one it was told of', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const raised = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(inspectionId));
    const notified = await raiseAndNotify(
      deps,
      SIGNED_IN.lead,
      individualAlert(inspectionId, { caseReference: 'CASE-0043' }),
    );

    await expect(act(deps, region, raised, 'confirm')).rejects.toThrow(ForbiddenError);
    await expect(act(deps, region, notified, 'withdraw', { reason: 'Not needed' })).rejects.toThrow(ForbiddenError);
    expect(await storedAlert(deps, raised)).toMatchObject({ status: 'raised', version: raised.version });
  });

  it('does not let the lead acknowledge for the region', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const notified = await raiseAndNotify(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    await expect(act(deps, SIGNED_IN.lead, notified, 'acknowledge')).rejects.toThrow(ForbiddenError);
    const acknowledged = await act(deps, region, notified, 'acknowledge');
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledged: { by: 'Sam Contact' } });
  });

  it('refuses a step the alert’s state does not allow, naming what is allowed now', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const notified = await raiseAndNotify(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    const assure = act(deps, SIGNED_IN.lead, notified, 'assure', { note: 'Seen the plan' });

    await expect(assure).rejects.toThrow(RequestError);
    await expect(assure).rejects.toMatchObject({
      errors: [
        {
          field: 'action',
          message:
            'cannot assure an alert that is region-notified; allowed now: acknowledge, submit-evidence, withdraw',
        },
      ],
    });
  });

  it('withdraws an alert only with a reason', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const raised = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    const bare = act(deps, SIGNED_IN.lead, raised, 'withdraw');
    await expect(bare).rejects.toMatchObject({
      errors: [{ field: 'reason', message: 'is needed to withdraw an alert' }],
    });
    const withdrawn = await act(deps, SIGNED_IN.lead, raised, 'withdraw', { reason: 'Raised against the wrong case' });

    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawn: { reason: 'Raised against the wrong case' } });
  });

  it('hands the alert to a new driver at every step: the new one started, the old one stopped', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const raised = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(inspectionId));
    const steps: [Principal, string, Record<string, unknown>?][] = [
      [SIGNED_IN.lead, 'confirm'],
      [region, 'acknowledge'],
      [region, 'submit-evidence', { summary: 'Plan reviewed; referral made (see case record)' }],
      [SIGNED_IN.lead, 'assure', { note: 'The revised plan seen in the case record' }],
    ];

    for (const [who, action, fields] of steps) {
      const before = await storedAlert(deps, raised);
      deps.alertDriver.clear();
      const after = await act(deps, who, before, action, fields);
      await runAlert(deps, after);

      expect(after.driver).not.toBe(before.driver);
      expect(deps.alertDriver.starts).toEqual([{ input: { inspectionId, alertId: raised.id }, name: after.driver }]);
      expect(deps.alertDriver.stops).toEqual([{ name: before.driver, reason: `alert ${action}` }]);
    }
    expect(await storedAlert(deps, raised)).toMatchObject({ status: 'assured' });
  });
});

describe('marking an alert as described in the report', () => {
  it('is only for organisational alerts', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const individual = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(inspectionId));

    await expect(act(deps, SIGNED_IN.lead, individual, 'mark-in-report')).rejects.toMatchObject({
      errors: [{ field: 'alertId', message: expect.stringContaining('is an individual alert') }],
    });
  });

  it('is for the lead, not the region', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const alert = await raiseAndNotify(deps, SIGNED_IN.lead, organisationalAlert(inspectionId));

    await expect(act(deps, region, alert, 'mark-in-report')).rejects.toThrow(ForbiddenError);
    expect((await storedAlert(deps, alert)).describedInReport).toBeUndefined();
  });

  it('is done once: marking again changes nothing, nor who marked it', async () => {
    const { deps, inspectionId } = await inFieldwork();
    const alert = await raiseAndNotify(deps, SIGNED_IN.lead, organisationalAlert(inspectionId));
    const marked = await act(deps, SIGNED_IN.lead, alert, 'mark-in-report');
    deps.alertDriver.clear();

    deps.clock.advance(3600);
    const again = await act(deps, SIGNED_IN.deputyLead, marked, 'mark-in-report');

    expect(marked.describedInReport).toEqual({ at: '2027-03-02T14:00:00.000Z', by: 'Lee Inspector' });
    expect(again).toEqual(marked);
    expect(await storedAlert(deps, alert)).toEqual(marked);
    expect(deps.alertDriver.starts).toEqual([]);
  });
});
