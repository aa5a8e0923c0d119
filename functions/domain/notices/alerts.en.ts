import type { AlertNoticeKind } from './catalogue.js';
import type { AlertWords, LanguagePack } from './view.js';

/**
 * English wording of the alert notices. Never the case, nor what the inspector wrote: only the
 * alert's reference, the inspection, the deadlines and the link to the alert in the system.
 *
 * As in en.ts: keep Nunjucks block tags on lines of their own (trimBlocks swallows the line break).
 * `alert.deadline` (reminder, overdue, escalated) and `alert.escalatedTo` (escalated) are not
 * guarded: without them the notice has nothing to say, and rendering fails loudly instead.
 * Both alert types start with a vowel ("individual alert", "organisational alert"): "an {{ alert.type }}".
 */
export const alertTemplatesEn: Pick<LanguagePack['templates'], AlertNoticeKind> = {
  'alert-to-confirm': {
    subject: 'Alert {{ alert.ref }} to confirm ({{ inspectionRef }})',
    body: `
An inspector, {{ alert.raisedBy }}, has raised an {{ alert.type }} during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}):

- Alert reference: {{ alert.ref }}
- Type: {{ alert.type }}
- Category: {{ alert.category }}
- Raised by: {{ alert.raisedBy }}

As lead inspector, please review the alert and either confirm it or withdraw it. The region is not told about the alert until you confirm it; once you do, it is told straight away. An alert is about a significant and imminent risk, so please do this as soon as possible.

You can see the details of the alert, and confirm or withdraw it, by signing in at {{ alert.url }}. The details are kept in the system: they are not sent by email.
`,
  },
  'alert-raised': {
    subject: 'Alert {{ alert.ref }}: action needed ({{ inspectionRef }})',
    body: `
During the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), the inspection team has raised an {{ alert.type }} ({{ alert.category }}). The lead inspector has confirmed it, and we are telling you about it straight away.

- Alert reference: {{ alert.ref }}
- Type: {{ alert.type }}
- Category: {{ alert.category }}

We raise an alert when we find a significant and imminent risk that needs immediate attention. HM Inspectorate of Probation does not manage the risk: the region must act on it. We will ask for evidence that gives us assurance that the action has been taken.

## The details of the alert

To protect personal data, the details of the alert are not sent by email. Please sign in at {{ alert.url }} to see them. They set out:

{% if not alert.organisational %}
- the case concerned, by its reference
{% endif %}
- what might happen if no action is taken
- how serious the risk is, and how imminent
- the action we ask you to take

## What we need from you

{% if alert.acknowledgeBy %}
- By {{ alert.acknowledgeBy }}: acknowledge the alert in the system.
{% else %}
- As soon as possible: acknowledge the alert in the system.
{% endif %}
{% if alert.evidenceBy %}
- By {{ alert.evidenceBy }}: send evidence of the action taken, through the system.
{% else %}
- As soon as possible: send evidence of the action taken, through the system.
{% endif %}

Please do not send case details or evidence by email. If the alert is not acknowledged, or the evidence is not received, by these deadlines, the alert is escalated to the Head of Probation Inspection Programme and then to the Chief Inspector of Probation.

{% if alert.organisational %}
As this is an organisational alert, the published report on the inspection will describe that it was raised.

{% endif %}
If you have any questions, please contact the lead inspector, {{ people.lead }}.
`,
  },
  'alert-reminder': {
    // Each reminder in its own words: what is due shows in the subject (kept under 120 characters).
    subject:
      "{% if alert.deadline.of == 'acknowledgement' %}Acknowledgement{% else %}Evidence{% endif %} reminder: alert {{ alert.ref }} ({{ inspectionRef }})",
    body: `
This is a reminder about alert {{ alert.ref }}, raised during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}): {{ alert.deadline.what }} is due by {{ alert.deadline.by }}.

{% if alert.deadline.of == 'acknowledgement' %}
Please acknowledge the alert by signing in at {{ alert.url }}.
{% else %}
Please send evidence of the action taken by signing in at {{ alert.url }}.
{% endif %}
The details of the alert are there too: they are not sent by email.

If you have already done this, thank you: you do not need to do anything else. If it is not received by {{ alert.deadline.by }}, the alert will be escalated to the Head of Probation Inspection Programme.
`,
  },
  'alert-overdue': {
    subject: 'Overdue: alert {{ alert.ref }} ({{ inspectionRef }})',
    body: `
For alert {{ alert.ref }}, raised during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), {{ alert.deadline.what }} was due by {{ alert.deadline.by }}. We have not received it.

{% if alert.escalatedTo %}
The alert has been escalated to the {{ alert.escalatedTo.role }} ({{ alert.escalatedTo.name }}).
{% else %}
Alerts that are not answered are escalated to the Head of Probation Inspection Programme and then to the Chief Inspector of Probation.
{% endif %}

An alert is about a significant and imminent risk: please act now.
{% if alert.deadline.of == 'acknowledgement' %}
Please acknowledge the alert, and send evidence of the action taken, by signing in at {{ alert.url }}.
{% else %}
Please send evidence of the action taken by signing in at {{ alert.url }}.
{% endif %}

If you cannot do this, or you think you have already done it, please contact the lead inspector, {{ people.lead }}, straight away. The lead inspector is copied in to this email.
`,
  },
  'alert-escalated': {
    subject: 'Escalation: alert {{ alert.ref }} ({{ inspectionRef }})',
    body: `
For alert {{ alert.ref }}, raised during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), the region has missed the following deadline:

- Alert: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})
- Not provided: {{ alert.deadline.what }}
- Due by: {{ alert.deadline.by }}

It has been escalated to you, as {{ alert.escalatedTo.role }}, for action. We are also telling the region that it is overdue.

You can see the alert, and what the region has done so far, by signing in at {{ alert.url }}. Its details are kept there: they are not sent by email.

The lead inspector, {{ people.lead }}, is copied in to this email.
`,
  },
  'alert-evidence-submitted': {
    subject: 'Evidence submitted: alert {{ alert.ref }} ({{ inspectionRef }})',
    body: `
The {{ region }} region has submitted evidence of the action it has taken on alert {{ alert.ref }}, raised during the DIPP inspection of the region (reference {{ inspectionRef }}).

- Alert: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})

Please review the evidence by signing in at {{ alert.url }}. If it gives you assurance that the action was taken, record that you are assured, with a note of what assured you: this closes the alert. If it does not, ask the region for more evidence in the system, saying what is needed and by when.

{% if alert.organisational %}
This is an organisational alert: the report cannot be published until it is assured and marked as described in the report.
{% endif %}
`,
  },
  'alert-more-evidence': {
    subject: 'More evidence needed: alert {{ alert.ref }} ({{ inspectionRef }})',
    body: `
The lead inspector has reviewed the evidence you sent for alert {{ alert.ref }}, raised during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), and needs more before they can be assured that the action asked for has been taken.

- Alert: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})
{% if alert.evidenceBy %}
- More evidence due by: {{ alert.evidenceBy }}
{% endif %}

What more is needed is written in the system: please sign in at {{ alert.url }} to read it and to send the evidence. Please do not send case details or evidence by email.

If it is not received by then, the alert will be escalated to the Head of Probation Inspection Programme. If you have any questions, please contact the lead inspector, {{ people.lead }}.
`,
  },
  'alert-confirm-reminder': {
    subject: 'Reminder: alert {{ alert.ref }} is waiting for you to confirm it ({{ inspectionRef }})',
    body: `
Alert {{ alert.ref }} ({{ alert.type }}, {{ alert.category }}), raised by {{ alert.raisedBy }} during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), is still waiting for you to confirm or withdraw it.

The region has not been told about it: it is told only once you confirm it. An alert is about a significant and imminent risk, so please decide now by signing in at {{ alert.url }}.
`,
  },
  'alert-review-reminder': {
    subject: 'Reminder: evidence for alert {{ alert.ref }} is waiting for your review ({{ inspectionRef }})',
    body: `
This is a reminder, not a new submission. The {{ region }} region sent evidence for alert {{ alert.ref }} ({{ alert.type }}, {{ alert.category }}), raised during the DIPP inspection of the region (reference {{ inspectionRef }}), and it has not been reviewed yet.

Please sign in at {{ alert.url }} and either record that you are assured, with a note of what assured you, or ask the region for more evidence by a new deadline.
`,
  },
  'alert-closed': {
    subject: 'Alert {{ alert.ref }} closed ({{ inspectionRef }})',
    body: `
Alert {{ alert.ref }}, raised during the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}), is now closed.

{% if alert.outcome == 'assured' %}
The lead inspector has reviewed the evidence you sent and is assured by it that the action asked for has been taken. Thank you for acting on the alert.
{% elif alert.outcome == 'withdrawn' %}
The lead inspector has withdrawn the alert. You do not need to take any further action on it.
{% else %}
You do not need to take any further action on it.
{% endif %}

{% if alert.organisational and alert.outcome == 'assured' %}
As this was an organisational alert, the published report on the inspection will describe that it was raised.

{% endif %}
You can still see the alert by signing in at {{ alert.url }}. If you have any questions, please contact the lead inspector, {{ people.lead }}.
`,
  },
  'publication-blocked': {
    subject: 'Publication held: alerts to resolve ({{ inspectionRef }})',
    body: `
The report on the DIPP inspection of the {{ region }} region (reference {{ inspectionRef }}) is due to be published on {{ date.publication }}. Publication is held until every organisational alert raised during the inspection is assured and marked as described in the report.

## Organisational alerts holding publication ({{ gate.blocking.length }})

{% for item in gate.blocking %}
{% if item.notAssured and item.notInReport %}
- {{ item.ref }} (status: {{ item.status }}): not yet assured, and not yet marked as described in the report
{% elif item.notAssured %}
- {{ item.ref }} (status: {{ item.status }}): not yet assured
{% elif item.notInReport %}
- {{ item.ref }} (status: {{ item.status }}): not yet marked as described in the report
{% else %}
- {{ item.ref }} (status: {{ item.status }})
{% endif %}
{% endfor %}

For each of these, the lead inspector needs evidence that gives assurance that the region has acted, and the report must describe that the alert was raised. Please record both in the system.

{% if gate.openIndividual.length > 0 %}
## Individual alerts still open

These do not hold publication, but are listed for the lead inspector’s attention:

{% for item in gate.openIndividual %}
- {{ item.ref }} (status: {{ item.status }})
{% endfor %}

{% endif %}
You can see the alerts by signing in at {{ inspectionUrl }}.
`,
  },
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
    'more-evidence-requested': 'more evidence requested',
    assured: 'assured',
    withdrawn: 'withdrawn',
  },
  dateAtTime: '{{ date }} at {{ time }}',
};
