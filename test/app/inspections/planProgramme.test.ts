import { describe, expect, it } from 'vitest';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { planProgramme } from '../../../functions/app/inspections/planProgramme.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { programmeCsv, programmeRows } from '../../support/programmeFile.js';
import { planInspection } from '../arrange.js';

/**
 * Planning a whole programme from one CSV file (issue 15), on 4 January 2027: the 12 regions a
 * week apart from 13 September 2027, a programme with no clash.
 */
describe('planning a programme from one file', () => {
  it('previews the twelve plans with their key dates and people, saving nothing', async () => {
    const deps = memoryDeps();

    const preview = await planProgramme(deps, SIGNED_IN.isa, { csv: programmeCsv() });

    expect(preview.saved).toBe(false);
    expect(preview.plans).toHaveLength(12);
    expect(preview.plans[0]).toMatchObject({
      row: 2,
      id: 'north-east-2027-09-13',
      region: 'North East',
      fieldworkStart: '2027-09-13',
      fieldworkEnd: '2027-10-01',
      announcement: '2027-08-23',
      people: { lead: { email: expect.stringMatching(/@/) } },
    });
    expect(preview.plans.find((plan) => plan.region === 'East of England')?.people.spoc).toBeUndefined();
    expect(preview.clashes).toEqual([]);
    expect(await deps.timeline.listInspections()).toEqual([]);
    expect(deps.driver.starts).toEqual([]);
  });

  it('saves the twelve, each with its driver started, once confirmed', async () => {
    const deps = memoryDeps();

    const planned = await planProgramme(deps, SIGNED_IN.isa, { csv: programmeCsv(), confirm: true });

    expect(planned.saved).toBe(true);
    const stored = await deps.timeline.listInspections();
    expect(stored.map((inspection) => inspection.region).sort()).toEqual(
      programmeRows()
        .map((row) => row.Region)
        .sort(),
    );
    expect(deps.driver.starts).toHaveLength(12);
    expect(stored.every((inspection) => inspection.createdBy === SIGNED_IN.isa.name)).toBe(true);
  });

  it('refuses a file with a bad date, an unknown region and a lead without an email, by row and column, saving nothing', async () => {
    const deps = memoryDeps();
    const csv = programmeCsv(programmeRows(), (row, index) =>
      index === 1
        ? { ...row, 'Fieldwork start': '2027-09-31' }
        : index === 4
          ? { ...row, Region: 'Atlantis' }
          : index === 7
            ? { ...row, 'Lead email': '' }
            : row,
    );

    const refused = planProgramme(deps, SIGNED_IN.isa, { csv, confirm: true });

    await expect(refused).rejects.toThrow(RequestError);
    const error = (await refused.catch((e: unknown) => e)) as RequestError;
    expect(error.message).toBe('the programme was not accepted, and nothing was saved: 3 problems to put right');
    expect(error.errors.map((e) => e.field)).toEqual([
      'row 3, column "Fieldwork start"',
      'row 6, column "Region"',
      'row 9, column "Lead email"',
    ]);
    expect(error.errors[1]?.message).toMatch(/^is not a probation region; use one of: North East/);
    expect(error.errors[2]?.message).toBe('must be an email address');
    expect(await deps.timeline.listInspections()).toEqual([]);
    expect(deps.driver.starts).toEqual([]);
  });

  it('refuses a region given twice, and a header it does not know', async () => {
    const deps = memoryDeps();
    const twice = programmeCsv(programmeRows(), (row, index) => (index === 3 ? { ...row, Region: 'north east' } : row));

    await expect(planProgramme(deps, SIGNED_IN.isa, { csv: twice })).rejects.toMatchObject({
      errors: [
        {
          field: 'row 5, column "Region"',
          message: 'repeats the region on row 2: a programme plans each region once',
        },
      ],
    });
    await expect(
      planProgramme(deps, SIGNED_IN.isa, { csv: 'Region,Fieldwork,Colour\nWales,2027-09-13,red\n' }),
    ).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'column "Colour"' }),
        expect.objectContaining({ field: 'column "Lead email"', message: 'is missing: the programme file needs it' }),
      ]),
    });
  });

  it('refuses a row whose inspection is stored already', async () => {
    const deps = memoryDeps();
    await planInspection(deps, { region: 'Wales', fieldworkStart: programmeRows()[11]?.['Fieldwork start'] });

    await expect(planProgramme(deps, SIGNED_IN.isa, { csv: programmeCsv() })).rejects.toMatchObject({
      errors: [
        { field: 'row 13, column "Fieldwork start"', message: expect.stringContaining('already has an inspection') },
      ],
    });
    expect(await deps.timeline.listInspections()).toHaveLength(1);
  });

  it('shows the clashes among the plans and with the inspections stored, and saves them only when acknowledged', async () => {
    const deps = memoryDeps();
    // Stored: the North East's lead on another fieldwork in the same weeks (a third on site in week two).
    const northEast = programmeRows()[0];
    await planInspection(deps, {
      region: 'Wales',
      fieldworkStart: '2027-09-13',
      people: {
        lead: { name: northEast?.['Lead name'], email: northEast?.['Lead email'] },
        isa: { name: 'Isa', email: 'isa@officials.example' },
        rpd: { name: 'Rhys', email: 'rpd@officials.example' },
        headOfProgramme: { name: 'Hope', email: 'hop@officials.example' },
      },
    });
    // In the file: the North West a week earlier, into the bank holiday of 30 August 2027.
    const withoutWales = programmeRows().filter((row) => row.Region !== 'Wales');
    const csv = programmeCsv(withoutWales, (row) =>
      row.Region === 'North West' ? { ...row, 'Fieldwork start': '2027-08-16' } : row,
    );

    const preview = await planProgramme(deps, SIGNED_IN.isa, { csv });

    expect(preview.clashes.map((clash) => clash.kind).sort()).toEqual([
      'bank-holiday-week',
      'fieldwork-over-capacity',
      'person-on-two-fieldworks',
    ]);
    await expect(planProgramme(deps, SIGNED_IN.isa, { csv, confirm: true })).rejects.toMatchObject({
      message:
        'the plan brings 3 clashes into the programme; look at them and plan again with acknowledgeClashes: true to go ahead',
      errors: [{ field: 'acknowledgeClashes' }],
    });
    expect(await deps.timeline.listInspections()).toHaveLength(1);

    await planProgramme(deps, SIGNED_IN.isa, { csv, confirm: true, acknowledgeClashes: true });
    expect(await deps.timeline.listInspections()).toHaveLength(12);
  });

  it('is for administrators and Heads of Programme only', async () => {
    const deps = memoryDeps();

    await expect(planProgramme(deps, SIGNED_IN.lead, { csv: programmeCsv() })).rejects.toThrow(ForbiddenError);
    await expect(planProgramme(deps, SIGNED_IN.headOfProgramme, { csv: programmeCsv() })).resolves.toMatchObject({
      saved: false,
    });
  });
});
