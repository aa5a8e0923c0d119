import { describe, expect, it } from 'vitest';
import { previewReschedule } from '../../../functions/app/inspections/previewReschedule.js';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { PEOPLE } from '../../support/records.js';
import { planInspection, timelineOf } from '../arrange.js';

/**
 * Moving an inspection into a week the programme cannot staff (issue 15): three on site at once,
 * more than the two the programme can staff by default. Each inspection has its own lead, so only
 * capacity clashes.
 */
const ledBy = (n: number) => ({
  ...PEOPLE,
  lead: { name: `Lead ${n}`, email: `lead${n}@officials.example` },
  deputyLead: undefined,
});

async function threeInspections() {
  const deps = memoryDeps();
  await planInspection(deps, { region: 'North East', fieldworkStart: '2027-03-01', people: ledBy(1) });
  await planInspection(deps, { region: 'Wales', fieldworkStart: '2027-03-15', people: ledBy(2) });
  const { inspection } = await planInspection(deps, {
    region: 'London',
    fieldworkStart: '2027-04-12',
    people: ledBy(3),
  });
  return { deps, london: inspection.id };
}

describe('moving fieldwork into a week the programme cannot staff', () => {
  it('is warned about in the preview, naming the week and the inspections on site', async () => {
    const { deps, london } = await threeInspections();

    const preview = await previewReschedule(deps, SIGNED_IN.isa, {
      inspectionId: london,
      fieldworkStart: '2027-03-15',
    });

    expect(preview.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^3 inspections in fieldwork in the week of Monday 15 March 2027, more than the 2/),
    );
  });

  it('is refused without confirming the warning, saving nothing, and saved once confirmed', async () => {
    const { deps, london } = await threeInspections();
    const move = { inspectionId: london, fieldworkStart: '2027-03-15' };

    await expect(reschedule(deps, SIGNED_IN.isa, move)).rejects.toMatchObject({
      name: 'RequestError',
      errors: [
        { field: 'confirmWarnings', message: expect.stringContaining('more than the 2 the programme can staff') },
      ],
    });
    expect((await timelineOf(deps, london)).inspection.fieldworkStart).toBe('2027-04-12');

    await reschedule(deps, SIGNED_IN.isa, { ...move, confirmWarnings: true });
    expect((await timelineOf(deps, london)).inspection.fieldworkStart).toBe('2027-03-15');
  });

  it('says nothing of a clash the inspection was already in', async () => {
    const { deps, london } = await threeInspections();
    await reschedule(deps, SIGNED_IN.isa, {
      inspectionId: london,
      fieldworkStart: '2027-03-15',
      confirmWarnings: true,
    });

    const preview = await previewReschedule(deps, SIGNED_IN.isa, {
      inspectionId: london,
      fieldworkStart: '2027-03-22',
    });

    expect(preview.warnings.filter((w) => /programme can staff/.test(w.message))).toEqual([]);
  });
});
