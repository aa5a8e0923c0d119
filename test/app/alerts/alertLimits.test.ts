import { describe, expect, it } from 'vitest';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { TooManyError } from '../../../functions/app/errors.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection, runLifecycle } from '../arrange.js';

const NORTH_EAST = 'north-east-2027-03-01';

async function planned(env: Record<string, string> = {}): Promise<MemoryDeps> {
  const deps = memoryDeps({ env });
  await planInspection(deps);
  await runLifecycle(deps, NORTH_EAST, '2027-03-02T12:00:00Z');
  return deps;
}

/** The next alert, about another case each time (one open alert per case and category). */
let cases = 0;
const nextAlert = () => individualAlert(NORTH_EAST, { caseReference: `CASE-${String((cases += 1)).padStart(4, '0')}` });

describe('the limits on raising alerts (issue 17, finding 7)', () => {
  it('refuses a person their sixth alert within an hour, saying until when, and writes nothing', async () => {
    const deps = await planned();
    for (let i = 0; i < 5; i += 1) await raiseAlert(deps, SIGNED_IN.lead, nextAlert());
    const before = await deps.alerts.listAlerts(NORTH_EAST);

    const refused = await raiseAlert(deps, SIGNED_IN.lead, nextAlert()).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(TooManyError);
    expect((refused as Error).message).toMatch(/you have raised 5 alerts in the last hour.*after 2027-03-02T13:00:00/);
    expect(await deps.alerts.listAlerts(NORTH_EAST)).toEqual(before);
    // Another person may still raise one; and an hour on, so may the first.
    await expect(raiseAlert(deps, SIGNED_IN.inspector, nextAlert())).resolves.toMatchObject({ status: 'raised' });
    deps.clock.set('2027-03-02T13:00:01Z');
    await expect(raiseAlert(deps, SIGNED_IN.lead, nextAlert())).resolves.toMatchObject({ status: 'confirmed' });
  });

  it('refuses an inspection more than its hourly number, whoever raises them (configurable)', async () => {
    const deps = await planned({ DIPP_ALERTS_PER_INSPECTION_PER_HOUR: '3' });
    await raiseAlert(deps, SIGNED_IN.lead, nextAlert());
    await raiseAlert(deps, SIGNED_IN.inspector, nextAlert());
    await raiseAlert(deps, SIGNED_IN.isa, nextAlert());

    const refused = await raiseAlert(deps, SIGNED_IN.deputyLead, nextAlert()).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(TooManyError);
    expect((refused as Error).message).toContain(`${NORTH_EAST} has raised 3 alerts in the last hour`);
    expect(await deps.alerts.listAlerts(NORTH_EAST)).toHaveLength(3);
  });
});
