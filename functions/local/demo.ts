import { RequestError, type Deps } from '../app/deps.js';
import { recordCompletion, reschedule } from '../app/inspections.js';
import { addWorkingDays } from '../domain/calendar.js';
import { addDays, asLocalDate, ukInstant, type LocalDate } from '../domain/localDate.js';
import type { MilestoneId } from '../domain/milestones.js';
import { REGIONS } from '../domain/regions.js';
import type { InspectionState } from '../ports/records.js';

/** The simulated clock starts here: a week before the first announcement. */
export const DEMO_START = new Date('2027-02-01T08:00:00Z');
/** The first fieldwork Monday; the others follow a week apart, through the spring of 2027. */
export const DEMO_FIRST_FIELDWORK = asLocalDate('2027-03-01');

/** How a region behaves in the demonstration. */
export type Behaviour =
  | { kind: 'on-time' }
  | { kind: 'late'; milestoneId: MilestoneId; workingDaysLate: number }
  | { kind: 'reschedule'; weeksLater: number; workingDaysAfterAnnouncement: number };

export interface DemoInspection {
  region: string;
  fieldworkStart: LocalDate;
  behaviour: Behaviour;
}

const BEHAVIOURS: Record<string, Behaviour> = {
  'north-west': { kind: 'late', milestoneId: 'evidenceDeadline', workingDaysLate: 5 },
  'greater-manchester': { kind: 'late', milestoneId: 'orgStructureDue', workingDaysLate: 1 },
  london: { kind: 'reschedule', weeksLater: 2, workingDaysAfterAnnouncement: 3 },
};

/**
 * The 12 regional inspections, fieldwork a week apart. Beyond 12 (benchmarks), every region is
 * inspected again each week from the season after: 12 inspections a week.
 */
export function demoProgramme(
  count: number = REGIONS.length,
  first: LocalDate = DEMO_FIRST_FIELDWORK,
): DemoInspection[] {
  return Array.from({ length: count }, (_, index) => {
    const region = REGIONS[index % REGIONS.length] as (typeof REGIONS)[number];
    const week = index < REGIONS.length ? index : 16 + Math.floor((index - REGIONS.length) / REGIONS.length);
    return {
      region: region.name,
      fieldworkStart: addDays(first, 7 * week),
      behaviour: index < REGIONS.length ? (BEHAVIOURS[region.id] ?? { kind: 'on-time' }) : { kind: 'on-time' },
    };
  });
}

/** Officials of a demonstration inspection: invented names, example addresses. */
export function demoPeople(regionId: string, index: number) {
  const person = (role: string, name: string, domain: string) => ({
    name,
    email: `${role}.${regionId}.${index}@${domain}`,
  });
  return {
    lead: person('lead', `Alex Morgan (${index + 1})`, 'inspectorate.example'),
    deputyLead: person('deputy', `Sam Patel (${index + 1})`, 'inspectorate.example'),
    isa: person('isa', `Jo Evans (${index + 1})`, 'inspectorate.example'),
    rpd: person('rpd', `Chris Taylor (${index + 1})`, 'probation.example'),
    spoc: person('spoc', `Nia Davies (${index + 1})`, 'probation.example'),
    headOfProgramme: person('head', 'Pat Kelly', 'inspectorate.example'),
  };
}

/** When each milestone is done by a region or an official who meets their dates (UK local time). */
const ON_TIME: { milestoneId: MilestoneId; workingDays: number; time: string; by: string }[] = [
  { milestoneId: 'orgStructureDue', workingDays: -1, time: '14:00', by: 'single point of contact' },
  { milestoneId: 'scheduleChangeDeadline', workingDays: 0, time: '11:00', by: 'single point of contact' },
  { milestoneId: 'evidenceDeadline', workingDays: 0, time: '12:00', by: 'single point of contact' },
  { milestoneId: 'planningNotesIssued', workingDays: 0, time: '15:00', by: 'inspection support administrator' },
  { milestoneId: 'draftReportDue', workingDays: 0, time: '16:00', by: 'lead inspector' },
  { milestoneId: 'factualAccuracyDue', workingDays: -2, time: '10:00', by: 'single point of contact' },
];

export interface ScriptedAction {
  at: Date;
  inspectionId: string;
  describe: string;
  act: (deps: Deps) => Promise<unknown>;
}

/** The actions of the people in one inspection, from its stored plan and its behaviour. */
export function scriptFor(deps: Deps, state: InspectionState, behaviour: Behaviour): ScriptedAction[] {
  const due = (id: MilestoneId) => state.milestones.find((m) => m.id === id)?.dueDate as LocalDate;
  const inspectionId = state.inspection.id;
  const actions: ScriptedAction[] = ON_TIME.map((step) => {
    const late = behaviour.kind === 'late' && behaviour.milestoneId === step.milestoneId;
    const workingDays = late ? behaviour.workingDaysLate : step.workingDays;
    const day = addWorkingDays(deps.calendar, due(step.milestoneId), workingDays);
    const planned = due(step.milestoneId);
    return {
      at: new Date(ukInstant(day, late ? '14:00' : step.time)),
      inspectionId,
      describe: `${step.by} completes ${step.milestoneId}${late ? ` (${workingDays} working days late)` : ''}`,
      act: async (d: Deps) => {
        try {
          return await recordCompletion(d, {
            inspectionId,
            milestoneId: step.milestoneId,
            actor: step.by,
            expectedDueDate: planned,
          });
        } catch (error) {
          // An action planned against dates that have since changed belongs to the old plan.
          if (error instanceof RequestError && error.errors.some((e) => e.field === 'expectedDueDate'))
            return undefined;
          throw error;
        }
      },
    };
  });
  if (behaviour.kind === 'reschedule') {
    const day = addWorkingDays(deps.calendar, due('announcement'), behaviour.workingDaysAfterAnnouncement);
    const fieldworkStart = addDays(state.inspection.fieldworkStart, 7 * behaviour.weeksLater);
    actions.push({
      at: new Date(ukInstant(day, '11:30')),
      inspectionId,
      describe: `administrator moves fieldwork to ${fieldworkStart}`,
      act: (d: Deps) => reschedule(d, { inspectionId, fieldworkStart, actor: 'inspection support administrator' }),
    });
  }
  return actions;
}
