// Over 300 lines on purpose: every English string the pages show, in one catalogue, so that its
// Welsh twin (cy.ts) is checked key for key by the compiler and reviewed in one place.
import { ROLE_NAMES } from '../../domain/glossary.js';

/**
 * The pages' English wording (the views call `t('key')`; handlers get `kit.t(request)`). A
 * message may name values in braces, `{name}`, filled in when it is shown; the Welsh must name
 * the same (test/web/catalogue.test.ts). Milestone names, alert words and region names are not
 * here: the pages take them from the notices' (functions/domain/glossary.ts, notices/*.ts), as
 * the officials' roles are (the `role.*` entries).
 */
export const en = {
  'layout.serviceName': 'DIPP inspections',

  'phase.preFieldwork': 'Pre-fieldwork',
  'phase.fieldwork': 'Fieldwork',
  'phase.postFieldwork': 'Post-fieldwork',
  'phase.complete': 'Complete',

  'layout.errorPrefix': 'Error: ',
  'layout.organisation': 'HM Inspectorate of Probation',
  'layout.skipLink': 'Skip to main content',
  'layout.signedIn': 'Signed in',
  'layout.calendarLink': 'Your calendar link',
  'layout.signOut': 'Sign out',

  'nav.overview': 'Programme overview',
  'nav.due': 'What is due',
  'nav.alerts': 'Alerts',
  'nav.menu': 'Menu',
  'nav.serviceInformation': 'Service information',

  'layout.languages': 'Languages',
  'layout.localTag': 'Local',
  'layout.localBanner': 'This runs on your machine with emulated AWS services. The sign-in is for local use only.',
  'layout.licence': 'All content is available under the {link}, except where otherwise stated',
  'layout.licenceName': 'Open Government Licence v3.0',
  'layout.copyright': '© Crown copyright',

  'problem.title400': 'There is a problem',
  'problem.title403': 'You do not have access to this page',
  'problem.title404': 'Page not found',
  'problem.title409': 'The page changed while you were using it',
  'problem.title500': 'Sorry, there is a problem with the service',
  'problem.formNotSent': 'The form could not be sent',
  'problem.typed': 'If you typed the web address, check it is correct.',
  'problem.pasted': 'If you pasted the web address, check you copied the entire address.',
  'problem.tryLater': 'Try again later.',
  'problem.lookAgain':
    'If you were changing something, look at it again before you try: the change may have been made.',
  'problem.home': 'Go to the programme overview',

  'signedOut.ended': 'Your session has ended on this service.',
  'signedOut.endedBoth': 'Your session has ended on this service and at the sign-in service.',
  'signedOut.signIn': 'Sign in',
  'signedOut.titleSignedOut': 'You have signed out',
  'signedOut.titleFailed': 'You could not be signed in',
  'signedOut.titleAgain': 'You need to sign in again',
  'signedOut.sessionEnded': 'Your session has ended, so nothing was changed. Sign in and try again.',

  'calendar.intro':
    'Subscribe to this link in Outlook or Google Calendar to see the milestones of every inspection you take part in. It shows dates and titles only, never case details.',
  'calendar.newLink': 'Your new link',
  'calendar.copyNow': 'Copy it now: it is shown only once.',
  'calendar.linkLabel': 'Calendar link',
  'calendar.welshLinkLabel': 'Calendar link in Welsh',
  'calendar.welshLinkHint': 'The same calendar, its events’ titles and descriptions in Welsh.',
  'calendar.madeOn':
    'You made a link on {when}. If you have lost it, or someone else may have it, reset it: the old link stops working at once.',
  'calendar.none': 'You do not have a link yet.',
  'calendar.reset': 'Reset your calendar link',
  'calendar.get': 'Get your calendar link',
  'calendar.keepSecret': 'Anyone with the link can see your inspections’ dates, so keep it to yourself.',

  'newInspection.title': 'Plan an inspection',

  'overview.filter': 'Filter',
  'overview.dueSoon': 'Due in the next {days} days, or overdue',
  'overview.applyFilter': 'Apply filter',
  'overview.count': 'Showing {shown} of {total} inspections.',
  'overview.countOne': 'Showing {shown} of {total} inspection.',
  'overview.pane': 'Inspections (scrolls sideways on a small screen)',
  'overview.caption': 'Inspections, sorted by {column} ({direction})',
  'overview.ascending': 'ascending',
  'overview.descending': 'descending',
  'overview.sort.region': 'Region',
  'overview.sort.fieldwork': 'Fieldwork',
  'overview.phase': 'Phase',
  'overview.sort.next-deadline': 'Next deadline',
  'overview.sort.overdue': 'Overdue',
  'overview.sort.alerts': 'Open alerts',
  'overview.none': 'None',
  'overview.noneDue': 'No inspections are due in the next {days} days.',
  'overview.noInspections': 'No inspections.',

  'rag.overdue': 'Overdue',
  'rag.dueSoon': 'Due soon',
  'rag.alertOpen': 'Alert open',
  'rag.onTrack': 'On track',

  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',

  'due.due': 'Due',
  'due.what': 'What',
  'due.whoActs': 'Who acts',
  'due.ofInspection': ': {region} inspection',

  'status.escalated': 'Escalated',

  'party.region': 'Region',
  'party.inspectorate': 'Inspectorate',

  'due.intro':
    'Milestones and alert deadlines across the inspections you can see: what falls due in the period you choose, and everything overdue.',
  'due.when': 'When',
  'due.yourDates': 'Your dates',
  'due.yourDatesHint': 'Choose “Dates you choose” above to use these.',
  'due.from': 'From',
  'due.fromHint': 'For example, 1 5 2027',
  'due.to': 'To',
  'due.toHint': 'For example, 31 5 2027',
  'due.allRegions': 'All regions',

  'field.region': 'Region',

  'due.anyone': 'Anyone',
  'due.theRegion': 'The region (RPD or SPOC)',
  'due.theInspectorate': 'The inspectorate',
  'due.show': 'Show what is due',
  'due.periodShown': '{period}: {from} to {to}.',
  'due.overdueCount': 'Overdue ({count})',

  'status.overdue': 'Overdue',

  'due.nothingOverdue': 'Nothing is overdue.',
  'due.dueCount': 'Due {from} to {to} ({count})',
  'due.dueBetween': 'Due {from} to {to}',
  'due.nothingDue': 'Nothing falls due in this period.',

  'dueError.fromMissing': 'Enter the first date',
  'dueError.toMissing': 'Enter the last date',
  'dueError.toBeforeFrom': 'The last date must be the same as or after the first date',
  'dueError.withinYear': 'The last date must be within a year of the first date',
  'dueError.fromReal': 'The first date must be a real date',
  'dueError.toReal': 'The last date must be a real date',
  'dueError.region': 'Select a region from the list',
  'dueError.actor': 'Select who acts from the list',
  'dueError.state': 'Select a state from the list',
  'dueError.period': 'Select a period',
  'dueError.other': 'Check {field}: it {message}',

  'due.period.this-week': 'This week',
  'due.period.next-two-weeks': 'The next {days} days',
  'due.period.range': 'Dates you choose',

  'alerts.title': 'Open alerts',
  'alerts.intro':
    'Alerts not yet assured or withdrawn, across the inspections you can see: their state, whose turn it is and the region’s next deadline.',
  'alerts.anyState': 'Any state',
  'alerts.state': 'State',
  'alerts.whoseTurn': 'Whose turn',
  'alerts.anyones': 'Anyone’s',
  'alerts.regions': 'The region’s',
  'alerts.inspectorates': 'The inspectorate’s',
  'alerts.show': 'Show alerts',
  'alerts.count': 'Open alerts ({count})',
  'alerts.alert': 'Alert',
  'alerts.by': 'by',
  'alerts.noneMatch': 'No open alerts match what you chose.',
  'alerts.none': 'No open alerts.',

  'status.pending': 'Pending',
  'status.met': 'Met',
  'status.met-late': 'Met late',
  'status.waived': 'Waived',

  'notice.sending': 'Sending',
  'notice.retrying': 'Retrying',
  'notice.sent': 'Sent',
  'notice.failed': 'Failed',
  'notice.bounced': 'Bounced',

  'inspection.fieldworkStarts': 'Fieldwork starts',
  'inspection.notNamed': 'Not named yet',
  'inspection.planVersion': 'Plan version',
  'inspection.changeDates': 'Change dates',

  'newAlert.title': 'Raise an alert',

  'inspection.calendarFile': 'Calendar (iCalendar file)',
  'inspection.timeline': 'Timeline',
  'inspection.notRecordable': 'Work can be recorded here once the inspection has been announced.',
  'inspection.milestone': 'Milestone',
  'inspection.date': 'Date',
  'inspection.status': 'Status',
  'inspection.action': 'Action',
  'inspection.held': 'Held: {reason}',
  'inspection.doneOn': 'Done on {date}',
  'inspection.recordedBy': 'Recorded by {name} on {when}.',
  'inspection.reason': 'Reason: {reason}',
  'inspection.note': 'Note: {note}',

  'record.title': 'Record as done',

  'inspection.waive': 'Waive',
  'inspection.changeDate': 'Change date',
  'inspection.undo': 'Undo',
  'inspection.type': 'Type',

  'field.category': 'Category',

  'inspection.noAlerts': 'No alerts have been raised.',
  'inspection.notices': 'Notices',
  'inspection.noticesSent': 'Notices sent',
  'inspection.notice': 'Notice',
  'inspection.to': 'To',
  'inspection.bilingual': ' (Welsh and English)',
  'inspection.notSent': 'Not sent',
  'inspection.noNotices': 'No notices yet.',

  'alert.backTo': 'Back to {region}',
  'alert.caption': '{region}, alert {ref}',
  'alert.reference': 'Reference',

  'field.caseReference': 'Case reference',

  'alert.notSingleCase': 'Not a single case (organisational)',
  'alert.whatMightHappen': 'What might happen',
  'alert.howSerious': 'How serious',
  'alert.howImminent': 'How imminent',
  'alert.actionRequested': 'Action requested',
  'alert.acknowledgeBy': 'Acknowledge by',
  'alert.evidenceBy': 'Evidence by',
  'alert.setWhenNotified': 'Set when the region is notified',
  'alert.evidence': 'Evidence',
  'alert.noneYet': 'None yet',
  'alert.assuranceNote': 'Assurance note',
  'alert.notAssured': 'Not assured yet',
  'alert.inReport': 'Described in the report',
  'alert.yes': 'Yes',
  'alert.no': 'No',
  'alert.notNeeded': 'Not needed (individual alert)',
  'alert.beforeFieldwork': 'Raised before fieldwork, because',
  'alert.moreNeeded': 'More evidence needed',
  'alert.whyWithdrawn': 'Why it was withdrawn',
  'alert.ownAlert': 'You raised this alert, so you cannot confirm it: the lead inspector, {lead}, confirms it.',
  'alert.whatYouCanDo': 'What you can do',
  'alert.onBehalf': ' on behalf of the region',
  'alert.notRegion':
    'You are not the region: what you do here is recorded as on behalf of the region, with your reason.',
  'alert.confirm': 'Confirm the alert',
  'alert.acknowledge': 'Acknowledge the alert',
  'alert.whyAcknowledgeForRegion': 'Why you acknowledge it for the region',
  'alert.submitEvidence': 'Submit evidence',
  'alert.whatWasDone': 'What was done, and where the evidence is',
  'alert.whySubmitForRegion': 'Why you submit it for the region',
  'alert.askMore': 'Ask for more evidence',

  'field.moreNote': 'What more evidence is needed',

  'alert.moreNoteHint': 'The region reads this in the system; it is not emailed',
  'alert.newDeadline': 'New deadline for the evidence',
  'alert.newDeadlineHint': 'A working day, at most 20 working days ahead; due by 5pm. For example, 9 3 2027',
  'alert.recordAssurance': 'Record assurance',
  'alert.whatAssured': 'What assured you',
  'alert.whatAssuredHint': 'The evidence you saw, and what it shows was done',
  'alert.markInReport': 'Mark as described in the report',
  'alert.withdraw': 'Withdraw the alert',
  'alert.whyWithdraw': 'Why it is withdrawn',
  'alert.history': 'History',
  'alert.byName': 'by {name}',
  'alert.byOnBehalf': 'by {name}, on behalf of the region',
  'alert.why': 'Why: {reason}',

  'form.back': 'Back',

  'newAlert.warning': 'Name a case by its reference only. Never write a person’s name or other personal details here.',

  'field.type': 'Type of alert',

  'newAlert.individualHint': 'About one case: a risk to others or to the person on probation',
  'newAlert.organisationalHint': 'About the region’s practice: it may hold publication until assured',
  'newAlert.chooseCategory': 'Choose a category',
  'newAlert.caseReferenceHint': 'For an individual alert: the case’s reference, such as CRN X123456',
  'newAlert.whatMightHappen': 'What might happen if no action is taken',

  'field.howSerious': 'How serious it is',
  'field.howImminent': 'How imminent it is',
  'field.actionRequested': 'What the region is asked to do',

  'newAlert.whyNotWait': 'Why this alert cannot wait for fieldwork',
  'newAlert.whyNotWaitHint':
    'Fieldwork begins on {date}. Alerts come from fieldwork: before it, say why this one cannot wait',
  'newAlert.raise': 'Raise the alert',

  'form.optional': '{label} (optional)',

  'newInspection.fullName': 'Full name',
  'newInspection.workEmail': 'Work email address',
  'newInspection.intro':
    'The timeline is worked out from the region and the first day of fieldwork. The region is sent the announcement at once if it is due.',
  'newInspection.chooseRegion': 'Choose a region',

  'field.fieldworkStart': 'First day of fieldwork',

  'newInspection.fieldworkHint': 'A Monday. For example, 15 3 2027',
  'newInspection.spocHint': 'The RPD names them after the announcement; until then, what is for them goes to the RPD.',
  'newInspection.plan': 'Plan the inspection',

  'checkDates.title': 'Check the new dates before they are changed',
  'checkDates.nothingYet': 'Nothing has been changed or sent yet.',
  'checkDates.moves': 'Dates that move',
  'checkDates.emails': 'Emails sent when you confirm',
  'checkDates.email': 'Email',
  'checkDates.copiedTo': 'Copied to',
  'checkDates.nobody': 'Nobody',
  'checkDates.regionNotToldOn':
    'The region has not been told of this inspection yet (it is announced on {date}), so it is not emailed about this change. The announcement will give the new dates.',
  'checkDates.regionNotTold':
    'The region has not been told of this inspection yet, so it is not emailed about this change. The announcement will give the new dates.',
  'checkDates.checkThese': 'Check these before you confirm',
  'checkDates.confirm': 'Confirm and change the dates',

  'form.cancel': 'Cancel',

  'milestoneDate.title': 'Change the date of a milestone',
  'milestoneDate.now': '{milestone}: now {date}.',
  'milestoneDate.intro':
    'Dates that follow from it move with it. You will see every date that moves and who will be emailed before anything is changed.',
  'milestoneDate.newDate': 'New date',
  'milestoneDate.hint': 'A working day, today or later. For example, 15 3 2027',
  'milestoneDate.change': 'Change the date',

  'record.titleOf': 'Record as done: {milestone}',
  'record.due': '{milestone}: due {date}.',
  'record.when': 'When it was done',
  'record.whenHint': 'Today unless you change it; not before the inspection was planned. For example, 15 3 2027',
  'record.note': 'Note (optional)',
  'record.noteHint': 'For example, where the evidence is. Do not write a person’s name or case details.',

  'reschedule.title': 'Change the dates of the {region} inspection',
  'reschedule.heading': 'Change the fieldwork start',
  'reschedule.intro':
    'Every date that follows from it moves; milestones already met stay met. You will see every date that moves and who will be emailed before anything is changed.',
  'reschedule.newStart': 'New first day of fieldwork',
  'reschedule.hint': 'A working Monday, today or later. For example, 15 3 2027',
  'reschedule.change': 'Change the dates',

  'waive.titleOf': 'Waive: {milestone}',
  'waive.heading': 'Waive a milestone',
  'waive.intro': 'Once waived, nothing more is sent about it and its deadline is not chased.',
  'waive.why': 'Why it is waived',
  'waive.button': 'Waive the milestone',

  'field.milestoneDates': 'Milestone date',
  'field.whatMightHappen': 'What might happen',
  'field.summary': 'What was done',
  'field.reason': 'Reason',
  'field.expectedDueDate': 'The date you saw',
  'field.expectedPlanVersion': 'The dates you checked',
  'field.on': 'The date it was done',
  'field.note': 'The note',
  'field.waiverReason': 'The reason',
  'field.evidenceBy': 'The new deadline',
  'field.onBehalfReason': 'Why you act for the region',
  'field.beforeFieldworkReason': 'Why it cannot wait',

  'missing.region': 'Select a region',
  'missing.fieldworkStart': 'Enter the first day of fieldwork',
  'missing.type': 'Select the type of alert',
  'missing.category': 'Select a category',
  'missing.summary': 'Say what was done, and where the evidence is',
  'missing.reason': 'Say why the alert is withdrawn',
  'missing.waiverReason': 'Say why the milestone is waived',
  'missing.note': 'Say what assured you: the evidence seen and what it shows',
  'missing.moreNote': 'Say what more evidence is needed',
  'missing.evidenceBy': 'Enter the new deadline for the evidence',
  'missing.onBehalfReason': 'Say why you act for the region',
  'missing.beforeFieldworkReason': 'Say why this alert cannot wait for fieldwork',

  'error.personMissing': 'Enter the {role}’s name and work email address',
  'error.emailMissing': 'Enter the {role}’s work email address',
  'error.emailInvalid': 'The {role}’s email address {message}',
  'error.nameMissing': 'Enter the {role}’s name',
  'error.nameInvalid': 'The {role}’s name {message}',
  'error.enter': 'Enter {field}',
  'error.invalid': '{field} {message}',

  'role.lead': ROLE_NAMES.en.lead,
  'role.deputyLead': ROLE_NAMES.en.deputyLead,
  'role.isa': ROLE_NAMES.en.isa,
  'role.rpd': ROLE_NAMES.en.rpd,
  'role.spoc': ROLE_NAMES.en.spoc,
  'role.headOfProgramme': ROLE_NAMES.en.headOfProgramme,
  'role.chiefInspector': ROLE_NAMES.en.chiefInspector,

  'userRole.administrator': 'Inspection support administrator',
  'userRole.headOfProgramme': 'Head of Probation Inspection Programme',
  'userRole.lead': 'Lead inspector',
  'userRole.assistantInspector': 'Assistant inspector',
  'userRole.region': 'Region (RPD or SPOC)',

  'banner.undone': 'Undone: {milestone} ({status} again).',
  'banner.rescheduled': 'The dates were changed and the people listed were emailed.',
  'banner.recorded': 'Recorded: {milestone} ({status}).',

  'turn.lead': 'waiting for the lead inspector',
  'turn.region': 'waiting for the region',
  'turn.system': 'the region is being told',
  'turn.nobody': 'closed',

  'history.raised': 'Raised',
  'history.confirmed': 'Confirmed by the lead inspector',
  'history.notified': 'Region notified',
  'history.escalatedChief': 'Escalated to the Chief Inspector ({missing})',
  'history.escalatedHead': 'Escalated to the Head of Programme ({missing})',
  'history.acknowledged': 'Acknowledged',
  'history.evidence': 'Evidence submitted',
  'history.moreEvidence': 'More evidence asked for',
  'history.assured': 'Assured',
  'history.withdrawn': 'Withdrawn',
  'history.inReport': 'Described in the report',
  'history.no.acknowledgement': 'no acknowledgement',
  'history.no.evidence': 'no evidence',

  'problem.noPage': 'there is no page at this address',
  'problem.formFromElsewhere': 'the form came from another site',
  'problem.formExpired': 'the form has expired or did not come from this service',
  'problem.nothingChanged': '{why}. Nothing was changed',

  'calendar.notFound': 'There is no calendar at this address.',

  'dueWhat.tellRegion': 'Tell the region',
  'dueWhat.sendEvidence': 'Send evidence of action',
  'dueWhat.review': 'Review the evidence and assure',
  'who.lead': 'the lead inspector',
  'who.service': 'the service',
  'who.region': 'the region',
  'who.rpdOrSpoc': 'RPD or SPOC',

  'evidence.heading': 'Evidence files',
  'evidence.caption': 'Files attached to this alert',
  'evidence.file': 'File',
  'evidence.size': 'Size',
  'evidence.attachedBy': 'Attached by',
  'evidence.when': 'When',
  'evidence.download': ' (download)',
  'evidence.onBehalf': ', on behalf of the region',
  'evidence.none': 'No files attached.',
  'evidence.attach': 'Attach a file',
  'evidence.hint':
    'A PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx) file of at most 10 MB. Files stay in this service: they are never emailed.',
  'evidence.uploadButton': 'Upload the file',
  'evidence.addTitle': 'Add the file to the alert',
  'evidence.back': 'Back to the alert',
  'evidence.refused': 'The file was not added and has been deleted. Go back to the alert to upload another.',
  'evidence.uploadedBefore': 'Your file',
  'evidence.uploadedAfter':
    'has been uploaded. It is checked when you add it: a file that is not what its name says, or over 10 MB, is refused and deleted.',
  'evidence.whyForRegion': 'Why you are adding it for the region',
  'evidence.addButton': 'Add the file',
  'evidence.bytes': '{count} bytes',
} as const;

export type MessageKey = keyof typeof en;
