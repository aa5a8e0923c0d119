import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../functions/app/caseSample/buildSchedule.js';
import { visibleInspection } from '../../../functions/app/access/inspectionAccess.js';
import { setTeam } from '../../../functions/app/caseSample/setTeam.js';
import { uploadLongList } from '../../../functions/app/caseSample/uploadLongList.js';
import { RequestError } from '../../../functions/app/errors.js';
import { practitionerKey } from '../../../functions/domain/caseSample/cases.js';
import { longListCsv, syntheticLongList } from '../../../functions/local/syntheticLongList.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { planInspection } from '../arrange.js';
import { planned, sampleActions, uploaded } from './arrangeSample.js';

const assistants = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    name: `Assistant ${index + 1}`,
    email: `assistant${index + 1}@officials.example`,
  }));

describe('the team and the provisional interview schedule', () => {
  it('draws up the schedule with the lead and the assistant inspectors, each case once, two a day each at most', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const saved = await setTeam(deps, SIGNED_IN.lead, { inspectionId, assistantInspectors: assistants(8) });

    const schedule = saved.schedule;
    expect(schedule?.inspectors.map((person) => person.role)).toEqual([
      'lead-inspector',
      ...Array(8).fill('assistant-inspector'),
    ]);
    const placed = [...(schedule?.interviews.map((i) => i.crn) ?? []), ...(schedule?.unplaced.map((u) => u.crn) ?? [])];
    expect(placed.sort()).toEqual((record.sample?.sampled.map((item) => item.crn) ?? []).sort());
    expect(schedule?.interviews.length).toBeGreaterThan(0);
    const perDay = new Map<string, number>();
    for (const interview of schedule?.interviews ?? []) {
      const key = `${interview.inspector}|${interview.date}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded', 'interview team set']);
  });

  it('lets the team sign in to the inspection, and only those still on it', async () => {
    const { deps, inspectionId } = await uploaded();
    const [first, second] = assistants(2).map((person) => ({ role: 'assistantInspector' as const, ...person }));
    if (!first || !second) throw new Error('two assistants expected');

    await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: assistants(2) });
    const seenByBoth = await Promise.all([first, second].map((who) => visibleInspection(deps, who, inspectionId)));
    await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: assistants(1) });

    expect(seenByBoth.map((inspection) => inspection.id)).toEqual([inspectionId, inspectionId]);
    await expect(visibleInspection(deps, first, inspectionId)).resolves.toMatchObject({ id: inspectionId });
    await expect(visibleInspection(deps, second, inspectionId)).rejects.toMatchObject({ name: 'ForbiddenError' });
    const access = (await deps.timeline.auditTrail(inspectionId)).filter(
      (e) => e.action === 'interview team given access',
    );
    expect(access.at(-1)).toMatchObject({ after: { interviewTeam: [first.email] } });
  });

  it('explains the cases that fit no slot, rather than dropping them', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const saved = await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: [] });
    // The lead alone: two cases a day.
    expect(saved.schedule?.interviews.length).toBeLessThan(record.sample?.sampled.length ?? 0);
    expect(saved.schedule?.unplaced[0]?.why).toMatch(/add an inspector/);
  });

  it('keeps a practitioner’s unavailable days', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const first = record.sample?.sampled[0];
    if (!first) throw new Error('no case sampled');
    const key = practitionerKey(first.practitioner);
    const saved = await setTeam(deps, SIGNED_IN.isa, {
      inspectionId,
      assistantInspectors: assistants(8),
      practitionerUnavailable: [
        { practitionerKey: key, dates: ['2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'] },
      ],
    });
    expect(saved.schedule?.interviews.find((interview) => interview.crn === first.crn)?.date).toBe('2027-03-01');
  });

  it('refuses, by field, an unknown practitioner, a day outside week one, someone twice, and Welsh assessors outside Wales', async () => {
    const { deps, inspectionId } = await uploaded();
    const refusal = await setTeam(deps, SIGNED_IN.isa, {
      inspectionId,
      assistantInspectors: [...assistants(1), { name: 'Lee again', email: 'LEAD@officials.example' }],
      welshSpeakingAssessors: [{ name: 'Ceri Jones', email: 'ceri@officials.example' }],
      practitionerUnavailable: [{ practitionerKey: 'staff:NOBODY', dates: ['2027-03-08'] }],
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RequestError);
    expect((refusal as RequestError).errors.map((error) => error.field)).toEqual([
      'welshSpeakingAssessors',
      'assistantInspectors.1.email',
      'practitionerUnavailable.0.practitionerKey',
      'practitionerUnavailable.0.dates.0',
    ]);
    expect((await deps.caseSample.getSample(inspectionId))?.team).toBeUndefined();
  });

  it('in Wales, puts the Welsh-speaking local assessors on the schedule', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps, { region: 'Wales' });
    const cases = syntheticLongList({
      region: 'Wales',
      fieldworkStart: inspection.fieldworkStart,
      rows: 3000,
      seed: 7,
    });
    await uploadLongList(deps, SIGNED_IN.isa, { inspectionId: inspection.id, csv: longListCsv(cases) });
    const saved = await setTeam(deps, SIGNED_IN.isa, {
      inspectionId: inspection.id,
      assistantInspectors: assistants(6),
      welshSpeakingAssessors: [{ name: 'Ceri Jones', email: 'ceri@officials.example' }],
    });
    expect(saved.schedule?.inspectors.at(-1)).toEqual({
      name: 'Ceri Jones',
      email: 'ceri@officials.example',
      role: 'local-assessor',
    });
    expect(saved.schedule?.interviews.some((interview) => interview.inspector === 'ceri@officials.example')).toBe(true);
  });

  it('draws the schedule up again on request, once there is a team', async () => {
    const { deps, inspectionId } = await planned();
    await expect(buildSchedule(deps, SIGNED_IN.isa, { inspectionId })).rejects.toThrow(/no long-list/);
    const { deps: withList, inspectionId: id } = await uploaded();
    await expect(buildSchedule(withList, SIGNED_IN.isa, { inspectionId: id })).rejects.toThrow(/no team/);
    await setTeam(withList, SIGNED_IN.isa, { inspectionId: id, assistantInspectors: assistants(8) });
    const schedule = await buildSchedule(withList, SIGNED_IN.isa, { inspectionId: id });
    expect(schedule.unplaced).toEqual([]);
  });
});
