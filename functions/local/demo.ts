import { actOnAlert } from '../app/alerts/actOnAlert.js';
import { raiseAlert } from '../app/alerts/raiseAlert.js';
import type { Deps } from '../app/deps.js';
import { RequestError } from '../app/errors.js';
import { changeOfficial } from '../app/inspections/changeOfficial.js';
import { recordCompletion } from '../app/inspections/recordCompletion.js';
import { reschedule } from '../app/inspections/reschedule.js';
import { readReportProgress, recordReportStage } from '../app/report/recordReportStage.js';
import { reportProgressNow } from '../app/report/reportProgress.js';
import type { StageId } from '../domain/report/reportStages.js';
import type { Principal } from '../domain/access.js';
import { addWorkingDays, englandAndWalesCalendar, type WorkingCalendar } from '../domain/calendar.js';
import { workingMondayOnOrAfter } from '../domain/dateChange.js';
import { addDays, asLocalDate, ukInstant, type LocalDate } from '../domain/localDate.js';
import type { MilestoneId } from '../domain/milestones.js';
import type { Person } from '../domain/people.js';
import { REGIONS } from '../domain/regions.js';
import type { InspectionRecord, InspectionState } from '../ports/records.js';

/** The simulated clock starts here: a week before the first announcement. */
export const DEMO_START = new Date('2027-02-01T08:00:00Z');
/** The first fieldwork Monday; the others follow a week apart, through the spring of 2027. */
export const DEMO_FIRST_FIELDWORK = asLocalDate('2027-03-01');

/** How a region behaves in the demonstration. */
export type Behaviour =
  | { kind: 'on-time' }
  /** An individual alert in fieldwork week one, answered in time and assured. */
  | { kind: 'individual-alert' }
  /** An organisational alert in week two that nobody acknowledges in time: escalated, then assured. */
  | { kind: 'organisational-alert' }
  | { kind: 'late'; milestoneId: MilestoneId; workingDaysLate: number }
  | { kind: 'reschedule'; weeksLater: number; workingDaysAfterAnnouncement: number }
  /** Planned without a SPOC: the RPD names this one two working days after the announcement (§3.3). */
  | { kind: 'names-spoc'; spoc: Person }
  /** The lead falls ill after the announcement: an administrator names another, who acts from then on. */
  | { kind: 'replaces-lead'; lead: Person; workingDaysAfterAnnouncement: number }
  /** Strategic editing finishes late: the forecast publication moves day by day, and the report is published late. */
  | { kind: 'slow-editing'; workingDaysLate: number };

export interface DemoInspection {
  region: string;
  fieldworkStart: LocalDate;
  /** Its officials as planned. */
  people: DemoPeople;
  behaviour: Behaviour;
}

const BEHAVIOURS: Record<string, Behaviour> = {
  'north-west': { kind: 'late', milestoneId: 'evidenceDeadline', workingDaysLate: 5 },
  'greater-manchester': { kind: 'late', milestoneId: 'orgStructureDue', workingDaysLate: 1 },
  london: { kind: 'reschedule', weeksLater: 2, workingDaysAfterAnnouncement: 3 },
  'north-east': { kind: 'individual-alert' },
  'yorkshire-and-the-humber': { kind: 'organisational-alert' },
  'west-midlands': {
    kind: 'replaces-lead',
    lead: { name: 'Dana Hughes', email: 'dana.hughes@inspectorate.example' },
    workingDaysAfterAnnouncement: 3,
  },
  'east-midlands': { kind: 'slow-editing', workingDaysLate: 4 },
};

/** The milestones after strategic editing: a report late there reaches them late too. */
const AFTER_STRATEGIC_EDITING: readonly MilestoneId[] = ['factualAccuracySent', 'factualAccuracyDue', 'publication'];

/** Who records each report stage that is not a milestone: the ISA for the contract editor and the data team. */
const REPORT_STAGE_BY: Partial<Record<StageId, 'isa' | 'head'>> = {
  contractEditing: 'isa',
  strategicEditing: 'head',
  statisticsCheck: 'isa',
  translation: 'isa',
};

/**
 * Fieldwork starts for a programme, one inspection of a region a week at most: each on a working
 * Monday on or after the day asked, a bank-holiday Monday giving way to the next, and a week the
 * region already has (the one a bank holiday pushed along) to the one after.
 */
export function freeWeeks(calendar: WorkingCalendar): (region: string, from: LocalDate) => LocalDate {
  const taken = new Set<string>();
  return (region, from) => {
    let fieldworkStart = workingMondayOnOrAfter(calendar, from);
    while (taken.has(`${region}#${fieldworkStart}`)) {
      fieldworkStart = workingMondayOnOrAfter(calendar, addDays(fieldworkStart, 7));
    }
    taken.add(`${region}#${fieldworkStart}`);
    return fieldworkStart;
  };
}

/**
 * The 12 regional inspections, fieldwork a week apart. Beyond 12 (benchmarks), every region is
 * inspected again each week from the season after: 12 inspections a week.
 */
export function demoProgramme(
  count: number = REGIONS.length,
  first: LocalDate = DEMO_FIRST_FIELDWORK,
  calendar: WorkingCalendar = englandAndWalesCalendar(),
): DemoInspection[] {
  const freeWeek = freeWeeks(calendar);
  return Array.from({ length: count }, (_, index) => {
    const region = REGIONS[index % REGIONS.length] as (typeof REGIONS)[number];
    const week = index < REGIONS.length ? index : 16 + Math.floor((index - REGIONS.length) / REGIONS.length);
    const fieldworkStart = freeWeek(region.name, addDays(first, 7 * week));
    const people = demoPeople(region.id, index);
    if (index < REGIONS.length && region.id === DEMO_SPOC_NAMED_REGION) {
      const { spoc, ...withoutSpoc } = people;
      return { region: region.name, fieldworkStart, people: withoutSpoc, behaviour: { kind: 'names-spoc', spoc } };
    }
    return {
      region: region.name,
      fieldworkStart,
      people,
      behaviour: index < REGIONS.length ? (BEHAVIOURS[region.id] ?? { kind: 'on-time' }) : { kind: 'on-time' },
    };
  });
}

/** The inspection support administrator who plans the demonstration's inspections. */
export const DEMO_ADMINISTRATOR: Principal = {
  role: 'administrator',
  name: 'inspection support administrator',
  email: 'isa@inspectorate.example',
};

/** The region planned without a SPOC: its RPD names one after the announcement (§3.3; issue 15). */
const DEMO_SPOC_NAMED_REGION = 'east-of-england';

type DemoPeople = Omit<ReturnType<typeof demoPeople>, 'spoc'> & { spoc?: Person };

/** Officials of a demonstration inspection: invented names, example addresses. */
function demoPeople(regionId: string, index: number) {
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
    assistantInspectors: [person('assistant', `Ravi Shah (${index + 1})`, 'inspectorate.example')],
  };
}

/**
 * The people of a demonstration inspection as they sign in: the ISA (an administrator), the lead,
 * the region's SPOC, and an assistant inspector on the team (who raises alerts for the lead to confirm).
 */
export function demoPrincipals(
  inspection: InspectionRecord,
): Record<'isa' | 'lead' | 'head' | 'region' | 'inspector', Principal> {
  const { people } = inspection;
  const spoc = people.spoc ?? people.rpd;
  return {
    isa: { role: 'administrator', ...people.isa },
    lead: { role: 'lead', ...people.lead },
    head: { role: 'headOfProgramme', ...people.headOfProgramme },
    region: { role: 'region', ...spoc, regionId: inspection.regionId },
    inspector: {
      role: 'assistantInspector',
      ...(people.assistantInspectors?.[0] ?? { name: 'Ravi Shah', email: 'ravi.shah@inspectorate.example' }),
    },
  };
}

/**
 * When each milestone is done by a region or an official who meets their dates (UK local time),
 * and who records it: the ISA records what the region sends; the lead records the meetings, the
 * fieldwork weeks and the work the region is told of (the week-two schedule, the draft report sent);
 * the Head of Programme records publication. Nothing is met unless someone records it (issue 18).
 */
const ON_TIME: {
  milestoneId: MilestoneId;
  workingDays: number;
  time: string;
  by: 'isa' | 'lead' | 'head';
  what: string;
}[] = [
  { milestoneId: 'planningMeeting', workingDays: 0, time: '11:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'weekTwoScheduleShared', workingDays: 0, time: '10:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'fieldworkWeek1Start', workingDays: 0, time: '12:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'reviewWeekStart', workingDays: 0, time: '09:30', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'fieldworkWeek2Start', workingDays: 0, time: '16:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'fieldworkEnd', workingDays: 0, time: '14:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'factualAccuracySent', workingDays: 0, time: '10:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'followUpWeekStart', workingDays: 0, time: '10:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'publication', workingDays: 0, time: '09:30', by: 'head', what: 'the Head of Programme' },
  { milestoneId: 'orgStructureDue', workingDays: -1, time: '14:00', by: 'isa', what: 'the region' },
  { milestoneId: 'scheduleChangeDeadline', workingDays: 0, time: '11:00', by: 'isa', what: 'the region' },
  { milestoneId: 'evidenceDeadline', workingDays: 0, time: '12:00', by: 'isa', what: 'the region' },
  { milestoneId: 'planningNotesIssued', workingDays: 0, time: '15:00', by: 'isa', what: 'the ISA' },
  { milestoneId: 'draftReportDue', workingDays: 0, time: '16:00', by: 'lead', what: 'the lead inspector' },
  { milestoneId: 'factualAccuracyDue', workingDays: -2, time: '10:00', by: 'isa', what: 'the region' },
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
  const who = demoPrincipals(state.inspection);
  // Whoever holds the role when the time comes (a lead replaced meanwhile no longer acts).
  const current = async (d: Deps) => {
    const inspection = await d.timeline.getInspection(inspectionId);
    return inspection ? demoPrincipals(inspection) : who;
  };
  const editingLate = behaviour.kind === 'slow-editing' ? behaviour.workingDaysLate : 0;
  const actions: ScriptedAction[] = ON_TIME.map((step) => {
    const late = behaviour.kind === 'late' && behaviour.milestoneId === step.milestoneId;
    const afterEditing = editingLate > 0 && AFTER_STRATEGIC_EDITING.includes(step.milestoneId);
    const workingDays = late ? behaviour.workingDaysLate : step.workingDays + (afterEditing ? editingLate : 0);
    const day = addWorkingDays(deps.calendar, due(step.milestoneId), workingDays);
    const planned = due(step.milestoneId);
    return {
      at: new Date(ukInstant(day, late ? '14:00' : step.time)),
      inspectionId,
      describe: `${step.what} completes ${step.milestoneId}${late ? ` (${workingDays} working days late)` : ''}`,
      act: async (d: Deps) => {
        try {
          return await recordCompletion(d, (await current(d))[step.by], {
            inspectionId,
            milestoneId: step.milestoneId,
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
  actions.push(...reportScript(deps, state, editingLate, current));
  if (behaviour.kind === 'replaces-lead') {
    const { lead } = behaviour;
    actions.push({
      at: new Date(
        ukInstant(addWorkingDays(deps.calendar, due('announcement'), behaviour.workingDaysAfterAnnouncement), '09:45'),
      ),
      inspectionId,
      describe: `administrator replaces the lead inspector, who is ill, with ${lead.name}`,
      act: (d: Deps) => changeOfficial(d, who.isa, { inspectionId, role: 'lead', ...lead }),
    });
  }
  if (behaviour.kind === 'names-spoc') {
    const { spoc } = behaviour;
    actions.push({
      at: new Date(ukInstant(addWorkingDays(deps.calendar, due('announcement'), 2), '10:00')),
      inspectionId,
      describe: 'the RPD names the SPOC, who is sent the key dates and the calendar file',
      act: (d: Deps) => changeOfficial(d, who.region, { inspectionId, role: 'spoc', ...spoc }),
    });
  }
  if (behaviour.kind === 'reschedule') {
    const day = addWorkingDays(deps.calendar, due('announcement'), behaviour.workingDaysAfterAnnouncement);
    const fieldworkStart = addDays(state.inspection.fieldworkStart, 7 * behaviour.weeksLater);
    actions.push({
      at: new Date(ukInstant(day, '11:30')),
      inspectionId,
      describe: `administrator moves fieldwork to ${fieldworkStart}`,
      // As on the page: the administrator saw the check-your-answers page and its warnings.
      act: (d: Deps) => reschedule(d, who.isa, { inspectionId, fieldworkStart, confirmWarnings: true }),
    });
  }
  if (behaviour.kind === 'individual-alert' || behaviour.kind === 'organisational-alert') {
    actions.push(...alertScript(deps, state, behaviour.kind));
  }
  return actions;
}

/**
 * The report's stages that are not milestones of the plan, each recorded done on its planned date
 * (strategic editing, in a slow inspection, `editingLate` working days after it): by the ISA for
 * the contract editor, the data team and the translators, by the Head of Programme for their own.
 * A stage whose planned date has moved since (a reschedule) belongs to the old plan and is left.
 */
function reportScript(
  deps: Deps,
  state: InspectionState,
  editingLate: number,
  current: (d: Deps) => Promise<ReturnType<typeof demoPrincipals>>,
): ScriptedAction[] {
  const inspectionId = state.inspection.id;
  const progress = reportProgressNow(deps, state.inspection, state.milestones);
  return progress.plan.stages.flatMap((stage): ScriptedAction[] => {
    const by = REPORT_STAGE_BY[stage.id];
    if (!by) return [];
    const late = stage.id === 'strategicEditing' ? editingLate : 0;
    const day = addWorkingDays(deps.calendar, stage.due, late);
    return [
      {
        at: new Date(ukInstant(day, '15:00')),
        inspectionId,
        describe: `${by === 'head' ? 'the Head of Programme' : 'the ISA'} records ${stage.id} done${late ? ` (${late} working days late)` : ''}`,
        act: async (d: Deps) => {
          const inspection = await d.timeline.getInspection(inspectionId);
          if (!inspection) return undefined;
          const now = await readReportProgress(d, inspection);
          if (now.plan.stages.find((s) => s.id === stage.id)?.due !== stage.due) return undefined;
          await recordReportStage(d, (await current(d))[by], {
            inspectionId,
            stageId: stage.id,
            kind: 'done',
            on: day,
          });
          // Nothing returned: the demonstration re-scripts an inspection only after its dates move.
          return undefined;
        },
      },
    ];
  });
}

/** The people of an inspection raising and answering its first alert (`<inspectionId>-a1`). */
function alertScript(
  deps: Deps,
  state: InspectionState,
  kind: 'individual-alert' | 'organisational-alert',
): ScriptedAction[] {
  const { inspection } = state;
  const due = (id: MilestoneId) => state.milestones.find((m) => m.id === id)?.dueDate as LocalDate;
  const alertId = `${inspection.id}-a1`;
  const { lead, region, inspector } = demoPrincipals(inspection);
  const act = (d: Deps, who: Principal, action: string, fields: Record<string, string> = {}) =>
    actOnAlert(d, who, { alertId, action, ...fields });
  const at = (milestone: MilestoneId, workingDays: number, time: string) =>
    new Date(ukInstant(addWorkingDays(deps.calendar, due(milestone), workingDays), time));
  const step = (when: Date, describe: string, act: (d: Deps) => Promise<unknown>): ScriptedAction => ({
    at: when,
    inspectionId: inspection.id,
    describe,
    act,
  });
  const common = {
    inspectionId: inspection.id,
    whatMightHappen: 'Described in the system',
    howSerious: 'Described in the system',
    howImminent: 'Described in the system',
  };
  if (kind === 'individual-alert') {
    // Tuesday of week one: an assistant inspector raises it at 11:00, the lead confirms at 11:30; the
    // region acknowledges the next morning and evidences its action the morning after.
    return [
      step(at('fieldworkWeek1Start', 1, '11:00'), 'an assistant inspector raises an individual alert', (d) =>
        raiseAlert(d, inspector, {
          ...common,
          type: 'individual',
          category: 'risk-of-harm-to-others',
          caseReference: 'C-1001',
          actionRequested: 'Review the case’s risk management plan',
        }),
      ),
      step(at('fieldworkWeek1Start', 1, '11:30'), 'the lead confirms the alert', (d) => act(d, lead, 'confirm')),
      step(at('fieldworkWeek1Start', 2, '10:00'), 'the region acknowledges the alert', (d) =>
        act(d, region, 'acknowledge'),
      ),
      step(at('fieldworkWeek1Start', 3, '10:00'), 'the region submits evidence of action', (d) =>
        act(d, region, 'submit-evidence', { summary: 'Plan reviewed: see the case record' }),
      ),
      step(at('fieldworkWeek1Start', 3, '15:00'), 'the lead is assured', (d) =>
        act(d, lead, 'assure', { note: 'The revised plan and the manager’s review seen in the case record' }),
      ),
    ];
  }
  // Tuesday of week two at 10:00: the lead raises it. Acknowledgement was due on Wednesday at
  // 10:00 and comes at 15:00, after the escalation to the Head of Programme; evidence comes in time.
  return [
    step(at('fieldworkWeek2Start', 1, '10:00'), 'the lead raises an organisational alert', (d) =>
      raiseAlert(d, lead, {
        ...common,
        type: 'organisational',
        category: 'organisational-practice',
        actionRequested: 'Make domestic abuse checks on every new case',
      }),
    ),
    step(at('fieldworkWeek2Start', 2, '15:00'), 'the region acknowledges the alert, late', (d) =>
      act(d, region, 'acknowledge'),
    ),
    step(at('fieldworkWeek2Start', 3, '09:30'), 'the region submits evidence of action', (d) =>
      act(d, region, 'submit-evidence', { summary: 'Checks now made on every case' }),
    ),
    step(at('fieldworkWeek2Start', 4, '12:00'), 'the lead is assured', (d) =>
      act(d, lead, 'assure', { note: 'The checks were seen on a sample of new cases' }),
    ),
    step(at('draftReportDue', 0, '16:30'), 'the lead marks the alert as described in the report', (d) =>
      act(d, lead, 'mark-in-report'),
    ),
  ];
}
