import type { AlertCategory, AlertStatus, AlertType } from '../alerts.js';
import type { AlertDeadlineOf } from '../alertSchedule.js';
import type { EscalationRole } from '../roles.js';
import { ukTimeOf } from '../alertSchedule.js';
import { addDays, formatLongDate, isoWeekday, ukDateOf, type LocalDate } from '../localDate.js';
import { MILESTONE_IDS, type MilestoneId } from '../milestones.js';
import type { People } from '../people.js';
import type { RegionDeadlineId } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { Language } from './render.js';
import type { LanguagePack, NoticeView } from './view.js';

export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { cy, en };

const LOCALES: Record<Language, string> = { cy: 'cy', en: 'en-GB' };

/** What every notice of an inspection draws on, language aside. */
export interface NoticeFacts {
  region: string;
  inspectionRef: string;
  inspectionUrl: string;
  mailbox: string;
  people: People;
  dates: Record<MilestoneId, LocalDate>;
  planningMeetingTime: string;
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
  const long = (date: LocalDate) => formatLongDate(date, LOCALES[lang]);
  const date = Object.fromEntries(MILESTONE_IDS.map((id) => [id, long(facts.dates[id])])) as Record<
    MilestoneId,
    string
  >;
  const weekOne = facts.dates.fieldworkWeek1Start;
  const weekTwo = facts.dates.fieldworkWeek2Start;
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
    planningMeetingTime: facts.planningMeetingTime,
    fieldwork: {
      weekOneFrom: long(weekOne),
      // Week one may start on a Tuesday after a bank holiday Monday; it still ends on the Friday.
      weekOneTo: long(addDays(weekOne, 5 - isoWeekday(weekOne))),
      weekTwoFrom: long(weekTwo),
      weekTwoTo: long(facts.dates.fieldworkEnd),
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
  if (facts.alert) {
    const alert = facts.alert;
    const words = pack.alertWords;
    const at = (instant: Date) =>
      words.dateAtTime.replace('{{ date }}', long(ukDateOf(instant))).replace('{{ time }}', ukTimeOf(instant));
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
