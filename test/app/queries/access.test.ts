import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError, NotFoundError } from '../../../functions/app/errors.js';
import { getAlert } from '../../../functions/app/queries/alerts.js';
import { inspectionView } from '../../../functions/app/queries/inspectionView.js';
import { noticesFor } from '../../../functions/app/queries/noticesFor.js';
import { overviewRows } from '../../../functions/app/queries/overview.js';
import type { Principal } from '../../../functions/domain/access.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { individualAlert, planInspection, runAlert, runLifecycle } from '../arrange.js';

const NORTH_EAST = 'north-east-2027-03-01';
const WALES = 'wales-2027-03-08';

/**
 * Two inspections: the North East's, led by PEOPLE.lead, and Wales's, led by others; an
 * inspector has raised an alert in the North East that the lead has not yet confirmed. It is
 * Friday 19 February 2027, after a few weeks of notices; the alert came on Tuesday 2 March, in fieldwork.
 */
async function twoInspections() {
  const deps = memoryDeps();
  await planInspection(deps);
  await planInspection(deps, {
    region: 'Wales',
    fieldworkStart: '2027-03-08',
    people: {
      ...PEOPLE,
      lead: { name: SIGNED_IN.otherLead.name, email: SIGNED_IN.otherLead.email },
      deputyLead: { name: 'Dai Deputy', email: 'other.deputy@officials.example' },
    },
  });
  await runLifecycle(deps, NORTH_EAST, '2027-02-19T12:00:00Z');
  // Alerts come from fieldwork: it is raised in its first week.
  deps.clock.set('2027-03-02T12:00:00Z');
  const alert = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(NORTH_EAST));
  return { deps, alert };
}

const everyone: [string, Principal, string[]][] = [
  ['an administrator', SIGNED_IN.isa, [NORTH_EAST, WALES]],
  ['a Head of Programme', SIGNED_IN.headOfProgramme, [NORTH_EAST, WALES]],
  ['a lead', SIGNED_IN.lead, [NORTH_EAST]],
  ['a deputy lead', SIGNED_IN.deputyLead, [NORTH_EAST]],
  ['another lead', SIGNED_IN.otherLead, [WALES]],
  ['the North East', regionUser('north-east'), [NORTH_EAST]],
  ['Wales', regionUser('wales'), [WALES]],
];

describe('the programme overview', () => {
  it.each(everyone)('shows %s the inspections they may see', async (_who, principal, visible) => {
    const { deps } = await twoInspections();

    const rows = await overviewRows(deps, principal);

    expect(rows.map((row) => row.id)).toEqual(visible);
  });

  it('counts an alert for the region only once the region has been told of it', async () => {
    const { deps, alert } = await twoInspections();
    const openAlerts = async (who: Principal) => (await overviewRows(deps, who))[0]?.summary.openAlerts;

    const before = [await openAlerts(SIGNED_IN.lead), await openAlerts(regionUser('north-east'))];
    await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'confirm' });
    await runAlert(deps, alert);
    const after = [await openAlerts(SIGNED_IN.lead), await openAlerts(regionUser('north-east'))];

    expect(before).toEqual([1, 0]);
    expect(after).toEqual([1, 1]);
  });
});

describe('one inspection', () => {
  it.each(everyone)('is shown to %s only if it is theirs', async (_who, principal, visible) => {
    const { deps } = await twoInspections();

    for (const id of [NORTH_EAST, WALES]) {
      const view = inspectionView(deps, principal, id);
      if (visible.includes(id)) await expect(view).resolves.toMatchObject({ inspection: { id } });
      else await expect(view).rejects.toThrow(ForbiddenError);
    }
  });

  it('shows the region only the alerts it has been told of', async () => {
    const { deps, alert } = await twoInspections();

    const before = await inspectionView(deps, regionUser('north-east'), NORTH_EAST);
    await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'confirm' });
    await runAlert(deps, alert);
    const after = await inspectionView(deps, regionUser('north-east'), NORTH_EAST);

    expect(before.alerts).toEqual([]);
    expect(after.alerts.map((a) => a.id)).toEqual([alert.id]);
  });

  it('is not found by an administrator when missing, but forbidden to a lead or region user', async () => {
    const { deps } = await twoInspections();
    const missing = 'london-2027-06-07';

    await expect(inspectionView(deps, SIGNED_IN.isa, missing)).rejects.toThrow(NotFoundError);
    await expect(inspectionView(deps, SIGNED_IN.lead, missing)).rejects.toThrow(ForbiddenError);
    await expect(inspectionView(deps, regionUser('london'), missing)).rejects.toThrow(ForbiddenError);
  });
});

describe('an inspection’s notices', () => {
  it('are all shown to the inspectorate, but to the region only those sent to it', async () => {
    const { deps } = await twoInspections();

    const all = (await noticesFor(deps, SIGNED_IN.lead, NORTH_EAST)).map((n) => n.id);
    const regions = (await noticesFor(deps, regionUser('north-east'), NORTH_EAST)).map((n) => n.id);

    expect(all).toEqual(expect.arrayContaining(regions));
    const hidden = all.filter((id) => !regions.includes(id));
    expect(hidden.sort()).toEqual([
      'case-sample-reminder:announcement:2027-02-09',
      'case-sample-reminder:announcement:2027-02-11',
      'case-sample-reminder:announcement:2027-02-15',
      'case-sample-reminder:announcement:2027-02-17',
      'deadline-escalation:orgStructureDue:2027-02-18',
      'planning-notes-reminder:planningNotesIssued:2027-02-17',
    ]);
    expect(regions).toContain('announcement:announcement:2027-02-08');
  });

  it('are refused to those who may not see the inspection', async () => {
    const { deps } = await twoInspections();

    await expect(noticesFor(deps, SIGNED_IN.otherLead, NORTH_EAST)).rejects.toThrow(ForbiddenError);
    await expect(noticesFor(deps, regionUser('wales'), NORTH_EAST)).rejects.toThrow(ForbiddenError);
  });
});

describe('one alert', () => {
  it('is shown to the inspectorate at once, and to the region once it has been told', async () => {
    const { deps, alert } = await twoInspections();
    const region = regionUser('north-east');

    await expect(getAlert(deps, SIGNED_IN.isa, alert.ref)).resolves.toMatchObject({ id: alert.id });
    await expect(getAlert(deps, SIGNED_IN.lead, alert.ref)).resolves.toMatchObject({ id: alert.id });
    await expect(getAlert(deps, region, alert.ref)).rejects.toThrow(ForbiddenError);

    await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'confirm' });
    await runAlert(deps, alert);

    await expect(getAlert(deps, region, alert.ref)).resolves.toMatchObject({ status: 'region-notified' });
  });

  it('is refused to another region and another lead, even once the region is told', async () => {
    const { deps, alert } = await twoInspections();
    await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'confirm' });
    await runAlert(deps, alert);

    await expect(getAlert(deps, regionUser('wales'), alert.ref)).rejects.toThrow(ForbiddenError);
    await expect(getAlert(deps, SIGNED_IN.otherLead, alert.ref)).rejects.toThrow(ForbiddenError);
  });

  it('is not found by an administrator when missing, but forbidden to a lead or region user', async () => {
    const { deps } = await twoInspections();
    const missing = `DIPP-${NORTH_EAST.toUpperCase()}-A9`;

    await expect(getAlert(deps, SIGNED_IN.isa, missing)).rejects.toThrow(NotFoundError);
    await expect(getAlert(deps, SIGNED_IN.lead, missing)).rejects.toThrow(ForbiddenError);
    await expect(getAlert(deps, regionUser('north-east'), missing)).rejects.toThrow(ForbiddenError);
  });
});
