import { formatLongDate, type LocalDate } from './localDate.js';
import type { MilestoneId } from './milestones.js';
import type { Language } from './planner.js';
import { ROLE_TITLES, type PersonRole } from './roles.js';

/**
 * The one name of each milestone, in English and in Welsh: what the pages show and what every
 * notice calls it (issue 18, section 6). Read it through `milestoneName`; the planner's longer
 * titles (milestones.ts) describe a milestone in a plan, they do not name it.
 *
 * The Welsh names were written for this project and must be reviewed by a Welsh speaker.
 */
export const MILESTONE_NAMES: Record<Language, Record<MilestoneId, string>> = {
  en: {
    announcement: 'Inspection announced',
    orgStructureDue: 'Deadline for organisational structure and staff availability',
    planningMeeting: 'Planning meeting (remote)',
    planningNotesIssued: 'Planning meeting notes issued to the SPOC',
    scheduleChangeDeadline: 'Deadline for schedule changes and case exclusions',
    evidenceDeadline: 'Deadline for evidence in advance',
    weekTwoScheduleShared: 'Draft schedule for fieldwork week two shared',
    fieldworkWeek1Start: 'Fieldwork week one starts (remote)',
    reviewWeekStart: 'Review week starts',
    fieldworkWeek2Start: 'Fieldwork week two starts (on site)',
    fieldworkEnd: 'Fieldwork ends (closing meeting)',
    draftReportDue: 'First draft of the report due',
    factualAccuracySent: 'Draft report sent for factual-accuracy checking',
    factualAccuracyDue: 'Deadline for factual-accuracy comments',
    followUpWeekStart: 'Follow-up week starts',
    publication: 'Report published',
  },
  cy: {
    announcement: 'Cyhoeddi’r arolygiad',
    orgStructureDue: 'Dyddiad cau ar gyfer y strwythur sefydliadol ac argaeledd staff',
    planningMeeting: 'Cyfarfod cynllunio (o bell)',
    planningNotesIssued: 'Anfon nodiadau’r cyfarfod cynllunio at yr un pwynt cyswllt (SPOC)',
    scheduleChangeDeadline: 'Dyddiad cau ar gyfer newid yr amserlen ac eithrio achosion',
    evidenceDeadline: 'Dyddiad cau ar gyfer tystiolaeth ymlaen llaw',
    weekTwoScheduleShared: 'Rhannu’r amserlen ddrafft ar gyfer ail wythnos y gwaith maes',
    fieldworkWeek1Start: 'Dechrau wythnos gyntaf y gwaith maes (o bell)',
    reviewWeekStart: 'Dechrau’r wythnos adolygu',
    fieldworkWeek2Start: 'Dechrau ail wythnos y gwaith maes (ar y safle)',
    fieldworkEnd: 'Diwedd y gwaith maes (cyfarfod cloi)',
    draftReportDue: 'Dyddiad cyflwyno drafft cyntaf yr adroddiad',
    factualAccuracySent: 'Anfon yr adroddiad drafft i wirio cywirdeb ffeithiol',
    factualAccuracyDue: 'Dyddiad cau ar gyfer sylwadau ar gywirdeb ffeithiol',
    followUpWeekStart: 'Dechrau wythnos y gweithgarwch dilynol',
    publication: 'Cyhoeddi’r adroddiad',
  },
};

/**
 * The officials' roles in English and in Welsh, in lower case as within a sentence: what the pages
 * and the calendar feed call them (the English are the plan's, roles.ts). Welsh for review.
 */
export const ROLE_NAMES: Record<Language, Record<PersonRole, string>> = {
  en: ROLE_TITLES,
  cy: {
    lead: 'arolygydd arweiniol',
    deputyLead: 'dirprwy arolygydd arweiniol',
    isa: 'gweinyddwr cymorth arolygu',
    rpd: 'cyfarwyddwr prawf rhanbarthol',
    spoc: 'un pwynt cyswllt',
    headOfProgramme: 'Pennaeth Rhaglen Arolygu Prawf',
    chiefInspector: 'Prif Arolygydd Prawf',
  },
};

/** A role as the plan writes it ("single point of contact") in a language; as given if not an official's. */
export function roleNameIn(role: string, lang: Language): string {
  const id = (Object.keys(ROLE_TITLES) as PersonRole[]).find(
    (r) => ROLE_TITLES[r].toLowerCase() === role.toLowerCase(),
  );
  return id ? ROLE_NAMES[lang][id] : role;
}

/** The milestone's name in a language (English unless told). */
export function milestoneName(id: MilestoneId, lang: Language = 'en'): string {
  return MILESTONE_NAMES[lang][id];
}

const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/**
 * "Monday 7 June 2027"; in Welsh "dydd Llun 7 Mehefin 2027", lower case as within a sentence (every
 * date a notice, a page or a message writes is within one).
 */
export function longDateIn(date: LocalDate, lang: Language): string {
  const text = formatLongDate(date, LOCALES[lang]);
  return lang === 'cy' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
