import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError } from '../../../functions/app/errors.js';
import { getAlert, listAlerts } from '../../../functions/app/queries/alerts.js';
import { inspectionView } from '../../../functions/app/queries/inspectionView.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection, runAlert, runLifecycle } from '../arrange.js';

const NORTH_EAST = 'north-east-2027-03-01';

/** Fields of the inspectorate's that a region must not read, anywhere in an answer. */
const HIDDEN_FROM_REGION = ['driver', 'events', 'sent', 'version', 'alertCount', 'overrides', 'createdBy'];

function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  }
  return found;
}

/** An alert notified to the North East, then withdrawn with a reason that is the inspectorate's own. */
async function withdrawnAlert() {
  const deps = memoryDeps();
  await planInspection(deps);
  await runLifecycle(deps, NORTH_EAST, '2027-03-02T12:00:00Z');
  const alert = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(NORTH_EAST));
  await runAlert(deps, alert);
  const reason = 'Raised against C-1234 in error: the lead spoke to the practitioner (internal)';
  await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'withdraw', reason });
  return { deps, alert, reason };
}

describe('what a region reads of alerts and inspections (issue 17, finding 1)', () => {
  it('gets no withdrawal reason, no timed steps, driver or sent list, on every read', async () => {
    const { deps, alert, reason } = await withdrawnAlert();
    const region = regionUser('north-east');

    const answers = [
      await getAlert(deps, region, alert.id),
      await listAlerts(deps, region, { inspectionId: NORTH_EAST }),
      await listAlerts(deps, region, {}),
      await inspectionView(deps, region, NORTH_EAST),
    ];

    for (const answer of answers) {
      expect(JSON.stringify(answer)).not.toContain(reason);
      expect([...keysIn(answer)].filter((key) => HIDDEN_FROM_REGION.includes(key))).toEqual([]);
    }
    // What is theirs stays: the alert was withdrawn, when and by whom.
    expect(await getAlert(deps, region, alert.id)).toMatchObject({
      status: 'withdrawn',
      withdrawn: { by: SIGNED_IN.lead.name },
    });
  });

  it('gives the inspectorate the whole record', async () => {
    const { deps, alert, reason } = await withdrawnAlert();

    const seen = await getAlert(deps, SIGNED_IN.lead, alert.id);

    expect(seen).toMatchObject({ withdrawn: { reason }, driver: expect.any(String) });
    expect((await inspectionView(deps, SIGNED_IN.isa, NORTH_EAST)).inspection).toHaveProperty('alertCount', 1);
  });
});

describe('what a region can tell of alerts it may not see (issue 17, finding 2)', () => {
  it('is refused in the same words for an alert that does not exist and one not yet told to it', async () => {
    const deps = memoryDeps();
    await planInspection(deps);
    await runLifecycle(deps, NORTH_EAST, '2027-03-02T12:00:00Z');
    // Raised by an inspector: waits for the lead, so the region has not been told.
    const waiting = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(NORTH_EAST));
    const region = regionUser('north-east');
    const refusal = async (reference: string) => {
      const error = await getAlert(deps, region, reference).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ForbiddenError);
      return (error as Error).message.replace(reference, '<ref>');
    };

    expect(await refusal(waiting.id)).toBe(await refusal(`${NORTH_EAST}-a9`));
    expect((await inspectionView(deps, region, NORTH_EAST)).alerts).toEqual([]);
  });
});
