import { describe, expect, it } from 'vitest';
import { reschedule } from '../../../functions/app/inspections/reschedule.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { planInspection, runLifecycle, timelineOf } from '../arrange.js';

describe('the reference a notice shows', () => {
  it('stays the same after fieldwork moves, and never carries the first fieldwork date', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps, { region: 'London', fieldworkStart: '2027-04-26' });
    await runLifecycle(deps, inspection.id, '2027-04-06T10:00:00Z');

    await reschedule(deps, SIGNED_IN.isa, {
      inspectionId: inspection.id,
      fieldworkStart: '2027-05-10',
      confirmWarnings: true,
    });
    await runLifecycle(deps, inspection.id, '2027-04-06T10:00:00Z');

    const after = (await timelineOf(deps, inspection.id)).inspection;
    expect(after).toMatchObject({ id: 'london-2027-04-26', ref: inspection.ref, fieldworkStart: '2027-05-10' });
    expect(inspection.ref).toMatch(/^DIPP-LDN-[A-Z]{5}$/);
    const subjects = deps.notifier.sent.map((m) => m.subject);
    expect(subjects.length).toBeGreaterThan(1);
    for (const subject of subjects) {
      expect(subject).toContain(`(${inspection.ref})`);
      expect(subject).not.toContain('2027-04-26');
    }
    expect(deps.notifier.sent.map((m) => m.headers['X-DIPP-Inspection-Id'])).toEqual(
      deps.notifier.sent.map(() => 'london-2027-04-26'),
    );
  });
});
