import { advanceAlert, type AlertNextStep } from '../../functions/app/alerts/advanceAlert.js';
import { raiseAlert } from '../../functions/app/alerts/raiseAlert.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { findNext, type NextStep } from '../../functions/app/lifecycle/nextStep.js';
import { processDue } from '../../functions/app/lifecycle/processDue.js';
import type { Principal } from '../../functions/domain/access.js';
import type { AlertRecord, InspectionState } from '../../functions/ports/records.js';
import { memoryDeps, type MemoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { PEOPLE } from '../support/records.js';

/**
 * Arranging a use-case test through the use cases themselves: planning an inspection as its
 * administrator, raising alerts, and running the drivers' tasks as the state machines would.
 */

/**
 * The administrator plans an inspection: by default of the North East, with fieldwork from Monday
 * 1 March 2027, led by PEOPLE.lead.
 */
export function planInspection(
  deps: MemoryDeps,
  { region = 'North East', fieldworkStart = '2027-03-01', people = PEOPLE as Record<string, unknown> } = {},
): Promise<InspectionState> {
  // Tests arrange inspections freely: a clash among them is incidental (acknowledged here; the clash
  // rule's own tests leave it out).
  return startInspection(deps, SIGNED_IN.isa, { region, fieldworkStart, people, acknowledgeClashes: true });
}

/** The inspection's whole timeline as stored, ended events included. */
export async function timelineOf(deps: MemoryDeps, inspectionId: string): Promise<InspectionState> {
  const state = await deps.timeline.loadTimeline(inspectionId);
  if (!state) throw new Error(`no inspection ${inspectionId}`);
  return state;
}

/** One milestone of the inspection as stored. */
export async function milestoneOf(deps: MemoryDeps, inspectionId: string, milestoneId: string) {
  const milestone = (await deps.timeline.milestones(inspectionId)).find((m) => m.id === milestoneId);
  if (!milestone) throw new Error(`no milestone ${milestoneId}`);
  return milestone;
}

/**
 * Runs the inspection's lifecycle as its state machine does, with the driver the inspection names:
 * find the next event, wait for its time (the clock moves there), run the task for its kind, and
 * go on from what it says is next, until the next event falls after `until` (the clock then stands
 * at `until`) or nothing is left. Returns the last step.
 */
export async function runLifecycle(deps: MemoryDeps, inspectionId: string, until: string): Promise<NextStep> {
  const inspection = await deps.timeline.getInspection(inspectionId);
  if (!inspection) throw new Error(`no inspection ${inspectionId}`);
  const input = { inspectionId, driver: inspection.driver };
  let step = await findNext(deps, input);
  while (!step.done && step.kind !== 'none' && step.at <= until) {
    if (new Date(step.at) > deps.clock.now()) deps.clock.set(step.at);
    step = await processDue(deps, input, step.kind);
  }
  if (new Date(until) > deps.clock.now()) deps.clock.set(until);
  return step;
}

/** Runs the alert's current driver now (and, given `until`, at each step it waits for up to then). */
export async function runAlert(
  deps: MemoryDeps,
  alert: Pick<AlertRecord, 'inspectionId' | 'id'>,
  until?: string,
): Promise<AlertNextStep> {
  const advance = async () => advanceAlert(deps, { ...keyOf(alert), driver: (await storedAlert(deps, alert)).driver });
  let step = await advance();
  while (until !== undefined && !step.done && step.at <= until) {
    if (new Date(step.at) > deps.clock.now()) deps.clock.set(step.at);
    step = await advance();
  }
  return step;
}

const keyOf = (alert: Pick<AlertRecord, 'inspectionId' | 'id'>) => ({
  inspectionId: alert.inspectionId,
  alertId: alert.id,
});

/** The alert as stored now. */
export async function storedAlert(deps: MemoryDeps, alert: Pick<AlertRecord, 'inspectionId' | 'id'>) {
  const stored = await deps.alerts.getAlert(alert.inspectionId, alert.id);
  if (!stored) throw new Error(`no alert ${alert.id}`);
  return stored;
}

/** What an inspector writes to raise an alert about one case. */
export const individualAlert = (inspectionId: string, overrides: Record<string, unknown> = {}) => ({
  inspectionId,
  type: 'individual',
  category: 'risk-of-harm-to-others',
  caseReference: 'CASE-0042',
  whatMightHappen: 'Contact with a named child could resume without any safeguarding check',
  howSerious: 'Serious harm is possible',
  howImminent: 'Within days',
  actionRequested: 'Review the risk management plan and make a safeguarding referral',
  ...overrides,
});

/** What the lead writes to raise an alert about the region's practice. */
export const organisationalAlert = (inspectionId: string) => ({
  inspectionId,
  type: 'organisational',
  category: 'organisational-practice',
  whatMightHappen: 'Domestic abuse checks are not made across the region',
  howSerious: 'Serious harm to partners and children is possible',
  howImminent: 'Now: cases are being allocated without checks',
  actionRequested: 'Make the checks on every new case and audit the cases allocated since January',
});

/**
 * An alert raised by `who` and, if the lead raised it (confirmed at once), sent to the region by
 * its driver: `region-notified`.
 */
export async function raiseAndNotify(deps: MemoryDeps, who: Principal, input: Record<string, unknown>) {
  const raised = await raiseAlert(deps, who, input);
  await runAlert(deps, raised);
  return storedAlert(deps, raised);
}

/** North East's individual alert, raised by the lead in fieldwork and sent to the region. */
export async function notifiedAlert(): Promise<{ deps: MemoryDeps; alert: AlertRecord }> {
  const deps = memoryDeps();
  await planInspection(deps);
  deps.clock.set('2027-03-02T14:00:00Z');
  const alert = await raiseAlert(deps, SIGNED_IN.lead, individualAlert('north-east-2027-03-01'));
  await runAlert(deps, alert);
  return { deps, alert };
}
