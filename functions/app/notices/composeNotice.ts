import { calendarFile } from '../../domain/calendarFile.js';
import { fieldworkWeeksOf } from '../../domain/fieldworkWeeks.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import type { MilestoneId } from '../../domain/milestones.js';
import { buildView, LANGUAGE_PACKS, type NoticeFacts } from '../../domain/notices/buildView.js';
import { NOTICE_AUDIENCE, type NoticeKind, type RegionDeadlineId } from '../../domain/notices/catalogue.js';
import { renderNotice, type Language } from '../../domain/notices/render.js';
import { resolveRecipients, type Person } from '../../domain/people.js';
import { type PersonRole } from '../../domain/roles.js';
import { WORK_DONE_NOTICES } from '../../domain/schedule.js';
import type { EmailMessage } from '../../ports/notifier.js';
import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { planOf } from './planOf.js';
import type { NoticeDraft } from './sendNoticeOnce.js';

export interface NoticeRequest {
  id: string;
  kind: NoticeKind;
  /** The milestone a lifecycle notice is about; an alert's notices have none. */
  milestoneId?: MilestoneId;
  alertId?: string;
  alert?: NoticeFacts['alert'];
  gate?: NoticeFacts['gate'];
  bounced?: NoticeFacts['bounced'];
  caseSample?: NoticeFacts['caseSample'];
  official?: NoticeFacts['official'];
  reportStage?: NoticeFacts['reportStage'];
  to: PersonRole[];
  /** One person the notice is for instead of `to`'s roles (someone no longer in any role). */
  toPerson?: Person;
  cc: PersonRole[];
  attachCalendar: boolean;
  workingDaysFromMilestone?: number;
  changes?: { milestoneId: MilestoneId; from: LocalDate; to: LocalDate }[];
}

const SIGNATURE_ROLE: Record<Language, string> = { en: 'Lead inspector', cy: 'Arolygydd arweiniol' };
/** What signs a notice within the inspectorate (issue 18, section 6): the service, not the lead writing to themselves. */
const SERVICE_SIGNATURE: Record<Language, string> = {
  en: 'The DIPP inspection service',
  cy: 'Gwasanaeth arolygu DIPP',
};

/** Notices to the Wales region are in Welsh and English, Welsh first; all others in English. */
export function languagesFor(kind: NoticeKind, regionId: string): Language[] {
  return NOTICE_AUDIENCE[kind] === 'region' && regionId === 'wales' ? ['cy', 'en'] : ['en'];
}

/** The notice record to keep and the email to send, from the stored state of an inspection. */
/** The notices that say work was done: they show the date it was recorded as done. */
const WORK_DONE_KINDS = new Set<NoticeKind>(WORK_DONE_NOTICES.map((work) => work.notice));

export function composeNotice(
  deps: Pick<Deps, 'config' | 'clock' | 'calendar'>,
  state: InspectionState,
  request: NoticeRequest,
): { draft: NoticeDraft; message: EmailMessage } {
  const { inspection } = state;
  const dates = Object.fromEntries(state.milestones.map((m) => [m.id, m.dueDate])) as Record<MilestoneId, LocalDate>;
  const isDeadlineNotice = request.kind.startsWith('deadline-');
  const isTaskNotice = request.kind === 'task-reminder' || request.kind === 'task-overdue';
  const days = request.workingDaysFromMilestone;
  const milestone = state.milestones.find((m) => m.id === request.milestoneId);
  const recordedAt = milestone?.completedAt;
  const facts: NoticeFacts = {
    region: inspection.region,
    inspectionRef: inspection.ref,
    inspectionUrl: `${deps.config.baseUrl}/inspections/${encodeURIComponent(inspection.id)}`,
    mailbox: deps.config.mailbox,
    people: inspection.people,
    dates,
    weeks: fieldworkWeeksOf(dates, deps.calendar),
    ...(recordedAt && (WORK_DONE_KINDS.has(request.kind) || request.kind === 'feedback-request')
      ? { recordedOn: ukDateOf(new Date(recordedAt)) }
      : {}),
    ...(isTaskNotice && request.milestoneId
      ? { task: { id: request.milestoneId, ...(days !== undefined && days > 0 ? { workingDaysLate: days } : {}) } }
      : {}),
    planningMeetingTime: state.milestones.find((m) => m.id === 'planningMeeting')?.time ?? '10:00',
    ...(isDeadlineNotice
      ? {
          deadline: {
            id: request.milestoneId as RegionDeadlineId,
            ...(days !== undefined && days < 0 ? { workingDaysLeft: -days } : {}),
            ...(days !== undefined && days > 0 ? { workingDaysLate: days } : {}),
          },
        }
      : {}),
    ...(request.changes ? { changes: request.changes } : {}),
    ...(request.alert ? { alert: request.alert } : {}),
    ...(request.gate ? { gate: request.gate } : {}),
    ...(request.bounced ? { bounced: request.bounced } : {}),
    ...(request.caseSample ? { caseSample: request.caseSample } : {}),
    ...(request.official ? { official: request.official } : {}),
    ...(request.reportStage ? { reportStage: request.reportStage } : {}),
  };
  const languages = languagesFor(request.kind, inspection.regionId);
  const people = { chiefInspector: deps.config.chiefInspector, ...inspection.people };
  const recipients = request.toPerson
    ? { to: [request.toPerson], cc: resolveRecipients(people, [], request.cc).cc, toRoles: [] }
    : resolveRecipients(people, request.to, request.cc);
  const addressee = recipients.to[0]?.name ?? inspection.people.rpd.name;
  const rendered = renderNotice({
    kind: request.kind,
    languages: languages.map((lang) => ({ lang, pack: LANGUAGE_PACKS[lang], view: buildView(facts, lang) })),
    addressee: { en: addressee, cy: addressee },
    signature:
      NOTICE_AUDIENCE[request.kind] === 'region'
        ? {
            en: `${inspection.people.lead.name}\n${SIGNATURE_ROLE.en}`,
            cy: `${inspection.people.lead.name}\n${SIGNATURE_ROLE.cy}`,
          }
        : SERVICE_SIGNATURE,
  });
  const attachments = request.attachCalendar
    ? [
        {
          filename: `${inspection.ref}.ics`,
          contentType: 'text/calendar',
          content: calendarFile(planOf(inspection), {
            inspectionId: inspection.id,
            now: deps.clock.now(),
            sequence: inspection.planVersion - 1,
          }),
        },
      ]
    : [];
  return {
    draft: {
      inspectionId: inspection.id,
      id: request.id,
      kind: request.kind,
      ...(request.milestoneId ? { milestoneId: request.milestoneId } : {}),
      ...(request.alertId ? { alertId: request.alertId } : {}),
      to: recipients.to.map((person) => person.email),
      cc: recipients.cc.map((person) => person.email),
      toRoles: recipients.toRoles,
      languages: rendered.languages,
      subject: rendered.subject,
    },
    message: {
      from: deps.config.fromAddress,
      replyTo: deps.config.mailbox,
      to: recipients.to.map((person) => person.email),
      cc: recipients.cc.map((person) => person.email),
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments,
      headers: {
        'X-DIPP-Inspection': inspection.ref,
        'X-DIPP-Inspection-Id': inspection.id,
        'X-DIPP-Notice-Kind': request.kind,
        ...(request.alert ? { 'X-DIPP-Alert': request.alert.ref } : {}),
        'X-DIPP-Languages': rendered.languages.join(', '),
      },
    },
  };
}
