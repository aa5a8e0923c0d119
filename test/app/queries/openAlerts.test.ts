import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { openAlerts } from '../../../functions/app/queries/openAlerts.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection, raiseAndNotify } from '../arrange.js';

async function arrange() {
  const deps = memoryDeps({ now: '2027-01-04T17:30:00Z' });
  const northEast = (await planInspection(deps, { region: 'North East', fieldworkStart: '2027-01-25' })).inspection;
  // Wales is in fieldwork, where an inspector raises alerts for the lead to confirm.
  const wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-01-04' })).inspection;
  // The lead's alert goes to the region at once; an inspector's waits for the lead to confirm it.
  const notified = await raiseAndNotify(
    deps,
    SIGNED_IN.lead,
    individualAlert(northEast.id, { beforeFieldworkReason: 'Found while preparing the sample: it cannot wait' }),
  );
  const waiting = await raiseAlert(
    deps,
    SIGNED_IN.inspector,
    individualAlert(wales.id, { caseReference: 'W-2027-0001' }),
  );
  return { deps, notified, waiting };
}

describe('the open alerts across the programme', () => {
  it('says whose turn each alert is, with the region’s next deadline', async () => {
    const { deps, notified, waiting } = await arrange();

    const { alerts } = await openAlerts(deps, SIGNED_IN.isa, {});

    expect(alerts.map((a) => a.id)).toEqual([notified.id, waiting.id]);
    expect(alerts[0]).toMatchObject({
      status: 'region-notified',
      region: 'North East',
      turn: { actor: 'region', what: 'Acknowledge the alert' },
      nextDeadline: { at: notified.acknowledgeBy, overdue: false },
    });
    expect(alerts[1]).toMatchObject({ status: 'raised', turn: { actor: 'inspectorate', who: 'the lead inspector' } });
    expect(alerts[1]?.nextDeadline).toBeUndefined();
  });

  it('filters by state, by whose turn and by region', async () => {
    const { deps, notified, waiting } = await arrange();
    const ids = async (input: Record<string, string>) =>
      (await openAlerts(deps, SIGNED_IN.isa, input)).alerts.map((a) => a.id);

    expect(await ids({ state: 'raised' })).toEqual([waiting.id]);
    expect(await ids({ turn: 'region' })).toEqual([notified.id]);
    expect(await ids({ region: 'Wales' })).toEqual([waiting.id]);
  });

  it('shows a region only its own alerts, once it has been told of them', async () => {
    const { deps, notified } = await arrange();

    expect((await openAlerts(deps, regionUser('north-east'), {})).alerts.map((a) => a.id)).toEqual([notified.id]);
    expect((await openAlerts(deps, regionUser('wales'), {})).alerts).toEqual([]);
  });

  it('refuses a state that is not an open one by field', async () => {
    const deps = memoryDeps();

    const error = await openAlerts(deps, SIGNED_IN.isa, { state: 'assured' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).errors.map((e) => e.field)).toEqual(['state']);
  });
});
