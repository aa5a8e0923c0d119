// Over 300 lines on purpose: the whole English wording of every notice in one catalogue, so that a
// translator or content designer reviews it in one place (its alert texts are in alerts.en.ts).
import { alertTemplatesEn, alertWordsEn } from './alerts.en.js';
import { MILESTONE_NAMES } from '../glossary.js';
import type { LanguagePack } from './view.js';

/**
 * English wording of every notice. Templates are Nunjucks, rendered against a NoticeView with
 * `throwOnUndefined` and `trimBlocks`: keep `{% if %}`, `{% else %}`, `{% endif %}` and `{% for %}`
 * tags on lines of their own, or the line break after the tag is swallowed and two paragraphs run
 * together. Notices never carry case details: a case is never named.
 */
export const en: LanguagePack = {
  templates: {
    ...alertTemplatesEn,
    'report-stage-reminder': {
      subject: 'Reminder: the report for {{ inspectionRef }}',
      body: `
This is a reminder about the report of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- {{ reportStage.line }}{% if reportStage.forOwner %} (the {{ reportStage.forOwner }}'s step: please pass this on){% endif %}

When it is done, please record it at {{ inspectionUrl }}/report. The dates after it, up to publication, follow from when it is done.
`,
    },
    'report-stage-overdue': {
      subject: 'Overdue: the report for {{ inspectionRef }}',
      body: `
A step of the report of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) is late:

- {{ reportStage.line }}{% if reportStage.forOwner %} (the {{ reportStage.forOwner }}'s step){% endif %}

{% if reportStage.workingDaysLate == 1 %}
It is 1 working day late, and each working day it stays undone moves the forecast publication date a working day later.
{% else %}
It is {{ reportStage.workingDaysLate }} working days late, and each working day it stays undone moves the forecast publication date a working day later.
{% endif %}
If it has been done, please record it at {{ inspectionUrl }}/report.

The Head of Probation Inspection Programme, {{ people.headOfProgramme }}, is told of this.
`,
    },
    'feedback-request': {
      subject: 'Your feedback on the DIPP inspection of {{ region }} ({{ inspectionRef }})',
      body: `
The report of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) was published on {% if recorded %}{{ recorded.on }}{% else %}{{ date.publication }}{% endif %}. Thank you for your part in the inspection.

We would welcome your feedback on how the inspection was conducted: what worked well, and what we could do better. Please reply to {{ mailbox }}; your feedback goes to the Head of Probation Inspection Programme, {{ people.headOfProgramme }}.
`,
    },
    'notice-bounced': {
      subject: 'Not delivered: {{ bounced.subject }}',
      body: `
A notice for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) could not be delivered.

- Notice: {{ bounced.subject }}
- Sent: {{ bounced.sentOn }}
- Not delivered to: {{ bounced.recipients }}
- Reason given: {{ bounced.reason }}

Please check the addresses held for the inspection and send the notice's content another way. The notice is recorded as not delivered at {{ inspectionUrl }}.
`,
    },
    announcement: {
      subject: 'Announcement: DIPP inspection of {{ region }} ({{ inspectionRef }})',
      body: `
I am writing to announce that HM Inspectorate of Probation will carry out a dynamic inspection of public protection (DIPP) in the {{ region }} region. The inspection reference is {{ inspectionRef }}. We will also announce the inspection on social media.

## About the inspection

The inspection has three phases: planning and preparation, fieldwork, and post-fieldwork. Fieldwork takes two weeks, with a review week between them:

- Week one, {{ fieldwork.weekOneFrom }} to {{ fieldwork.weekOneTo }}: after a briefing from you and your senior leadership team, we will inspect a sample of cases remotely. This includes interviews with probation practitioners on Microsoft Teams.
- Review week: the lead inspector reviews the evidence from the cases and plans the meetings for week two.
- Week two, {{ fieldwork.weekTwoFrom }} to {{ fieldwork.weekTwoTo }}: we will meet key staff, leaders and stakeholders, on site from {% if fieldwork.weekTwoStartsOnMonday %}Monday afternoon{% else %}{{ fieldwork.weekTwoFrom }}{% endif %}.

## Single point of contact

{% if people.spoc %}
Thank you for naming {{ people.spoc }} as the single point of contact (SPOC) for the inspection.
{% else %}
Please name a single point of contact (SPOC) for the inspection and tell us by emailing {{ mailbox }}.
{% endif %}
The SPOC should check the key dates below and raise any issues with our inspection support administrator, {{ people.isa }}, in the first instance.

## Planning meeting

The planning meeting will be held remotely on Microsoft Teams. The lead inspector, {{ people.lead }}, will chair it.

- Date: {{ date.planningMeeting }}
- Time: {{ planningMeetingTime }}

At the meeting, the lead inspector will explain the inspection in more detail, including the evidence in advance we need.

## Case sample and interview schedule

{% if caseSample and caseSample.ready %}
The case sample and the provisional schedule of practitioner interviews are issued with this letter: sign in to see and download them at {{ caseSample.url }}. To protect personal data, they are never sent in these emails.
{% else %}
The case sample and the provisional schedule of practitioner interviews will follow shortly: we will email you when they are ready to see in the service. To protect personal data, they are never sent in these emails.
{% endif %}

By {{ date.scheduleChangeDeadline }} you can ask, in the service, for an interview to move, for a substitute when a practitioner cannot attend, or for a case to be excluded. The lead inspector decides each request.

## What we need from you

- By {{ date.orgStructureDue }}: your organisational structure chart, contact details of your leaders, the availability of key staff during fieldwork and any diversity considerations, sent to {{ mailbox }}. Please do not upload these to Microsoft Teams.
- By {{ date.scheduleChangeDeadline }}: any requests to change the fieldwork schedule, and any cases that may need to be excluded (for example, because of a current review).
- By {{ date.evidenceDeadline }}: all evidence in advance, uploaded to the Microsoft Teams channel that we will share with you. Please send only the documents we ask for.

## Key dates

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

A calendar file with these dates is attached.

You can see the inspection at {{ inspectionUrl }}. If you have any questions, please email {{ mailbox }}.
`,
    },
    'org-structure-request': {
      subject: 'Organisational information needed by {{ date.orgStructureDue }} ({{ inspectionRef }})',
      body: `
For the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), please send the following to {{ mailbox }} by {{ date.orgStructureDue }}:

- your regional organisational structure chart, with the names of regional leaders, their main office base and their strategic responsibilities for public protection
- contact details of regional leaders
- the availability of key staff, leaders and stakeholders during fieldwork (between {{ fieldwork.weekOneFrom }} and {{ fieldwork.weekTwoTo }})
- any diversity considerations we need to be aware of

Please send this information by email. Do not upload it to Microsoft Teams.

We will use it to plan the fieldwork. The planning meeting is on {{ date.planningMeeting }} at {{ planningMeetingTime }}.
`,
    },
    'planning-meeting-reminder': {
      subject:
        'Reminder: planning meeting on {{ date.planningMeeting }} at {{ planningMeetingTime }} ({{ inspectionRef }})',
      body: `
This is a reminder about the planning meeting for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- Date: {{ date.planningMeeting }}
- Time: {{ planningMeetingTime }}
- Where: remotely, on Microsoft Teams
- Chair: {{ people.lead }}, lead inspector

At the meeting, the lead inspector will explain how the inspection works, the case sample, the evidence in advance we need and how to access the Microsoft Teams channel. The lead inspector will also confirm the key dates for fieldwork.

{% if people.spoc %}
We expect {{ people.spoc }}, the single point of contact (SPOC), to attend. You are welcome to invite others who will help to plan the inspection, such as the Head of Public Protection or heads of PDUs.
{% else %}
We have not yet been told who the single point of contact (SPOC) is. Please tell us by emailing {{ mailbox }} before the meeting.
{% endif %}
`,
    },
    'deadline-reminder': {
      subject: 'Reminder: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
This is a reminder about a deadline for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- {{ deadline.title }}: {{ deadline.date }}

{% if deadline.workingDaysLeft == 0 %}
The deadline is today.
{% elif deadline.workingDaysLeft == 1 %}
There is 1 working day left.
{% else %}
There are {{ deadline.workingDaysLeft }} working days left.
{% endif %}
Please {{ deadline.action }} by {{ deadline.date }}.

If you have already done this, thank you: you do not need to do anything else. If you have any questions, please email {{ mailbox }}.
`,
    },
    'deadline-overdue': {
      subject: 'Overdue: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
The following deadline for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) has passed:

- {{ deadline.title }}: {{ deadline.date }}

We have not recorded this as received. Please {{ deadline.action }} as soon as possible. If you cannot do this, or you think you have already done it, please contact the lead inspector, {{ people.lead }}, or email {{ mailbox }}.

The lead inspector is copied in to this email.
`,
    },
    'deadline-escalation': {
      subject: 'Escalation: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
A deadline for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) is still outstanding:

- {{ deadline.title }}: {{ deadline.date }}

{% if deadline.workingDaysLate == 1 %}
It is 1 working day late.
{% else %}
It is {{ deadline.workingDaysLate }} working days late.
{% endif %}
It has been escalated to you, as Head of Probation Inspection Programme, for action.

The lead inspector is {{ people.lead }}.
{% if people.spoc %}
The region’s single point of contact (SPOC) is {{ people.spoc }}.
{% endif %}

You can see the inspection at {{ inspectionUrl }}.
`,
    },
    'planning-notes-reminder': {
      subject: 'Reminder: planning meeting notes due by {{ date.planningNotesIssued }} ({{ inspectionRef }})',
      body: `
This is a reminder that the notes of the planning meeting for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) are due to be issued:

- Planning meeting: {{ date.planningMeeting }}
- Notes to be issued by: {{ date.planningNotesIssued }}

{% if people.spoc %}
Please send a copy of the notes to the single point of contact (SPOC), {{ people.spoc }}, and to anyone else who needs them.
{% else %}
Please send a copy of the notes to the single point of contact (SPOC) and to anyone else who needs them. The region has not yet named its SPOC: please check with the lead inspector, {{ people.lead }}.
{% endif %}

You can see the inspection at {{ inspectionUrl }}.
`,
    },
    'week-two-schedule': {
      subject: 'Draft schedule for fieldwork week two shared ({{ inspectionRef }})',
      body: `
The lead inspector, {{ people.lead }}, has recorded that the draft schedule for the second week of fieldwork for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) was shared with you on {{ recorded.on }}. The schedule itself is not sent in this email: if you have not received it, please email {{ mailbox }}.

- Week two: {{ fieldwork.weekTwoFrom }} to {{ fieldwork.weekTwoTo }}

{% if fieldwork.weekTwoStartsOnMonday %}
The inspection team will be on site from Monday afternoon. At the start of the week,
{% else %}
The inspection team will be on site from {{ fieldwork.weekTwoFrom }}. At the start of the week,
{% endif %} the lead inspector will share the headline findings from the case inspections with the regional probation director.

The following meetings are fixed:

- {{ fieldwork.weekTwoFirstDay }}: the regional probation director and the Head of Operations, including feedback from the case inspections
- {{ fieldwork.weekTwoSecondDay }}: the Head of Public Protection
- {{ fieldwork.weekTwoSecondDay }}: the heads of PDUs

Please check the draft schedule and tell us about any problems as soon as possible by emailing {{ mailbox }}.
`,
    },
    'fieldwork-start': {
      subject: 'Fieldwork starts: {{ date.fieldworkWeek1Start }} ({{ inspectionRef }})',
      body: `
Here are the details of the first week of fieldwork for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}). It will take place remotely, on Microsoft Teams:

- Starts: {{ date.fieldworkWeek1Start }}
- Ends: {{ fieldwork.weekOneTo }}

## Briefing by the regional senior leadership team

Fieldwork starts with a briefing by the regional probation director and key members of the senior leadership team. It should cover the context and structure of public protection arrangements in the region, and the region’s key achievements and challenges. The briefing should last up to 45 minutes, followed by 30 minutes for questions and discussion.

Please send an electronic copy of the presentation (Word, PowerPoint or PDF) to the lead inspector, {{ people.lead }}.

## Case inspections

During the week, inspectors will inspect the sample of cases and interview probation practitioners on Microsoft Teams. Each interview will last up to 60 minutes, at the times set out in the schedule of practitioner interviews.

If a practitioner cannot attend, please tell the lead inspector as soon as possible so that we can agree what to do. Please do not ask practitioners to prepare cases for the inspection: it is not needed and can add to their stress.
`,
    },
    'follow-up-dates': {
      subject: 'Follow-up activity: week commencing {{ date.followUpWeekStart }} ({{ inspectionRef }})',
      body: `
After fieldwork, the lead inspector and other inspectorate staff will return to the region to deliver follow-up activity for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- Week commencing: {{ date.followUpWeekStart }}

We will hold workshops with strategic leaders and probation managers. Drawing on the inspection findings, we will share what effective practice looks like, identify barriers to progress and highlight ways to improve accountability.

Please email {{ mailbox }} to tell us which days suit you and who will attend.
`,
    },
    'draft-report-reminder': {
      subject: 'Reminder: first draft of the report due {{ date.draftReportDue }} ({{ inspectionRef }})',
      body: `
This is a reminder that the first draft of the report on the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) is due two weeks after the end of fieldwork:

- Fieldwork ended: {{ date.fieldworkEnd }}
- First draft due: {{ date.draftReportDue }}

The draft then goes through contract editing, strategic editing by the head or deputy head of programme, review by the Chief Inspector and a statistics check by the information and data team. It is due to go to the region for factual-accuracy checking on {{ date.factualAccuracySent }}.
{% if gate and gate.blocking.length > 0 %}

## Organisational alerts

Publication will be held until each of these organisational alerts is assured and marked in the system as described in the report:

{% for item in gate.blocking %}
- {{ item.ref }}: {{ item.status }}{% if item.notInReport %}, not yet marked as described in the report{% endif %}

{% endfor %}
{% endif %}
{% if gate and gate.openIndividual.length > 0 %}

## Individual alerts still open

{% for item in gate.openIndividual %}
- {{ item.ref }}: {{ item.status }}
{% endfor %}
{% endif %}

You can see the inspection at {{ inspectionUrl }}.
`,
    },
    'factual-accuracy-check': {
      subject: 'Draft report sent for factual-accuracy checking ({{ inspectionRef }})',
      body: `
The lead inspector, {{ people.lead }}, has recorded that the draft report on the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) was sent to you on {{ recorded.on }} for you to check for factual accuracy. The report itself is not sent in this email: if you have not received it, please email {{ mailbox }}.

Please send your comments to {{ mailbox }} by {{ date.factualAccuracyDue }}. Tell us about any factual errors, with evidence. You can also raise any concerns about our findings at this stage.

The chief operating officer makes the final decision on any dispute about factual accuracy.

The planned publication date of the report is {{ date.publication }}.
`,
    },
    publication: {
      subject: 'DIPP inspection report published: {{ region }} ({{ inspectionRef }})',
      body: `
The report on the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) has been published:

- Published: {{ recorded.on }}

Thank you to you and your staff for your help during the inspection.

The Head of Probation Inspection Programme, {{ people.headOfProgramme }}, will contact you to ask for your feedback on how the inspection was conducted.
`,
    },
    'dates-changed-internal': {
      subject: 'Changes to the inspection dates, before the announcement ({{ inspectionRef }})',
      body: `
The dates of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) have changed:

{% for change in changes %}
- {{ change.title }}: {{ change.from }} → {{ change.to }}
{% endfor %}

The region has not been told: the inspection has not been announced yet, and the announcement will give the region these dates. The attached calendar file holds the new dates.

## Key dates

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

You can see the inspection at {{ inspectionUrl }}.
`,
    },
    'task-reminder': {
      subject: 'Reminder: {{ task.title }} ({{ inspectionRef }})',
      body: `
This is a reminder that the following is planned for {{ task.date }} in the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- {{ task.title }}

When it is done, please record it at {{ inspectionUrl }}. The region is told only once it is recorded: nothing is sent to them on the planned date.
`,
    },
    'task-overdue': {
      subject: 'Overdue: {{ task.title }} ({{ inspectionRef }})',
      body: `
The following, planned for {{ task.date }} in the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), has not been recorded as done:

- {{ task.title }}

{% if task.workingDaysLate == 1 %}
It is 1 working day late.
{% else %}
It is {{ task.workingDaysLate }} working days late.
{% endif %}
If it has been done, please record it at {{ inspectionUrl }}: the region is told only once it is recorded. If it cannot be done, please agree new dates.

The Head of Probation Inspection Programme, {{ people.headOfProgramme }}, is told of this.
`,
    },
    'case-sample-ready': {
      subject: 'Case sample and interview schedule ready ({{ inspectionRef }})',
      body: `
The case sample and the provisional schedule of practitioner interviews for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) are ready. Sign in to see and download them at {{ caseSample.url }}.

To protect personal data, they are never sent in these emails.

By {{ date.scheduleChangeDeadline }} you can ask, in the service, for an interview to move, for a substitute when a practitioner cannot attend, or for a case to be excluded. The lead inspector decides each request.
`,
    },
    'case-sample-reminder': {
      subject: 'Case sample not ready ({{ inspectionRef }})',
      body: `
The case sample and the provisional schedule of practitioner interviews for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) are not ready. The announcement of {{ date.announcement }} told the region that they would follow, and the region is waiting for them.

What is missing:

{% for item in caseSample.missing %}
- {{ item }}
{% endfor %}

Please complete the sample at {{ caseSample.url }}. The region is told when it is ready.
`,
    },
    'sample-change-requested': {
      subject: 'The region asks for a change to the case sample ({{ inspectionRef }})',
      body: `
The region has asked for a change to the case sample or the interview schedule of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}). The request is not sent in this email.

Please decide it at {{ caseSample.url }}. The region is told of your decision.
`,
    },
    'sample-change-decided': {
      subject: 'Your request about the case sample has been decided ({{ inspectionRef }})',
      body: `
The lead inspector, {{ people.lead }}, has decided your request about the case sample or the interview schedule of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}).

To protect personal data, the decision is not sent in this email: sign in to see it, and the sample as it now stands, at {{ caseSample.url }}.
`,
    },
    'official-named': {
      subject: 'You are now the {{ official.role }} for {{ inspectionRef }}',
      body: `
You are now the {{ official.role }} for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}){% if official.replacing %}, in place of {{ official.replacing }}{% endif %}. From now on the inspection's notices for the {{ official.role }} come to you, and you can see the inspection when you sign in at {{ inspectionUrl }}.

The key dates are below, and in the attached calendar file.

## Key dates

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

If you have any questions, please email {{ mailbox }}.
`,
    },
    'official-replaced': {
      subject: 'You are no longer the {{ official.role }} for {{ inspectionRef }}',
      body: `
{{ official.name }} is now the {{ official.role }} for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), in your place. The inspection's notices for the {{ official.role }} go to them from now on, and the inspection is no longer among yours in the service.

If this is a mistake, please email {{ mailbox }}.
`,
    },
    'contact-named': {
      subject: 'You are now the {{ official.role }} for the inspection ({{ inspectionRef }})',
      body: `
You are now the {{ official.role }} for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}){% if official.replacing %}, in place of {{ official.replacing }}{% endif %}. From now on what we send the region about the inspection comes to you.

The key dates are below, and in the attached calendar file. Sign in at {{ inspectionUrl }} to see the inspection and answer what is asked of the region.

## Key dates

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

If you have any questions, please email {{ mailbox }}.
`,
    },
    'contact-replaced': {
      subject: 'You are no longer the {{ official.role }} for the inspection ({{ inspectionRef }})',
      body: `
{{ official.name }} is now the {{ official.role }} for the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), in your place. What we send the region about the inspection goes to them from now on.

If this is a mistake, please email {{ mailbox }}.
`,
    },
    'dates-changed': {
      subject: 'Changes to the inspection dates ({{ inspectionRef }})',
      body: `
The dates of the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) have changed:

{% for change in changes %}
- {{ change.title }}: {{ change.from }} → {{ change.to }}
{% endfor %}

The key dates below, and the attached calendar file, replace any dates we sent you before. Reminders we sent earlier about the old dates no longer apply.

## Key dates

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

If you have any questions, please email {{ mailbox }}.
`,
    },
  },

  milestoneTitles: MILESTONE_NAMES.en,

  // Each completes "Please …".
  deadlineActions: {
    orgStructureDue:
      'send the organisational structure chart, contact details of leaders, the availability of key staff during fieldwork and any diversity considerations to the inspections mailbox',
    scheduleChangeDeadline:
      'send any requests to change the fieldwork schedule, and tell us about any cases that may need to be excluded',
    evidenceDeadline: 'upload all evidence in advance to the Microsoft Teams channel',
    factualAccuracyDue: 'send your comments on the factual accuracy of the draft report to the inspections mailbox',
  },

  alertWords: alertWordsEn,

  regionNames: {
    'North East': 'North East',
    'North West': 'North West',
    'Yorkshire and the Humber': 'Yorkshire and the Humber',
    'Greater Manchester': 'Greater Manchester',
    'East Midlands': 'East Midlands',
    'West Midlands': 'West Midlands',
    'East of England': 'East of England',
    'Kent, Surrey and Sussex': 'Kent, Surrey and Sussex',
    London: 'London',
    'South West': 'South West',
    'South Central': 'South Central',
    Wales: 'Wales',
  },

  layout: {
    greeting: 'Dear {{ name }},',
    signOff: 'Yours sincerely,',
    inspectorate: 'HM Inspectorate of Probation',
    automated:
      'This notice was sent automatically by the DIPP inspection system. Please send any reply to the HM Inspectorate of Probation inspections mailbox.',
  },
};
