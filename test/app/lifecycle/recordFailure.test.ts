import { describe, expect, it } from 'vitest';
import { findNext } from '../../../functions/app/lifecycle/nextStep.js';
import { processDue } from '../../../functions/app/lifecycle/processDue.js';
import { recordFailure } from '../../../functions/app/lifecycle/recordFailure.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

const ANNOUNCEMENT = 'announcement:announcement:2027-02-08';
const REQUEST = 'org-structure-request:orgStructureDue:2027-02-08';

describe('recording a task that failed after its retries', () => {
  it('records the event the task stopped at, when its step’s own event was done before it', async () => {
    // The announcement and the structure request fall due together on 8 February at 09:00.
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);
    await runLifecycle(deps, inspection.id, '2027-02-08T08:59:00Z');
    const input = { inspectionId: inspection.id, driver: inspection.driver };
    const step = await findNext(deps, input);
    expect(step).toMatchObject({ kind: 'notice', eventId: ANNOUNCEMENT });
    const claim = deps.ledger.claimNotice.bind(deps.ledger);
    deps.ledger.claimNotice = async (claimed) => {
      if (claimed.notice.id === REQUEST)
        throw Object.assign(new Error('Internal server error'), { name: 'InternalServerError' });
      return claim(claimed);
    };
    deps.clock.set('2027-02-08T09:00:00Z');
    await expect(processDue(deps, input, 'notice')).rejects.toThrow('Internal server error');

    await recordFailure(deps, {
      ...input,
      eventId: ANNOUNCEMENT,
      kind: 'notice',
      error: { Error: 'InternalServerError' },
    });

    const { events } = await timelineOf(deps, inspection.id);
    expect(events.find((e) => e.id === ANNOUNCEMENT)?.status).toBe('done');
    expect(events.find((e) => e.id === REQUEST)).toMatchObject({
      status: 'failed',
      outcome: expect.stringContaining('task failed after retries: InternalServerError'),
    });
  });
});
