/** What the report rules and use cases say, in English (see en.ts). */
export const reportEn = {
  // The stages of report production, by id (reportStages.ts).
  'report.stage.firstDraft': 'First draft of the report written',
  'report.stage.contractEditing': 'Contract editing (grammar and house style)',
  'report.stage.strategicEditing': 'Strategic editing (structure, accuracy and quality)',
  'report.stage.chiefInspectorReview': 'Review by the Chief Inspector, then the draft goes to the region',
  'report.stage.factualAccuracyCheck': 'Factual-accuracy check by the region',
  'report.stage.statisticsCheck': 'Statistics check by the data and information team',
  'report.stage.translation': 'Welsh translation',
  'report.stage.publication': 'Report published',
  'report.stage.feedbackRequest': 'SPOC or RPD asked for feedback on the conduct of the inspection',
  'report.dispute': 'The decision on the factual-accuracy dispute',
  // Reminders and overdue notices of a stage (stageNotices.ts).
  'report.notice.due': '{what} is due on {due:date}',
  'report.notice.overdue': '{what} was due on {due:date} and is not recorded as done',
  // A stage left less time than its settings give (reportStages.ts).
  'report.shortStage':
    '{stage}: {given} working {given|day|days} from {from:date} to {to:date}, not the {wanted} the settings give',
  // The publication forecast in one sentence (forecast.ts).
  'report.forecast.published': 'Published on {date:date}: {plan}, {aim}',
  'report.forecast.forecast': 'Publication forecast for {date:date}: {plan}, {aim}',
  'report.forecast.onPlan': 'on the plan ({date:date})',
  'report.forecast.afterPlan': '{days} working {days|day|days} after the plan ({date:date})',
  'report.forecast.beforePlan': '{days} working {days|day|days} before the plan ({date:date})',
  'report.forecast.onAim': 'on the aim ({date:date})',
  'report.forecast.afterAim': '{days} working {days|day|days} after the aim ({date:date})',
  'report.forecast.beforeAim': '{days} working {days|day|days} before the aim ({date:date})',
  // Records of the stages (stageProgress.ts).
  'report.realDate': 'must be a real date written YYYY-MM-DD',
  'report.stageId': 'must be one of the report stages',
  'report.onlyFactualAccuracy': 'only the factual-accuracy check can be disputed',
  'report.say.why': 'must say why the stage needs another round',
  'report.say.disputed': 'must say what the region disputes',
  'report.say.decided': 'must say what the chief operating officer decided',
  'report.programme.onlyProgrammeStaff': 'only administrators and Heads of Programme see the whole programme',
  'report.programme.calendarName': 'DIPP programme',
} as const satisfies Record<`report.${string}`, string>;
