import type { AlertNoticeKind } from './catalogue.js';
import type { AlertWords, LanguagePack } from './view.js';

/** English wording of the alert notices. Never the case, nor what the inspector wrote: only the reference. */
export const alertTemplatesEn: Pick<LanguagePack['templates'], AlertNoticeKind> = {
  'alert-to-confirm': { subject: 'Alert {{ alert.ref }} to confirm', body: '{{ alert.url }}' },
  'alert-raised': { subject: 'Alert {{ alert.ref }}', body: '{{ alert.url }}' },
  'alert-reminder': { subject: 'Reminder: alert {{ alert.ref }}', body: '{{ alert.url }}' },
  'alert-overdue': { subject: 'Overdue: alert {{ alert.ref }}', body: '{{ alert.url }}' },
  'alert-escalated': { subject: 'Escalated: alert {{ alert.ref }}', body: '{{ alert.url }}' },
  'alert-evidence-submitted': { subject: 'Evidence submitted: alert {{ alert.ref }}', body: '{{ alert.url }}' },
  'alert-closed': { subject: 'Alert {{ alert.ref }} {{ alert.outcome }}', body: '{{ alert.url }}' },
  'publication-blocked': { subject: 'Publication held ({{ inspectionRef }})', body: '{{ inspectionUrl }}' },
};

export const alertWordsEn: AlertWords = {
  types: { individual: 'individual alert', organisational: 'organisational alert' },
  categories: {
    'risk-of-harm-to-others': 'risk of harm to others',
    'risk-to-person-on-probation': 'risk to the person on probation',
    'organisational-practice': 'organisational practice needing immediate attention',
  },
  deadlineOf: { acknowledgement: 'acknowledgement of the alert', evidence: 'evidence of the action taken' },
  escalationRoles: {
    headOfProgramme: 'Head of Probation Inspection Programme',
    chiefInspector: 'Chief Inspector of Probation',
  },
  statuses: {
    raised: 'raised',
    confirmed: 'confirmed',
    'region-notified': 'region notified',
    acknowledged: 'acknowledged',
    'evidence-submitted': 'evidence submitted',
    assured: 'assured',
    withdrawn: 'withdrawn',
  },
  dateAtTime: '{{ date }} at {{ time }}',
};
