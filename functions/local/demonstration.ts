import { TransientError } from '../app/errors.js';
import { startInspection } from '../app/inspections/startInspection.js';
import { ConflictError } from '../ports/errors.js';
import { regionById, REGIONS } from '../domain/regions.js';
import type { InspectionState } from '../ports/records.js';
import { logger } from '../shared/logger.js';
import { DEMO_ADMINISTRATOR, demoProgramme, scriptFor, type ScriptedAction } from './demo.js';
import { DEMO_SAMPLE_CHANGES_REGION, sampleScript } from './demoSample.js';
import { workingMondayOnOrAfter } from '../domain/dateChange.js';
import { addDays, ukDateOf, ukInstant } from '../domain/localDate.js';
import type { LocalStack } from './localStack.js';

export interface DemonstrationOptions {
  /** How many inspections: 12 is the regional programme; more repeat it a season later each time. */
  count?: number;
  /** Told of each scripted action as it happens. */
  onAction?: (action: ScriptedAction, at: Date) => void;
  /** Inspections started at once (DynamoDB Local has two cores to share). */
  concurrency?: number;
}

export interface DemonstrationResult {
  inspectionIds: string[];
  actions: number;
  failedActions: number;
}

/** People try again when the system was busy with the same inspection (a conflict), as they would. */
async function withRetries<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const busy = error instanceof ConflictError || error instanceof TransientError;
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)))));
  }
  return results;
}

/**
 * Plays the demonstration programme on a simulated clock: starts every inspection, lets its
 * people act at their simulated times, and returns when every lifecycle has ended.
 */
export async function runDemonstration(
  stack: LocalStack,
  options: DemonstrationOptions = {},
): Promise<DemonstrationResult> {
  const simulation = stack.simulation;
  if (!simulation) throw new Error('the demonstration needs the simulated clock');
  const { deps } = stack;
  let pending = 0;
  let actions = 0;
  let failedActions = 0;

  const schedule = (script: ScriptedAction[]) => {
    for (const action of script) {
      pending += 1;
      setTimeout(
        () => {
          void stack
            .run(async () => {
              actions += 1;
              options.onAction?.(action, deps.clock.now());
              const result = await withRetries(() => action.act(deps));
              // After a reschedule, the people act on the new dates.
              if (result && typeof result === 'object' && 'inspection' in result) {
                schedule(scriptFor(deps, result as InspectionState, { kind: 'on-time' }));
              }
            })
            .catch((error: unknown) => {
              failedActions += 1;
              logger.error('scripted action failed', { action: action.describe, error: String(error) });
            })
            .finally(() => {
              pending -= 1;
            });
        },
        Math.max(0, action.at.getTime() - deps.clock.now().getTime()),
      );
    }
  };

  const programme = demoProgramme(options.count ?? REGIONS.length);
  const inspectionIds = await inBatches(programme, options.concurrency ?? 8, async (item, index) => {
    const state = await stack.run(() =>
      startInspection(deps, DEMO_ADMINISTRATOR, {
        region: item.region,
        fieldworkStart: item.fieldworkStart,
        people: item.people,
        // The programme as the administrator planned it, its clashes seen (the programme page names them).
        acknowledgeClashes: true,
      }),
    );
    schedule([...scriptFor(deps, state, item.behaviour), ...sampleScript(deps, state, index + 1)]);
    return state.inspection.id;
  });
  await simulation.runUntil(() => stack.engine.active === 0 && stack.alertEngine.active === 0 && pending === 0);
  return { inspectionIds, actions, failedActions };
}

/**
 * After the programme has run, the demonstration region's next inspection, planned and announced
 * with its case sample issued, so that a newcomer can walk the sample as the region would (issue
 * 14): its SPOC asks for a change while the sample can still change, and its lead decides. The
 * simulated clock runs on only to the afternoon of its announcement. Same people as the region's
 * first inspection, so one sign-in sees both.
 */
export async function leaveOneUnderWay(stack: LocalStack): Promise<InspectionState> {
  const simulation = stack.simulation;
  if (!simulation) throw new Error('the demonstration needs the simulated clock');
  const { deps } = stack;
  const region = regionById(DEMO_SAMPLE_CHANGES_REGION);
  const programme = demoProgramme();
  const index = programme.findIndex((item) => item.region === region.name);
  const planned = programme[index];
  if (!planned) throw new Error(`the demonstration has no ${region.name}`);
  const today = ukDateOf(deps.clock.now());
  const fieldworkStart = workingMondayOnOrAfter(deps.calendar, addDays(today, 6 * 7));
  const state = await stack.run(() =>
    startInspection(deps, DEMO_ADMINISTRATOR, {
      region: region.name,
      fieldworkStart,
      people: planned.people,
      // Its clashes with the programme run (the same lead, a holiday week) seen and accepted.
      acknowledgeClashes: true,
    }),
  );
  // Its long-list uploaded and the team entered now, well before the announcement.
  const [prepare] = sampleScript(deps, state, 100 + index);
  if (prepare) await stack.run(() => withRetries(() => prepare.act(deps)));
  const announcement = state.milestones.find((m) => m.id === 'announcement');
  if (announcement) await simulation.runUntil(() => false, new Date(ukInstant(announcement.dueDate, '14:00')));
  return state;
}
