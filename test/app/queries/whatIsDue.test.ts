import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { whatIsDue } from '../../../functions/app/queries/whatIsDue.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { individualAlert, planInspection, raiseAndNotify } from '../arrange.js';

// Monday 4 January 2027, 17:30 UK time (GMT): an alert the lead raises now is due tomorrow evening.
const MONDAY_EVENING = '2027-01-04T17:30:00Z';

async function arrange() {
  const deps = memoryDeps({ now: MONDAY_EVENING });
  const northEast = (await planInspection(deps, { region: 'North East', fieldworkStart: '2027-01-25' })).inspection;
  const wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-02-01' })).inspection;
  const alert = await raiseAndNotify(
    deps,
    SIGNED_IN.lead,
    // Before fieldwork, the lead says why it cannot wait (issue 18).
    individualAlert(northEast.id, { beforeFieldworkReason: 'Found while preparing the sample: it cannot wait' }),
  );
  return { deps, northEast, wales, alert };
}

const refusedFields = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RequestError);
  return (error as RequestError).errors.map((e) => e.field);
};

describe('what is due across the programme', () => {
  it('lists an alert due tomorrow evening with this week’s milestones, and says the region acts', async () => {
    const { deps, alert } = await arrange();

    const list = await whatIsDue(deps, SIGNED_IN.isa, {});

    expect(list).toMatchObject({ period: 'this-week', from: '2027-01-04', to: '2027-01-10' });
    const acknowledgement = list.due.find((item) => item.kind === 'alert' && item.title === 'Acknowledge the alert');
    expect(acknowledgement).toMatchObject({
      id: alert.id,
      ref: alert.ref,
      dueDate: '2027-01-05',
      time: '17:30',
      actor: 'region',
      overdue: false,
    });
    expect(list.due.some((item) => item.kind === 'milestone')).toBe(true);
    // Oldest first.
    const dates = list.due.map((item) => `${item.dueDate} ${item.time ?? ''}`);
    expect(dates).toEqual([...dates].sort());
  });

  it('shows an alert deadline that has passed as overdue, whatever the period', async () => {
    const { deps, alert } = await arrange();
    deps.clock.set('2027-01-05T18:00:00Z');

    const list = await whatIsDue(deps, SIGNED_IN.isa, { period: 'range', from: '2027-03-01', to: '2027-03-31' });

    expect(list.overdue).toContainEqual(
      expect.objectContaining({ id: alert.id, title: 'Acknowledge the alert', overdue: true }),
    );
  });

  it('lists the next two weeks, or a range of dates, and only what is still to be done', async () => {
    const { deps, wales } = await arrange();

    const fortnight = await whatIsDue(deps, SIGNED_IN.isa, { period: 'next-two-weeks' });
    const range = await whatIsDue(deps, SIGNED_IN.isa, { from: '2027-02-01', to: '2027-02-28' });

    expect(fortnight).toMatchObject({ from: '2027-01-04', to: '2027-01-18' });
    expect(range.period).toBe('range');
    expect(range.due.length).toBeGreaterThan(0);
    for (const item of range.due) expect(item.dueDate >= '2027-02-01' && item.dueDate <= '2027-02-28').toBe(true);
    expect(range.due.some((item) => item.inspectionId === wales.id && item.id === 'fieldworkWeek1Start')).toBe(true);
    expect(
      range.due.every((item) => ['pending', 'overdue', 'escalated', 'region-notified'].includes(item.status)),
    ).toBe(true);
  });

  it('filters by region and by who acts', async () => {
    const { deps, northEast } = await arrange();
    const all = { from: '2027-01-01', to: '2027-03-31' };

    const wales = await whatIsDue(deps, SIGNED_IN.isa, { ...all, region: 'Wales' });
    const regionActs = await whatIsDue(deps, SIGNED_IN.isa, { ...all, actor: 'region' });
    const inspectorateActs = await whatIsDue(deps, SIGNED_IN.isa, { ...all, actor: 'inspectorate' });

    expect(wales.region).toBe('wales');
    expect(wales.due.length).toBeGreaterThan(0);
    expect(wales.due.every((item) => item.regionId === 'wales')).toBe(true);
    expect(regionActs.due.every((item) => item.actor === 'region')).toBe(true);
    expect(regionActs.due.some((item) => item.kind === 'alert' && item.inspectionId === northEast.id)).toBe(true);
    expect(inspectorateActs.due.length).toBeGreaterThan(0);
    expect(inspectorateActs.due.every((item) => item.actor === 'inspectorate' && item.kind === 'milestone')).toBe(true);
  });

  it('shows a region user their own region only, whichever region they ask for', async () => {
    const { deps } = await arrange();
    const all = { from: '2027-01-01', to: '2027-03-31' };

    const own = await whatIsDue(deps, regionUser('wales'), all);
    const other = await whatIsDue(deps, regionUser('wales'), { ...all, region: 'north-east' });

    expect(own.due.length).toBeGreaterThan(0);
    expect([...own.due, ...own.overdue].every((item) => item.regionId === 'wales')).toBe(true);
    expect([...other.due, ...other.overdue]).toEqual([]);
  });

  it('lists the lead inspector’s confirmation of an alert an inspector raised, for the inspectorate only', async () => {
    const { deps, northEast } = await arrange();
    // Tuesday 26 January 2027, 10:00 GMT, in fieldwork: an inspector raises an alert for the lead to confirm.
    deps.clock.set('2027-01-26T10:00:00Z');
    const raised = await raiseAlert(
      deps,
      SIGNED_IN.inspector,
      individualAlert(northEast.id, { caseReference: 'CASE-0077' }),
    );
    const week = { from: '2027-01-25', to: '2027-01-31' };

    const forTheIsa = await whatIsDue(deps, SIGNED_IN.isa, { ...week, actor: 'inspectorate' });
    const forTheRegion = await whatIsDue(deps, regionUser('north-east'), week);

    expect(forTheIsa.due.filter((item) => item.kind === 'alert')).toEqual([
      expect.objectContaining({
        id: raised.id,
        title: 'Confirm the alert',
        actor: 'inspectorate',
        role: 'lead inspector',
        dueDate: '2027-01-27',
        time: '10:00',
        overdue: false,
      }),
    ]);
    expect([...forTheRegion.due, ...forTheRegion.overdue].map((item) => item.id)).not.toContain(raised.id);

    await actOnAlert(deps, SIGNED_IN.lead, { alertId: raised.id, action: 'confirm' });
    const afterwards = await whatIsDue(deps, SIGNED_IN.isa, { ...week, actor: 'inspectorate' });
    expect(afterwards.due.map((item) => `${item.id} ${item.title}`)).not.toContain(`${raised.id} Confirm the alert`);
  });

  it.each([
    ['a range whose end is before its start', { from: '2027-02-01', to: '2027-01-01' }, 'to'],
    ['a range without an end', { period: 'range', from: '2027-02-01' }, 'to'],
    ['a date that does not exist', { from: '2027-02-30', to: '2027-03-01' }, 'from'],
    ['an unknown period', { period: 'fortnight' }, 'period'],
    ['an unknown region', { region: 'Atlantis' }, 'region'],
    ['an unknown actor', { actor: 'everyone' }, 'actor'],
  ])('refuses %s by field, not with a server error', async (_what, input, field) => {
    const deps = memoryDeps({ now: MONDAY_EVENING });

    expect(await refusedFields(whatIsDue(deps, SIGNED_IN.isa, input))).toContain(field);
  });
});
