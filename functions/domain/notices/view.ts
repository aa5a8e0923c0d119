import type { AlertCategory, AlertStatus, AlertType } from '../alerts.js';
import type { AlertDeadlineOf } from '../alertSchedule.js';
import type { EscalationRole } from '../roles.js';
import type { MilestoneId } from '../milestones.js';
import type { RegionDeadlineId } from './catalogue.js';

/**
 * What a notice template may show, already in the notice's language. Holds officials' names
 * and roles, dates and references only: never case details or other personal data.
 */
export interface NoticeView {
  /** The region's name in this language ("Wales" / "Cymru"). */
  region: string;
  /** Opaque reference of the inspection, e.g. "DIPP-WAL-2027-03-15". */
  inspectionRef: string;
  /** Link to the inspection in the system (behind sign-in). */
  inspectionUrl: string;
  /** The inspectorate's inspections mailbox. */
  mailbox: string;
  /** Names of the officials, for greetings and signatures. The SPOC is absent until named. */
  people: {
    lead: string;
    deputyLead?: string;
    isa: string;
    rpd: string;
    spoc?: string;
    headOfProgramme: string;
  };
  /** Every milestone's date, written out in this language: "Monday 22 February 2027". */
  date: Record<MilestoneId, string>;
  /** Every milestone's title in this language. */
  title: Record<MilestoneId, string>;
  /** UK local time of the planning meeting, e.g. "10:00". */
  planningMeetingTime: string;
  /**
   * Fieldwork weeks as planned, written out: week one from its first day to its last working day,
   * week two from its first day (Monday, or Tuesday after a bank holiday) to the end of fieldwork.
   */
  fieldwork: {
    weekOneFrom: string;
    weekOneTo: string;
    weekTwoFrom: string;
    weekTwoTo: string;
    /** Weekday names of week two's first two working days ("Monday", "Tuesday"), for its fixed meetings. */
    weekTwoFirstDay: string;
    weekTwoSecondDay: string;
    /** On site from Monday afternoon (§5.1) only when week two starts on a Monday. */
    weekTwoStartsOnMonday: boolean;
  };
  /** The key dates of the project plan, in date order. */
  keyDates: { title: string; date: string }[];
  /** For deadline-reminder, deadline-overdue and deadline-escalation: which deadline. */
  deadline?: {
    id: RegionDeadlineId;
    title: string;
    /** What the region must do, as a phrase: "upload all evidence in advance to the Teams channel". */
    action: string;
    date: string;
    /** Working days left, for reminders. */
    workingDaysLeft?: number;
    /** When the deadline was escalated or the notice is about lateness: working days past it. */
    workingDaysLate?: number;
  };
  /** For task-reminder and task-overdue: the inspectorate's work that is due or overdue. */
  task?: { title: string; date: string; workingDaysLate?: number };
  /**
   * A step of the report's road (issue 15): what is due when, in one line; whose step it is when
   * the notice goes to someone else for them; how late it is.
   */
  reportStage?: { line: string; forOwner?: string; workingDaysLate?: number };
  /**
   * The case sample and provisional interview schedule (issue 14): whether they are ready to see in
   * the service, and where (behind sign-in). Never a case's details.
   */
  caseSample?: {
    ready: boolean;
    url: string;
    /** For the reminder: what is still missing, in words. */
    missing?: string[];
  };
  /** For a notice of work done: the date the work was recorded as done. */
  recorded?: { on: string };
  /** For dates-changed: each milestone whose date moved. */
  changes?: { title: string; from: string; to: string }[];
  /**
   * For the alert notices: the alert by its reference, never the case or what the inspector wrote
   * (that stays in the system, behind sign-in, at `url`).
   */
  alert?: {
    ref: string;
    /** "individual alert" / "organisational alert", in this language. */
    type: string;
    organisational: boolean;
    /** The category, in this language, e.g. "risk of harm to others". */
    category: string;
    url: string;
    /** The inspector who raised it (an official). */
    raisedBy: string;
    /** Date and time, written out: "Tuesday 2 March 2027 at 14:00". */
    acknowledgeBy?: string;
    evidenceBy?: string;
    /** For alert-reminder, alert-overdue and alert-escalated: the deadline concerned. */
    deadline?: { of: AlertDeadlineOf; what: string; by: string };
    /** For alert-escalated and alert-overdue: to whom it was escalated (role title and name). */
    escalatedTo?: { role: string; name: string };
    /** For alert-closed. */
    outcome?: 'assured' | 'withdrawn';
  };
  /** For a change of an official: the role in the notice's language, who holds it now, whom they replace. */
  official?: { role: string; name: string; replacing?: string };
  /** For notice-bounced: the notice that did not arrive (its subject holds references only), and why. */
  bounced?: { subject: string; sentOn: string; recipients: string; reason: string };
  /** For publication-blocked: the organisational alerts holding publication, and open individual alerts. */
  gate?: {
    blocking: { ref: string; status: string; notAssured: boolean; notInReport: boolean }[];
    openIndividual: { ref: string; status: string }[];
  };
}

/** Words the alert notices need in each language. */
export interface AlertWords {
  types: Record<AlertType, string>;
  categories: Record<AlertCategory, string>;
  /** "the acknowledgement" / "evidence of the action taken" */
  deadlineOf: Record<AlertDeadlineOf, string>;
  escalationRoles: Record<EscalationRole, string>;
  statuses: Record<AlertStatus, string>;
  /** Joins a written-out date and a time: "{{ date }} at {{ time }}". */
  dateAtTime: string;
}

/** The wording of a language: templates, milestone titles and what each deadline asks for. */
export interface LanguagePack {
  /** Nunjucks templates: `subject` is one line; `body` is paragraphs separated by blank lines,
   *  lines starting "- " are bullet points, lines starting "## " are headings. */
  templates: Record<import('./catalogue.js').NoticeKind, { subject: string; body: string }>;
  milestoneTitles: Record<MilestoneId, string>;
  deadlineActions: Record<RegionDeadlineId, string>;
  regionNames: Record<string, string>;
  alertWords: AlertWords;
  /** Fixed words used by the layout. */
  layout: { greeting: string; signOff: string; inspectorate: string; automated: string };
}
