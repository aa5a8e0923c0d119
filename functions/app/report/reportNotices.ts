import { ukDateOf, ukInstant, type LocalDate } from '../../domain/localDate.js';
import type { Said } from '../../domain/messages/said.js';
import type { NoticeKind } from '../../domain/notices/catalogue.js';
import type { OwnerRole } from '../../domain/report/reportStages.js';
import { stageRule, workingDaysBetween } from '../../domain/report/reportStages.js';
import { stageNoticeRecipients, stageNotices } from '../../domain/report/stageNotices.js';
import type { PersonRole } from '../../domain/roles.js';
import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { reportProgressNow } from './reportProgress.js';

/** A notice of the report's road the driver sends when its time comes, once (by its id). */
export interface ReportNotice {
  /** Stable for one round of one stage: `report:contractEditing.round-1.reminder-5`. */
  id: string;
  kind: Extract<NoticeKind, 'report-stage-reminder' | 'report-stage-overdue' | 'feedback-request'>;
  at: string;
  to: PersonRole[];
  cc: PersonRole[];
  /** For a stage's notice: its line, whose step it is when that is someone else's, how late. */
  stage?: { said: Said; forOwner?: OwnerRole; workingDaysLate?: number };
}

/**
 * The report's notices from its progress (issue 15), each at the plan's send time on its date:
 * 1. the reminders and overdue notice of the stage the report is at (the first not done after the
 *    last done), against
 *    the date it is now due: the stages after it wait for it, so nobody is reminded of a date that
 *    moves each day it stays undone; a stage that is also a milestone of the plan is reminded by
 *    the plan's own events, unless a dispute on it waits for the chief operating officer;
 * 2. once the report is published, the Head of Programme's request to the SPOC and RPD for
 *    feedback on the inspection (§6.9), on the feedback stage's date.
 * Nothing before fieldwork has ended.
 */
export function reportNotices(
  state: InspectionState,
  deps: Pick<Deps, 'calendar' | 'clock' | 'config'>,
): ReportNotice[] {
  // The driver's state holds the inspection's milestones: nothing more to read.
  const progress = reportProgressNow(deps, state.inspection, state.milestones);
  const plan = progress.inspectionPlan;
  const today = ukDateOf(deps.clock.now());
  const at = (date: LocalDate) => new Date(ukInstant(date, plan.settings.sendTime)).toISOString();
  const all = progress.forecast.stages;
  const lastDone = all.map((stage) => stage.status).lastIndexOf('done');
  const current = all.find((stage, index) => index > lastDone && stage.status !== 'done');
  const stages =
    current && current.id !== 'feedbackRequest' && (current.status === 'referred' || !stageRule(current.id).anchor)
      ? [current]
      : [];
  const notices: ReportNotice[] = stageNotices(stages, today, plan.settings, deps.calendar).flatMap((notice) => {
    const stage = progress.forecast.stages.find((s) => s.id === notice.stageId);
    const disputes = progress.states.find((s) => s.stageId === notice.stageId)?.disputes.length ?? 0;
    const recipients = stageNoticeRecipients(notice.to);
    const overdue = notice.kind === 'overdue';
    const id = stage?.status === 'referred' ? notice.id.replace('.round-', `.dispute-${disputes}.round-`) : notice.id;
    return [
      {
        id: `report:${id}`,
        kind: overdue ? 'report-stage-overdue' : 'report-stage-reminder',
        at: at(notice.date),
        to: recipients.to,
        cc: overdue && !recipients.to.includes('headOfProgramme') ? ['headOfProgramme'] : [],
        stage: {
          said: notice.said,
          ...(recipients.forOwner ? { forOwner: recipients.forOwner } : {}),
          ...(overdue && stage
            ? { workingDaysLate: Math.max(1, workingDaysBetween(deps.calendar, stage.due, today)) }
            : {}),
        },
      },
    ];
  });
  const published = progress.states.find((s) => s.stageId === 'publication')?.status === 'done';
  const feedback = progress.forecast.stages.find((s) => s.id === 'feedbackRequest');
  if (published && feedback && feedback.status !== 'done') {
    notices.push({
      id: 'report:feedbackRequest',
      kind: 'feedback-request',
      at: at(feedback.due),
      to: ['spoc', 'rpd'],
      cc: ['headOfProgramme'],
    });
  }
  return notices
    .filter((notice) => ukDateOf(new Date(notice.at)) > plan.fieldworkEnd)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
