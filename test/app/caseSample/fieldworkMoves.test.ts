import { describe, expect, it } from 'vitest';
import { sampleReadiness } from '../../../functions/app/caseSample/sampleReadiness.js';
import { viewSample } from '../../../functions/app/caseSample/viewSample.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { addDays, type LocalDate } from '../../../functions/domain/localDate.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { announce, makeReady, uploaded } from './arrangeSample.js';

describe('fieldwork moving after the sample was issued', () => {
  it('keeps the issued cases and moves each interview by as many weeks as fieldwork moved', async () => {
    const { deps, inspectionId } = await uploaded();
    await makeReady(deps, inspectionId);
    await announce(deps, inspectionId);
    const before = await viewSample(deps, SIGNED_IN.isa, inspectionId);
    expect(before.sample?.cases.filter((c) => c.interview).length).toBeGreaterThan(0);

    // Two weeks later: Monday 15 March 2027.
    await reschedule(deps, SIGNED_IN.isa, { inspectionId, fieldworkStart: '2027-03-15', confirmWarnings: true });

    const after = await viewSample(deps, regionUser('north-east'), inspectionId);
    expect(after.sample?.cases.map((c) => c.crn)).toEqual(before.sample?.cases.map((c) => c.crn));
    for (const item of before.sample?.cases ?? []) {
      const moved = after.sample?.cases.find((c) => c.crn === item.crn)?.interview;
      expect(moved?.date).toBe(addDays(item.interview?.date as LocalDate, 14));
      expect(moved?.start).toBe(item.interview?.start);
    }
    expect((await sampleReadiness(deps, inspectionId)).status).toBe('ready');
  });
});
