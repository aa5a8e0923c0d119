import type { Deps } from '../../functions/app/deps.js';

/**
 * The use cases' dependencies as they were `weeks` weeks ago on the real clock: for arranging an
 * inspection already under way (fieldwork this week), which was planned back then. Planning refuses
 * a fieldwork start in the past (issue 18), as it should; a test that needs one plans it earlier.
 */
export function plannedEarlier<D extends Pick<Deps, 'clock'>>(deps: D, weeks = 10): D {
  const offset = weeks * 7 * 24 * 60 * 60 * 1000;
  return { ...deps, clock: { now: () => new Date(deps.clock.now().getTime() - offset) } };
}
