import type { AlertCategory, AlertStatus, AlertType } from '../alerts.js';
import type { AlertDeadlineOf } from '../alertSchedule.js';
import type { EscalationRole, PersonRole } from '../roles.js';
import { ukTimeOf } from '../alertSchedule.js';
import type { FieldworkWeeks } from '../fieldworkWeeks.js';
import { longDateIn, ROLE_NAMES } from '../glossary.js';
import { ukDateOf, type LocalDate } from '../localDate.js';
import { formatTimeOfDay } from '../timeOfDay.js';
import { MILESTONE_IDS, type MilestoneId } from '../milestones.js';
import type { People } from '../people.js';
import { said, type Said } from '../messages/said.js';
import { sayIn } from '../messages/sayIn.js';
import { OWNER_TITLES, type OwnerRole } from '../report/reportStages.js';
import type { RegionDeadlineId } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { Language } from './render.js';
import type { LanguagePack, NoticeView } from './view.js';

export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { cy, en };

/** A change of an official: their role, who now holds it, and who held it before, by name. */
export interface OfficialNoticeFacts {
  role: PersonRole;
  name: string;
  replacing?: string;
}

/** What every notice of an inspection draws on, language aside. */
export interface NoticeFacts {
  region: string;
  inspectionRef: string;
  inspectionUrl: string;
  mailbox: string;
  people: People;
  dates: Record<MilestoneId, LocalDate>;
  /** The fieldwork weeks as planned (fieldworkWeeksOf). */
  weeks: FieldworkWeeks;
  /** UK local time of the planning meeting, "HH:MM". */
  planningMeetingTime: string;
  /** For task-reminder and task-overdue: which of the inspectorate's milestones. */
  task?: { id: MilestoneId; workingDaysLate?: number };
  /** For a notice of work done: when the work was recorded as done. */
  recordedOn?: LocalDate;
  /** The case sample: whether it is ready to see in the service, and if not what is missing (issue 14). */
  caseSample?: { ready: boolean; missing?: string[] };
  deadline?: { id: RegionDeadlineId; workingDaysLeft?: number; workingDaysLate?: number };
  changes?: { milestoneId: MilestoneId; from: LocalDate; to: LocalDate }[];
  alert?: {
    ref: string;
    type: AlertType;
    category: AlertCategory;
    url: string;
    raisedBy: string;
    acknowledgeBy?: Date;
    evidenceBy?: Date;
    deadline?: { of: AlertDeadlineOf; by: Date };
    escalatedTo?: { role: EscalationRole; name: string };
    outcome?: 'assured' | 'withdrawn';
  };
  bounced?: { subject: string; sentAt: Date; recipients: string[]; reason: string };
  /** For a change of an official (issue 15): the role, who holds it now, and who held it before. */
  official?: OfficialNoticeFacts;
  /** For a report stage's reminder or overdue notice (issue 15): its line, whose step, how late. */
  reportStage?: { said: Said; forOwner?: OwnerRole; workingDaysLate?: number };
  gate?: {
    blocking: { ref: string; status: AlertStatus; notAssured: boolean; notInReport: boolean }[];
    openIndividual: { ref: string; status: AlertStatus }[];
  };
}

const KEY_DATES: MilestoneId[] = [
  'orgStructureDue',
  'planningMeeting',
  'scheduleChangeDeadline',
  'evidenceDeadline',
  'fieldworkWeek1Start',
  'fieldworkWeek2Start',
  'fieldworkEnd',
  'followUpWeekStart',
  'factualAccuracySent',
  'factualAccuracyDue',
  'publication',
];

/** The view of one notice in one language: every date written out, names only for officials. */
export function buildView(facts: NoticeFacts, lang: Language): NoticeView {
  const pack = LANGUAGE_PACKS[lang];
  // Welsh writes "dydd Llun" in lower case within a sentence; every date in a notice is within one.
  const long = (date: LocalDate) => longDateIn(date, lang);
  const weekday = (date: LocalDate) =>
    upperFirst(
      long(date)
        .split(' ')
        .slice(0, lang === 'cy' ? 2 : 1)
        .join(' '),
    );
  const date = Object.fromEntries(MILESTONE_IDS.map((id) => [id, long(facts.dates[id])])) as Record<
    MilestoneId,
    string
  >;
  const { weeks } = facts;
  const view: NoticeView = {
    region: pack.regionNames[facts.region] ?? facts.region,
    inspectionRef: facts.inspectionRef,
    inspectionUrl: facts.inspectionUrl,
    mailbox: facts.mailbox,
    people: {
      lead: facts.people.lead.name,
      isa: facts.people.isa.name,
      rpd: facts.people.rpd.name,
      headOfProgramme: facts.people.headOfProgramme.name,
      ...(facts.people.deputyLead ? { deputyLead: facts.people.deputyLead.name } : {}),
      ...(facts.people.spoc ? { spoc: facts.people.spoc.name } : {}),
    },
    date,
    title: pack.milestoneTitles,
    planningMeetingTime: formatTimeOfDay(facts.planningMeetingTime, lang),
    fieldwork: {
      weekOneFrom: long(weeks.weekOneFrom),
      weekOneTo: long(weeks.weekOneTo),
      weekTwoFrom: long(weeks.weekTwoFrom),
      weekTwoTo: long(weeks.weekTwoTo),
      weekTwoFirstDay: weekday(weeks.weekTwoFrom),
      weekTwoSecondDay: weekday(weeks.weekTwoSecondDay),
      weekTwoStartsOnMonday: weeks.weekTwoStartsOnMonday,
    },
    keyDates: KEY_DATES.map((id) => ({ title: pack.milestoneTitles[id], date: date[id] })),
  };
  if (facts.deadline) {
    view.deadline = {
      id: facts.deadline.id,
      title: pack.milestoneTitles[facts.deadline.id],
      action: pack.deadlineActions[facts.deadline.id],
      date: date[facts.deadline.id],
      ...(facts.deadline.workingDaysLeft === undefined ? {} : { workingDaysLeft: facts.deadline.workingDaysLeft }),
      ...(facts.deadline.workingDaysLate === undefined ? {} : { workingDaysLate: facts.deadline.workingDaysLate }),
    };
  }
  if (facts.task) {
    view.task = {
      title: pack.milestoneTitles[facts.task.id],
      date: date[facts.task.id],
      ...(facts.task.workingDaysLate === undefined ? {} : { workingDaysLate: facts.task.workingDaysLate }),
    };
  }
  if (facts.recordedOn) view.recorded = { on: long(facts.recordedOn) };
  if (facts.caseSample) {
    view.caseSample = {
      ready: facts.caseSample.ready,
      url: `${facts.inspectionUrl}/sample`,
      ...(facts.caseSample.missing ? { missing: facts.caseSample.missing } : {}),
    };
  }
  if (facts.alert) {
    const alert = facts.alert;
    const words = pack.alertWords;
    const at = (instant: Date) =>
      words.dateAtTime
        .replace('{{ date }}', long(ukDateOf(instant)))
        .replace('{{ time }}', formatTimeOfDay(ukTimeOf(instant), lang));
    view.alert = {
      ref: alert.ref,
      type: words.types[alert.type],
      organisational: alert.type === 'organisational',
      category: words.categories[alert.category],
      url: alert.url,
      raisedBy: alert.raisedBy,
      ...(alert.acknowledgeBy ? { acknowledgeBy: at(alert.acknowledgeBy) } : {}),
      ...(alert.evidenceBy ? { evidenceBy: at(alert.evidenceBy) } : {}),
      ...(alert.deadline
        ? { deadline: { of: alert.deadline.of, what: words.deadlineOf[alert.deadline.of], by: at(alert.deadline.by) } }
        : {}),
      ...(alert.escalatedTo
        ? { escalatedTo: { role: words.escalationRoles[alert.escalatedTo.role], name: alert.escalatedTo.name } }
        : {}),
      ...(alert.outcome ? { outcome: alert.outcome } : {}),
    };
  }
  if (facts.official) {
    const { role, ...names } = facts.official;
    view.official = { ...names, role: ROLE_NAMES[lang][role] };
  }
  if (facts.reportStage) {
    const { said: line, forOwner, workingDaysLate } = facts.reportStage;
    view.reportStage = {
      line: sayIn(line, lang),
      ...(forOwner ? { forOwner: sayIn(said(OWNER_TITLES[forOwner]), lang) } : {}),
      ...(workingDaysLate === undefined ? {} : { workingDaysLate }),
    };
  }
  if (facts.bounced) {
    const { sentAt, recipients, ...rest } = facts.bounced;
    view.bounced = { ...rest, recipients: recipients.join(', '), sentOn: long(ukDateOf(sentAt)) };
  }
  if (facts.gate) {
    view.gate = {
      blocking: facts.gate.blocking.map((item) => ({ ...item, status: pack.alertWords.statuses[item.status] })),
      openIndividual: facts.gate.openIndividual.map((item) => ({
        ...item,
        status: pack.alertWords.statuses[item.status],
      })),
    };
  }
  if (facts.changes) {
    view.changes = facts.changes.map((change) => ({
      title: pack.milestoneTitles[change.milestoneId],
      from: long(change.from),
      to: long(change.to),
    }));
  }
  return view;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
