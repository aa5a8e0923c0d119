import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { startInspection } from '../../../functions/app/inspections/startInspection.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';

/** Planning a new inspection refuses the dates a change of dates refuses (issue 18): nothing is stored or sent. */
describe('planning an inspection on 4 January 2027', () => {
  const plan = (deps: ReturnType<typeof memoryDeps>, input: Record<string, unknown>) =>
    startInspection(deps, SIGNED_IN.isa, { region: 'North East', people: PEOPLE, ...input });

  it('refuses a fieldwork start in the past, offering the earliest working Monday, and stores nothing', async () => {
    const deps = memoryDeps();

    // 2026 typed for 2027.
    const planned = plan(deps, { fieldworkStart: '2026-03-01' });

    await expect(planned).rejects.toThrow(RequestError);
    await expect(planned).rejects.toMatchObject({
      errors: [
        {
          field: 'fieldworkStart',
          message: 'is in the past; fieldwork can start on Monday 4 January 2027 at the earliest',
        },
      ],
    });
    expect(await deps.timeline.listInspections()).toEqual([]);
    expect(deps.driver.starts).toEqual([]);
    expect(deps.notifier.sent).toEqual([]);
  });

  it('refuses a bank-holiday Monday for the first day of fieldwork, offering the nearest working Mondays', async () => {
    const deps = memoryDeps();

    const planned = plan(deps, { fieldworkStart: '2027-08-30' });

    await expect(planned).rejects.toMatchObject({
      errors: [
        {
          field: 'fieldworkStart',
          message:
            'is a bank holiday (Summer bank holiday); fieldwork starts on a working Monday: ' +
            'Monday 23 August 2027 or Monday 6 September 2027',
        },
      ],
    });
    expect(await deps.timeline.listInspections()).toEqual([]);
  });

  it('refuses a milestone date set in the past, with the other problems at once', async () => {
    const deps = memoryDeps();

    const planned = plan(deps, {
      fieldworkStart: '2027-03-01',
      milestoneDates: { evidenceDeadline: '2026-12-31' },
      people: { ...PEOPLE, lead: undefined },
    });

    await expect(planned).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({
          field: 'milestoneDates.evidenceDeadline',
          value: '2026-12-31',
          message: 'is in the past; choose today or a later date',
        }),
        expect.objectContaining({ field: 'people.lead' }),
      ]),
    });
    expect(await deps.timeline.listInspections()).toEqual([]);
  });

  it('still plans a working Monday from today on', async () => {
    const deps = memoryDeps();

    const state = await plan(deps, { fieldworkStart: '2027-03-01' });

    expect(state.inspection.fieldworkStart).toBe('2027-03-01');
  });
});
