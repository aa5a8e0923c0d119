import { individualAlert, planInspection, raiseAndNotify, runLifecycle } from '../app/arrange.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { pagesFor } from './inProcessPages.js';

/**
 * For the Welsh pages' tests: Wales's inspection, announced (in Welsh and English), with an alert
 * the lead raised before fieldwork and sent to the region; and its pages, signed out to /sign-out.
 */
export async function walesWithAlert() {
  const deps = memoryDeps({ now: '2027-01-04T17:30:00Z' });
  const wales = (await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-01-25' })).inspection;
  await runLifecycle(deps, wales.id, '2027-01-04T18:00:00Z');
  const alert = await raiseAndNotify(
    deps,
    SIGNED_IN.lead,
    individualAlert(wales.id, { beforeFieldworkReason: 'Found while preparing the sample: it cannot wait' }),
  );
  return { deps, wales, alert, pages: pagesFor(deps, { signOutUrl: '/sign-out' }) };
}
