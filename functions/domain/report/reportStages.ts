import * as z from 'zod/mini';
import { addWorkingDays, onOrAfterWorkingDay, type WorkingCalendar } from '../calendar.js';
import { addDays, type LocalDate } from '../localDate.js';
import { english, said, type Said, type SaidKey } from '../messages/said.js';
import { FIELDWORK_END_OFFSET_DAYS, type MilestoneId } from '../milestones.js';
import type { InspectionPlan } from '../planner.js';
import { workingDays } from '../settings.js';

/**
 * Report production (§7.1, §7.3, §7.4, §6.9): the stages the report goes through after fieldwork,
 * in order, each with its owner and its due date. The manual gives the first draft's two weeks,
 * the draft reaching the region about three weeks after fieldwork (§2.4) and publication six weeks
 * after it (eight in Wales); every other period is a default in `reportSettingsSchema`.
 */

/** Who does a stage, in the manual's words. */
export const OWNER_ROLES = [
  'lead inspector',
  'contract editor',
  'Head or Deputy Head of Programme',
  'Chief Inspector',
  'region (RPD or SPOC)',
  'chief operating officer',
  'data team',
  'inspection support administrator',
  'Head of Probation Inspection Programme',
] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const STAGE_IDS = [
  'firstDraft',
  'contractEditing',
  'strategicEditing',
  'chiefInspectorReview',
  'factualAccuracyCheck',
  'statisticsCheck',
  'translation',
  'publication',
  'feedbackRequest',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * The periods the manual does not give. With the defaults the stages between the first draft
 * (two weeks after fieldwork) and the draft going to the region (three weeks after) fill the one
 * week between them, and the checks after the region's comments fill the week before publication.
 */
export const reportSettingsSchema = z.strictObject({
  /** Contract editing: grammar and house style (§7.1). */
  contractEditingWorkingDays: z._default(workingDays(1, 10), 2),
  /** Strategic editing: structure, accuracy and quality, by the Head or Deputy Head of Programme (§7.1). */
  strategicEditingWorkingDays: z._default(workingDays(1, 10), 2),
  /** Review by the Chief Inspector (§7.1). */
  chiefInspectorReviewWorkingDays: z._default(workingDays(1, 10), 1),
  /** Statistics check by the data and information team (§7.1). */
  statisticsCheckWorkingDays: z._default(workingDays(1, 10), 3),
  /** Welsh translation: "at least an additional two weeks" (§7.4). Wales only. */
  translationWorkingDays: z._default(workingDays(10, 30), 10),
  /** From the last check to publishing: the report and its data workbook made ready (§7.1, §7.4). */
  publicationPreparationWorkingDays: z._default(workingDays(1, 10), 2),
  /** The Head of Programme asks the SPOC or RPD for feedback this many working days after publication (§6.9). */
  feedbackRequestWorkingDays: z._default(workingDays(1, 20), 5),
  /** The chief operating officer decides a factual-accuracy dispute within this many working days (§7.3). */
  disputeDecisionWorkingDays: z._default(workingDays(1, 20), 5),
});

export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export type ReportOverrides = z.input<typeof reportSettingsSchema>;
export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsSchema.parse({});

/** The lead inspector's two weeks for the first draft (§7.1), in working days, for another round. */
const FIRST_DRAFT_WORKING_DAYS = 10;

export interface StageRule {
  id: StageId;
  title: string;
  owner: OwnerRole;
  source: string;
  /** The plan's milestone whose date this stage is due on: the stage and the milestone are one date. */
  anchor?: MilestoneId;
  /** Only in Wales. */
  walesOnly?: true;
  /** Working days the stage takes (a new round takes as long). */
  workingDays: (settings: ReportSettings, plan: Pick<InspectionPlan, 'settings'>) => number;
}

/** The stages of §7.1 in order, then publication (§7.4) and the feedback request (§6.9). */
export const STAGE_RULES: readonly StageRule[] = [
  {
    id: 'firstDraft',
    title: 'First draft of the report written',
    owner: 'lead inspector',
    source: '§7.1',
    anchor: 'draftReportDue',
    workingDays: () => FIRST_DRAFT_WORKING_DAYS,
  },
  {
    id: 'contractEditing',
    title: 'Contract editing (grammar and house style)',
    owner: 'contract editor',
    source: '§7.1',
    workingDays: (s) => s.contractEditingWorkingDays,
  },
  {
    id: 'strategicEditing',
    title: 'Strategic editing (structure, accuracy and quality)',
    owner: 'Head or Deputy Head of Programme',
    source: '§7.1',
    workingDays: (s) => s.strategicEditingWorkingDays,
  },
  {
    id: 'chiefInspectorReview',
    title: 'Review by the Chief Inspector, then the draft goes to the region',
    owner: 'Chief Inspector',
    source: '§7.1, §2.4',
    anchor: 'factualAccuracySent',
    workingDays: (s) => s.chiefInspectorReviewWorkingDays,
  },
  {
    id: 'factualAccuracyCheck',
    title: 'Factual-accuracy check by the region',
    owner: 'region (RPD or SPOC)',
    source: '§7.1, §7.3',
    anchor: 'factualAccuracyDue',
    workingDays: (_s, plan) => plan.settings.factualAccuracyWorkingDays,
  },
  {
    id: 'statisticsCheck',
    title: 'Statistics check by the data and information team',
    owner: 'data team',
    source: '§7.1',
    workingDays: (s) => s.statisticsCheckWorkingDays,
  },
  {
    id: 'translation',
    title: 'Welsh translation',
    owner: 'inspection support administrator',
    source: '§2.4, §7.4',
    walesOnly: true,
    workingDays: (s) => s.translationWorkingDays,
  },
  {
    id: 'publication',
    title: 'Report published',
    owner: 'Head of Probation Inspection Programme',
    source: '§7.4',
    anchor: 'publication',
    workingDays: (s) => s.publicationPreparationWorkingDays,
  },
  {
    id: 'feedbackRequest',
    title: 'SPOC or RPD asked for feedback on the conduct of the inspection',
    owner: 'Head of Probation Inspection Programme',
    source: '§6.9',
    workingDays: (s) => s.feedbackRequestWorkingDays,
  },
];

export function stageRule(id: StageId): StageRule {
  return STAGE_RULES.find((rule) => rule.id === id) as StageRule;
}

export interface PlannedStage {
  id: StageId;
  title: string;
  owner: OwnerRole;
  source: string;
  due: LocalDate;
  /** Working days the stage takes by the settings (a new round takes as long). */
  workingDays: number;
}

export interface ReportPlan {
  stages: PlannedStage[];
  /** The publication date as planned (the plan's publication milestone). */
  publication: LocalDate;
  /** The manual's aim: six weeks after the end of fieldwork, eight in Wales (§7.4). */
  aim: LocalDate;
  /** A stage left fewer working days than the settings give it, in words. */
  warnings: string[];
  /** The same warnings, as said (for a page to word in its language). */
  warningsSaid: Said[];
}

/** Each stage's title in the catalogue (the same words as its rule's title in English). */
export const STAGE_TITLES: Readonly<Record<StageId, SaidKey>> = {
  firstDraft: 'report.stage.firstDraft',
  contractEditing: 'report.stage.contractEditing',
  strategicEditing: 'report.stage.strategicEditing',
  chiefInspectorReview: 'report.stage.chiefInspectorReview',
  factualAccuracyCheck: 'report.stage.factualAccuracyCheck',
  statisticsCheck: 'report.stage.statisticsCheck',
  translation: 'report.stage.translation',
  publication: 'report.stage.publication',
  feedbackRequest: 'report.stage.feedbackRequest',
};

/** Each owner's name in the catalogue (the same words as the role in English). */
export const OWNER_TITLES: Readonly<Record<OwnerRole, SaidKey>> = {
  'lead inspector': 'report.owner.lead',
  'contract editor': 'report.owner.contractEditor',
  'Head or Deputy Head of Programme': 'report.owner.editor',
  'Chief Inspector': 'report.owner.chiefInspector',
  'region (RPD or SPOC)': 'report.owner.region',
  'chief operating officer': 'report.owner.coo',
  'data team': 'report.owner.dataTeam',
  'inspection support administrator': 'report.owner.isa',
  'Head of Probation Inspection Programme': 'report.owner.headOfProgramme',
};

/** What the report plan reads from an inspection's plan. */
export type ReportPlanSource = Pick<InspectionPlan, 'fieldworkStart' | 'fieldworkEnd' | 'regionId' | 'settings'> & {
  milestones: readonly Pick<InspectionPlan['milestones'][number], 'id' | 'date'>[];
};

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`.
 * The inverse of `addWorkingDays` between working days.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
}

/** The later of two dates. */
export const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

/** Six weeks after the end of fieldwork, eight in Wales (§7.4), on a working day. */
export function publicationAim(
  plan: Pick<InspectionPlan, 'fieldworkStart' | 'regionId'>,
  calendar: WorkingCalendar,
): LocalDate {
  const end = addDays(plan.fieldworkStart, FIELDWORK_END_OFFSET_DAYS);
  return onOrAfterWorkingDay(calendar, addDays(end, plan.regionId === 'wales' ? 56 : 42));
}

/**
 * Each stage's due date. A stage that is a milestone of the plan (the first draft, the draft sent
 * to the region, the region's comments, publication) is due on that milestone's date, so a date
 * set by hand moves the stage too. The stages between two such milestones are placed back from the
 * later one by the working days the stages after them take, so any bank holiday shortens the
 * earliest; the feedback request follows publication. A stage left less time than its settings
 * give (a short week, a shortened factual-accuracy period) is never due before the stage before
 * it, and is named in the warnings.
 */
export function planReportStages(
  plan: ReportPlanSource,
  calendar: WorkingCalendar,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
): ReportPlan {
  const isWales = plan.regionId === 'wales';
  const rules = STAGE_RULES.filter((rule) => !rule.walesOnly || isWales);
  const dateOf = new Map(plan.milestones.map((m) => [m.id, m.date]));
  const anchorOf = (rule: StageRule): LocalDate | undefined => {
    if (!rule.anchor) return undefined;
    const date = dateOf.get(rule.anchor);
    if (date === undefined) throw new Error(`the plan has no ${rule.anchor} milestone`);
    return date;
  };
  const days = rules.map((rule) => rule.workingDays(settings, plan));
  const due: (LocalDate | undefined)[] = rules.map(anchorOf);

  // Back from each milestone to the one before it.
  for (let i = rules.length - 2; i >= 0; i -= 1) {
    const next = due[i + 1];
    if (due[i] === undefined && next !== undefined) due[i] = addWorkingDays(calendar, next, -(days[i + 1] as number));
  }
  // After the last milestone: forwards.
  for (let i = 1; i < rules.length; i += 1) {
    const previous = due[i - 1] as LocalDate;
    if (due[i] === undefined) due[i] = addWorkingDays(calendar, previous, days[i] as number);
  }

  const warnings: Said[] = [];
  const stages: PlannedStage[] = [];
  let previous = plan.fieldworkEnd;
  rules.forEach((rule, i) => {
    const date = laterOf(due[i] as LocalDate, previous);
    const wanted = days[i] as number;
    const given = workingDaysBetween(calendar, previous, date);
    // The first draft's two weeks are calendar weeks (the plan's rule), not working days.
    if (i > 0 && given < wanted) {
      warnings.push(
        said('report.shortStage', { stage: said(STAGE_TITLES[rule.id]), given, from: previous, to: date, wanted }),
      );
    }
    stages.push({
      id: rule.id,
      title: rule.title,
      owner: rule.owner,
      source: rule.source,
      due: date,
      workingDays: wanted,
    });
    previous = date;
  });

  return {
    stages,
    publication: stages.find((stage) => stage.id === 'publication')?.due as LocalDate,
    aim: publicationAim(plan, calendar),
    warnings: warnings.map(english),
    warningsSaid: warnings,
  };
}
