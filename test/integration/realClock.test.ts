import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { resumeDrivers } from '../../functions/app/lifecycle/resumeDrivers.js';
import { startLocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN } from './harness.js';

describe('npm start -- --clock real', () => {
  it('keeps DynamoDB on disk and, after a restart, resumes every inspection with nothing sent twice', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dipp-real-'));
    try {
      // First run: an inspection whose first notice is years away (waits far past 24.8 days).
      const first = await startLocalStack({ clock: 'real', dataDir });
      const created = await startInspection(first.deps, SIGNED_IN.isa, {
        region: 'Wales',
        fieldworkStart: '2031-03-03',
        people: PEOPLE,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(first.engine.active).toBe(1);
      await first.stop();

      // Second run on the same data: the inspection is there and gets a new driver.
      const second = await startLocalStack({ clock: 'real', dataDir });
      try {
        const resumed = await resumeDrivers(second.deps);
        const state = await second.deps.timeline.loadTimeline(created.inspection.id);

        expect(resumed).toEqual([created.inspection.id]);
        expect(state?.inspection.driver).not.toBe(created.inspection.driver);
        expect(state?.events.every((event) => event.status === 'pending')).toBe(true);
        expect(second.engine.active).toBe(1);
        // The long waits did not fire early: nothing has been sent, in either run.
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await second.deps.ledger.listNotices(created.inspection.id)).toEqual([]);
        expect(await second.ses.emails()).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
