import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { planInspection, type InspectionPlan } from '../../../functions/domain/planner.js';
import {
  clashesIntroducedBy,
  easterSunday,
  findClashes,
  programmeInspection,
  programmeSettingsSchema,
  type ProgrammeInspection,
  type ProgrammePerson,
} from '../../../functions/domain/programme/clashes.js';

const calendar = englandAndWalesCalendar();

const jo: ProgrammePerson = { name: 'Jo Okafor', email: 'jo.okafor@justiceinspectorates.gov.uk' };
const sam: ProgrammePerson = { name: 'Sam Patel', email: 'sam.patel@justiceinspectorates.gov.uk' };
const alex: ProgrammePerson = { name: 'Alex Wood', email: 'alex.wood@justiceinspectorates.gov.uk' };

const plans = new Map<string, InspectionPlan | undefined>();
function planFor(region: string, fieldworkStart: string): InspectionPlan | undefined {
  const key = `${region}|${fieldworkStart}`;
  if (!plans.has(key)) {
    const result = planInspection({ region, fieldworkStart }, calendar);
    plans.set(key, result.ok ? result.value : undefined);
  }
  return plans.get(key);
}

function inspection(
  id: string,
  region: string,
  fieldworkStart: string,
  people: ProgrammeInspection['people'] = {},
): ProgrammeInspection {
  const plan = planFor(region, fieldworkStart);
  if (!plan) throw new Error(`no plan for ${region} from ${fieldworkStart}`);
  return programmeInspection(id, plan, people, calendar);
}

describe('clashes across the programme (2027)', () => {
  it('names a person leading one fieldwork and deputising another at the same time, whatever the email’s case', () => {
    const london = inspection('london-2027', 'London', '2027-03-01', { lead: jo });
    const wales = inspection('wales-2027', 'Wales', '2027-03-15', {
      lead: sam,
      deputyLead: { ...jo, email: 'Jo.Okafor@JusticeInspectorates.gov.uk' },
    });

    const clashes = findClashes([london, wales], calendar).filter((c) => c.kind === 'person-on-two-fieldworks');

    expect(clashes).toMatchObject([
      {
        kind: 'person-on-two-fieldworks',
        week: '2027-03-15',
        inspectionIds: ['london-2027', 'wales-2027'],
        person: 'jo.okafor@justiceinspectorates.gov.uk',
        message:
          'Jo Okafor leads or deputises two fieldworks at once: London (london-2027, fieldwork Monday 1 March 2027 to Friday 19 March 2027) and Wales (wales-2027, fieldwork Monday 15 March 2027 to Friday 2 April 2027)',
      },
    ]);
  });

  it('does not name a person whose fieldworks follow one another', () => {
    const first = inspection('a', 'London', '2027-03-01', { lead: jo });
    const second = inspection('b', 'North East', '2027-03-22', { lead: jo });

    expect(findClashes([first, second], calendar).filter((c) => c.kind === 'person-on-two-fieldworks')).toEqual([]);
  });

  it('finds more inspections on site in one week than the programme can staff (the review week not counted)', () => {
    const a = inspection('a', 'London', '2027-03-01');
    const b = inspection('b', 'North East', '2027-03-15');
    const c = inspection('c', 'South West', '2027-03-15');
    // In its review week that week: not on site.
    const d = inspection('d', 'Wales', '2027-03-08');

    const clashes = findClashes([c, a, d, b], calendar).filter((x) => x.kind === 'fieldwork-over-capacity');

    expect(clashes).toMatchObject([
      {
        kind: 'fieldwork-over-capacity',
        week: '2027-03-15',
        inspectionIds: ['a', 'b', 'c'],
        message:
          '3 inspections in fieldwork in the week of Monday 15 March 2027, more than the 2 the programme can staff: London (a), North East (b) and South West (c)',
      },
    ]);
    const roomier = programmeSettingsSchema.parse({ fieldworkCapacity: 3 });
    expect(findClashes([a, b, c], calendar, roomier).filter((x) => x.kind === 'fieldwork-over-capacity')).toEqual([]);
  });

  it('finds more reports in editing at once than the programme can edit', () => {
    const a = inspection('a', 'London', '2027-06-07');
    const b = inspection('b', 'North East', '2027-06-07');
    const c = inspection('c', 'South West', '2027-06-14');

    const clashes = findClashes([a, b, c], calendar).filter((x) => x.kind === 'editing-over-capacity');

    // Fieldwork ending Friday 25 June: first drafts Friday 9 July, editing the week of Monday 12 July;
    // the third's editing is a week later, so the three meet in no week.
    expect(a.editing).toEqual({ from: '2027-07-12', to: '2027-07-15' });
    expect(clashes).toEqual([]);
    const d = inspection('d', 'Wales', '2027-06-07');
    expect(findClashes([a, b, c, d], calendar).filter((x) => x.kind === 'editing-over-capacity')).toMatchObject([
      { week: '2027-07-12', inspectionIds: ['a', 'b', 'd'] },
    ]);
  });

  it('counts forecast editing dates when they are given', () => {
    const plan = planFor('London', '2027-06-07') as InspectionPlan;
    const late = programmeInspection('late', plan, {}, calendar, [
      { id: 'firstDraft', due: asLocalDate('2027-07-16') },
      { id: 'strategicEditing', due: asLocalDate('2027-07-22') },
    ]);

    expect(late.editing).toEqual({ from: '2027-07-19', to: '2027-07-22' });
  });

  it('names fieldwork at Easter: Good Friday 26 March and Easter Monday 29 March 2027', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    const goodFriday = inspection('gf', 'London', '2027-03-08');
    const easterMonday = inspection('em', 'London', '2027-03-15');

    const clashes = findClashes([goodFriday, easterMonday], calendar).filter((c) => c.kind === 'easter-week');

    expect(clashes.map((c) => [c.inspectionIds[0], c.week, c.message])).toEqual([
      [
        'gf',
        '2027-03-22',
        'Fieldwork week two of the London inspection (gf, from Monday 22 March 2027) falls at Easter (Good Friday on Friday 26 March 2027)',
      ],
      [
        'em',
        '2027-03-29',
        'Fieldwork week two of the London inspection (em, from Monday 29 March 2027) falls at Easter (Easter Monday on Monday 29 March 2027)',
      ],
    ]);
  });

  it('names fieldwork in a bank holiday week: the Spring bank holiday, Monday 31 May 2027', () => {
    const clashes = findClashes([inspection('may', 'Wales', '2027-05-17')], calendar);

    expect(clashes).toMatchObject([
      {
        kind: 'bank-holiday-week',
        week: '2027-05-31',
        inspectionIds: ['may'],
        message:
          'Fieldwork week two of the Wales inspection (may, from Monday 31 May 2027) holds a bank holiday: Spring bank holiday on Monday 31 May 2027',
      },
    ]);
  });

  it('names fieldwork over Christmas and New Year, once for the week', () => {
    const clashes = findClashes([inspection('xmas', 'London', '2027-12-13')], calendar);

    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ kind: 'christmas-week', week: '2027-12-27', inspectionIds: ['xmas'] });
    expect(clashes[0]?.message).toMatch(
      /^Fieldwork week two of the London inspection \(xmas, from Monday 27 December 2027\) falls over Christmas and New Year \(/,
    );
  });

  it('shows only the clashes a change brings', () => {
    const london = inspection('london', 'London', '2027-03-01', { lead: jo });
    const wales = inspection('wales', 'Wales', '2027-04-12', { lead: sam, deputyLead: jo });
    const before = findClashes([london, wales], calendar);
    const moved = inspection('wales', 'Wales', '2027-03-08', { lead: sam, deputyLead: jo });

    const introduced = clashesIntroducedBy(before, findClashes([london, moved], calendar));

    // Jo on both fieldworks, and the new dates put Wales's week two at Easter.
    expect(introduced.map((c) => [c.kind, c.week])).toEqual([
      ['person-on-two-fieldworks', '2027-03-08'],
      ['easter-week', '2027-03-22'],
    ]);
    expect(clashesIntroducedBy(before, before)).toEqual([]);
  });
});

// Properties over programmes of up to six inspections in 2026 to 2029.
const RUNS = { numRuns: 100 };
const DAY_MS = 86_400_000;
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const mondayAt = (week: number) => new Date(FIRST_MONDAY + week * 7 * DAY_MS).toISOString().slice(0, 10);
const person = fc
  .tuple(fc.constantFrom(jo, sam, alex), fc.boolean())
  .map(([p, upper]) => ({ ...p, email: upper ? p.email.toUpperCase() : p.email }));
const regionName = fc.constantFrom('London', 'Wales', 'North East', 'South West');

function buildProgramme(
  entries: readonly { week: number; region: string; lead: ProgrammePerson; deputy: ProgrammePerson | null }[],
): ProgrammeInspection[] {
  return entries.flatMap((entry, i) => {
    const plan = planFor(entry.region, mondayAt(entry.week));
    if (!plan) return [];
    const people = { lead: entry.lead, ...(entry.deputy ? { deputyLead: entry.deputy } : {}) };
    return [programmeInspection(`inspection-${i}`, plan, people, calendar)];
  });
}

const entry = (weeks: fc.Arbitrary<number>) =>
  fc.record({ week: weeks, region: regionName, lead: person, deputy: fc.option(person, { nil: null }) });

describe('clash detection, for any programme', () => {
  it('is the same whatever order the inspections come in', () => {
    fc.assert(
      fc.property(
        fc.array(entry(fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (entries, keys) => {
          const programme = buildProgramme(entries);
          const shuffled = programme
            .map((inspection, i) => ({ inspection, key: keys[i] as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ inspection }) => inspection);

          expect(findClashes(shuffled, calendar)).toEqual(findClashes(programme, calendar));
          expect(findClashes([...programme].reverse(), calendar)).toEqual(findClashes(programme, calendar));
        },
      ),
      RUNS,
    );
  });

  it('finds no clash between inspections far apart: only each one’s own holiday weeks', () => {
    fc.assert(
      fc.property(
        fc.array(entry(fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 150 }),
        (entries, first) => {
          // Ten weeks apart: one's fieldwork and editing are over before the next one's begin.
          const apart = entries.map((e, i) => ({ ...e, week: first + i * 10 + (e.week % 2) }));
          const programme = buildProgramme(apart);

          const clashes = findClashes(programme, calendar);

          expect(clashes.every((c) => c.inspectionIds.length === 1)).toBe(true);
          expect(clashes.every((c) => ['christmas-week', 'easter-week', 'bank-holiday-week'].includes(c.kind))).toBe(
            true,
          );
          const alone = programme.flatMap((one) => findClashes([one], calendar));
          expect(clashesIntroducedBy(alone, clashes)).toEqual([]);
          expect(clashesIntroducedBy(clashes, alone)).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('brings nothing when nothing changes, and only clashes of the inspection planned when one is added', () => {
    fc.assert(
      fc.property(fc.array(entry(fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 6 }), (entries) => {
        const programme = buildProgramme(entries);
        const [added, ...others] = programme;
        if (!added) return;
        const before = findClashes(others, calendar);

        const introduced = clashesIntroducedBy(before, findClashes(programme, calendar));

        expect(clashesIntroducedBy(before, before)).toEqual([]);
        expect(introduced.every((clash) => clash.inspectionIds.includes(added.id))).toBe(true);
      }),
      RUNS,
    );
  });
});
