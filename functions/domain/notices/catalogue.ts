import type { MilestoneId } from '../milestones.js';

/** The notices about alerts (and the publication they may hold). */
export const ALERT_NOTICE_KINDS = [
  'alert-to-confirm',
  'alert-raised',
  'alert-reminder',
  'alert-overdue',
  'alert-escalated',
  'alert-evidence-submitted',
  'alert-more-evidence',
  'alert-confirm-reminder',
  'alert-review-reminder',
  'alert-closed',
  'publication-blocked',
] as const;
export type AlertNoticeKind = (typeof ALERT_NOTICE_KINDS)[number];

/** Every notice the system sends, by kind. The kind names the template and appears in reports. */
export const NOTICE_KINDS = [
  'announcement',
  'org-structure-request',
  'planning-meeting-reminder',
  'deadline-reminder',
  'deadline-overdue',
  'deadline-escalation',
  'planning-notes-reminder',
  'week-two-schedule',
  'fieldwork-start',
  'follow-up-dates',
  'draft-report-reminder',
  'factual-accuracy-check',
  'publication',
  'dates-changed',
  'dates-changed-internal',
  'task-reminder',
  'task-overdue',
  'case-sample-ready',
  'case-sample-reminder',
  'sample-change-requested',
  'sample-change-decided',
  'official-named',
  'official-replaced',
  'contact-named',
  'contact-replaced',
  'report-stage-reminder',
  'report-stage-overdue',
  'feedback-request',
  ...ALERT_NOTICE_KINDS,
  'notice-bounced',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Who a notice is for. Notices to the region are bilingual for Wales (Welsh and English with
 * equal prominence); notices only for the inspectorate are in English.
 */
export type Audience = 'region' | 'inspectorate';

export const NOTICE_AUDIENCE: Record<NoticeKind, Audience> = {
  announcement: 'region',
  'org-structure-request': 'region',
  'planning-meeting-reminder': 'region',
  'deadline-reminder': 'region',
  'deadline-overdue': 'region',
  'deadline-escalation': 'inspectorate',
  'planning-notes-reminder': 'inspectorate',
  'week-two-schedule': 'region',
  'fieldwork-start': 'region',
  'follow-up-dates': 'region',
  'draft-report-reminder': 'inspectorate',
  'factual-accuracy-check': 'region',
  publication: 'region',
  'dates-changed': 'region',
  'dates-changed-internal': 'inspectorate',
  'task-reminder': 'inspectorate',
  'task-overdue': 'inspectorate',
  'case-sample-ready': 'region',
  'case-sample-reminder': 'inspectorate',
  'sample-change-requested': 'inspectorate',
  'sample-change-decided': 'region',
  'official-named': 'inspectorate',
  'official-replaced': 'inspectorate',
  'contact-named': 'region',
  'contact-replaced': 'region',
  'report-stage-reminder': 'inspectorate',
  'report-stage-overdue': 'inspectorate',
  'feedback-request': 'region',
  'alert-to-confirm': 'inspectorate',
  'alert-raised': 'region',
  'alert-reminder': 'region',
  'alert-overdue': 'region',
  'alert-escalated': 'inspectorate',
  'alert-evidence-submitted': 'inspectorate',
  'alert-more-evidence': 'region',
  'alert-confirm-reminder': 'inspectorate',
  'alert-review-reminder': 'inspectorate',
  'alert-closed': 'region',
  'publication-blocked': 'inspectorate',
  'notice-bounced': 'inspectorate',
};

/** The region's deadlines that reminders, overdue notices and escalations are about. */
export type RegionDeadlineId = Extract<
  MilestoneId,
  'orgStructureDue' | 'scheduleChangeDeadline' | 'evidenceDeadline' | 'factualAccuracyDue'
>;
