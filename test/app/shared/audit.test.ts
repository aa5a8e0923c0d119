import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection, runLifecycle } from '../arrange.js';

const NORTH_EAST = 'north-east-2027-03-01';

describe('the audit trail ties each change to a person (issue 17, finding 9)', () => {
  it('records who acted by name and by their verified email; what the system did, as the system', async () => {
    const deps = memoryDeps();
    await planInspection(deps);
    await runLifecycle(deps, NORTH_EAST, '2027-03-02T12:00:00Z');
    await reschedule(deps, SIGNED_IN.isa, {
      inspectionId: NORTH_EAST,
      milestoneDates: { draftReportDue: '2027-04-06' },
    });
    const alert = await raiseAlert(deps, SIGNED_IN.inspector, individualAlert(NORTH_EAST));
    await actOnAlert(deps, SIGNED_IN.lead, { alertId: alert.id, action: 'confirm' });

    const trail = await deps.timeline.auditTrail(NORTH_EAST);
    const by = (action: string) => trail.find((entry) => entry.action === action);

    expect(by('inspection created')).toMatchObject({
      actor: SIGNED_IN.isa.name,
      actorId: SIGNED_IN.isa.email.toLowerCase(),
    });
    expect(by('dates changed')).toMatchObject({
      actor: SIGNED_IN.isa.name,
      actorId: SIGNED_IN.isa.email.toLowerCase(),
    });
    expect(by('alert raised')).toMatchObject({
      actor: SIGNED_IN.inspector.name,
      actorId: SIGNED_IN.inspector.email.toLowerCase(),
    });
    expect(by('alert confirmed')).toMatchObject({
      actor: SIGNED_IN.lead.name,
      actorId: SIGNED_IN.lead.email.toLowerCase(),
    });
    // Notices sent by the driver are the system's, with no person to name.
    const sent = trail.find((entry) => entry.action === 'notice sent');
    expect(sent).toMatchObject({ actor: 'system' });
    expect(sent).not.toHaveProperty('actorId');
  });
});
