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

/**
 * Planning into a clash (issue 15): a plan that brings a clash into the programme is refused, each
 * clash named, unless the request acknowledges them; nothing is stored or started until it does.
 */
describe('planning an inspection into a clash', () => {
  const ledBy = (n: number) => ({
    ...PEOPLE,
    lead: { name: `Lead ${n}`, email: `lead${n}@officials.example` },
    deputyLead: undefined,
  });
  const plan = (deps: ReturnType<typeof memoryDeps>, input: Record<string, unknown>) =>
    startInspection(deps, SIGNED_IN.isa, input);

  it('plans without asking when the plan brings no clash', async () => {
    const deps = memoryDeps();
    await plan(deps, { region: 'North East', fieldworkStart: '2027-06-07', people: ledBy(1) });

    await plan(deps, { region: 'North West', fieldworkStart: '2027-06-14', people: ledBy(2) });

    expect(await deps.timeline.listInspections()).toHaveLength(2);
  });

  it('refuses the lead on two overlapping fieldworks, naming them, and plans it once acknowledged', async () => {
    const deps = memoryDeps();
    await plan(deps, { region: 'North East', fieldworkStart: '2027-06-07', people: ledBy(1) });
    const second = { region: 'North West', fieldworkStart: '2027-06-14', people: ledBy(1) };

    const refused = plan(deps, second);

    await expect(refused).rejects.toThrow(RequestError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining('the plan brings 1 clash into the programme'),
      errors: [
        {
          field: 'acknowledgeClashes',
          message: expect.stringMatching(
            /^must be true to plan despite this clash: Lead 1 leads or deputises two fieldworks at once: North East \(north-east-2027-06-07/,
          ),
        },
      ],
    });
    expect(await deps.timeline.listInspections()).toHaveLength(1);
    expect(deps.driver.starts).toHaveLength(1);

    await plan(deps, { ...second, acknowledgeClashes: true });
    expect(await deps.timeline.listInspections()).toHaveLength(2);
    expect(deps.driver.starts).toHaveLength(2);
  });

  it('refuses a third inspection on site in one week (the capacity is two)', async () => {
    const deps = memoryDeps();
    await plan(deps, { region: 'North East', fieldworkStart: '2027-03-01', people: ledBy(1) });
    await plan(deps, { region: 'North West', fieldworkStart: '2027-03-01', people: ledBy(2) });

    const refused = plan(deps, { region: 'London', fieldworkStart: '2027-03-01', people: ledBy(3) });

    await expect(refused).rejects.toMatchObject({
      errors: [
        {
          field: 'acknowledgeClashes',
          message: expect.stringContaining('3 inspections in fieldwork in the week of Monday 1 March 2027'),
        },
      ],
    });
    expect(await deps.timeline.listInspections()).toHaveLength(2);
  });

  it('refuses fieldwork over Easter, and says a plan made twice exists rather than that it clashes', async () => {
    const deps = memoryDeps();
    const wales = { region: 'Wales', fieldworkStart: '2027-03-15', people: ledBy(1) };

    await expect(plan(deps, wales)).rejects.toMatchObject({
      errors: [{ field: 'acknowledgeClashes', message: expect.stringContaining('falls at Easter') }],
    });
    await plan(deps, { ...wales, acknowledgeClashes: true });

    await expect(plan(deps, wales)).rejects.toMatchObject({ errors: [{ field: 'fieldworkStart' }] });
  });

  it('refuses an acknowledgement that is not true or false', async () => {
    const deps = memoryDeps();

    await expect(
      plan(deps, { region: 'North East', fieldworkStart: '2027-03-01', people: PEOPLE, acknowledgeClashes: 'yes' }),
    ).rejects.toMatchObject({ errors: [{ field: 'acknowledgeClashes', message: 'must be true or false' }] });
  });
});
