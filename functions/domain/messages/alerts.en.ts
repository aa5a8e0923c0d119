/** What the alerts rules and use cases say, in English (see en.ts). */
export const alertsEn = {
  // Plain text (text.ts): the rule for every field people type.
  'alert.text.singleLine':
    'must be one line of plain text: line breaks, tabs, control characters and invisible formatting characters (such as zero-width spaces and text-direction overrides) are not allowed',
  'alert.text.multiLine':
    'must be plain text: line breaks are allowed, but tabs, other control characters and invisible formatting characters (such as zero-width spaces and text-direction overrides) are not',
  'alert.text.found': '{message} (found {character})',

  // An alert's status and category as the rules name them (the API's values).
  'alert.statusId.raised': 'raised',
  'alert.statusId.confirmed': 'confirmed',
  'alert.statusId.region-notified': 'region-notified',
  'alert.statusId.acknowledged': 'acknowledged',
  'alert.statusId.evidence-submitted': 'evidence-submitted',
  'alert.statusId.more-evidence-requested': 'more-evidence-requested',
  'alert.statusId.assured': 'assured',
  'alert.statusId.withdrawn': 'withdrawn',
  'alert.categoryId.risk-of-harm-to-others': 'risk-of-harm-to-others',
  'alert.categoryId.risk-to-person-on-probation': 'risk-to-person-on-probation',
  'alert.categoryId.organisational-practice': 'organisational-practice',

  // Moving an alert on (alerts.ts).
  'alert.step.confirm': 'confirm',
  'alert.step.notify': 'notify the region of',
  'alert.step.acknowledge': 'acknowledge',
  'alert.step.submit-evidence': 'submit evidence for',
  'alert.step.request-more-evidence': 'ask for more evidence for',
  'alert.step.assure': 'assure',
  'alert.step.withdraw': 'withdraw',
  'alert.who.lead': 'the lead inspector',
  'alert.who.inspector': 'the inspector',
  'alert.who.region': 'the region',
  'alert.who.system': 'the system',
  'alert.notFromStatus': 'cannot {action} an alert that is {status}; {allowed}',
  'alert.allowedNow': 'allowed now: {actions}',
  'alert.isClosed': 'it is closed',
  'alert.onlyBy': 'only {who} may {action} an alert',
  'alert.withdrawReasonNeeded': 'is needed to withdraw an alert',
  'alert.markIndividual': 'is an individual alert: only organisational alerts are described in the report',
  'alert.markWithdrawn': 'is {status}: it need not be described in the report',
  'alert.markByLead': 'must be lead: only the lead inspector marks what the report describes',
  'alert.beforeFieldworkNotLead':
    'is before fieldwork, which begins on {start:date}: alerts come from fieldwork; before it only the lead inspector may raise one, giving a reason',
  'alert.beforeFieldworkReasonNeeded':
    'is needed: fieldwork begins on {start:date}, and an alert before then must say why it cannot wait',

  // Raising an alert (alertRequest.ts, raiseAlert.ts).
  'alert.caseReferenceText': 'must be the case’s opaque reference',
  'alert.caseReferenceFormat': 'must be an opaque reference of 4 to 32 capital letters, digits and dashes (no names)',
  'alert.sayWhatMightHappen': 'must say what might happen if no action is taken',
  'alert.sayHowSerious': 'must say how serious it is',
  'alert.sayHowImminent': 'must say how imminent it is',
  'alert.sayActionRequested': 'must say the action the region is asked to take',
  'alert.nameWhoRaised': 'must name who raised it',
  'alert.evidenceBeforeAcknowledgement': 'must not come before the acknowledgement is due',
  'alert.caseReferenceNeeded': 'is needed for an individual alert',
  'alert.caseReferenceNotOrganisational': 'is not given for an organisational alert: it is about the region',
  'alert.beforeFieldworkReasonText': 'must be text saying why the alert cannot wait for fieldwork',
  'alert.cannotRaise': 'you cannot raise alerts in {inspection}',
  'alert.alreadyOpen': 'already has an open {category} alert: {id}',
  'alert.openForCase': 'an open alert for case {caseReference} in category {category} exists: {id}',
  'alert.openForRegion': 'an open alert for the region in category {category} exists: {id}',
  'alert.tooManyByYou':
    'you have raised {limit} alerts in the last hour, the most allowed: raise the next one after {after}, or call the Head of Programme if a risk cannot wait',
  'alert.tooManyInInspection':
    '{inspection} has raised {limit} alerts in the last hour, the most allowed: raise the next one after {after}, or call the Head of Programme if a risk cannot wait',
  'alert.fieldworkFirst':
    'alerts come from fieldwork, which begins on {start:date}: before then only the lead inspector may raise one',

  // Acting on an alert (actOnAlert.ts).
  'alert.sayActionTaken': 'must say what action was taken and where the evidence is',
  'alert.sayWhatAssured': 'must say what assured you: the evidence seen and what it shows',
  'alert.sayMoreNeeded': 'must say what more evidence is needed',
  'alert.sayWhyForRegionExample': 'must say why you act for the region (for example, the SPOC asked by phone)',
  'alert.sayWhyForRegion': 'must say why you act for the region',
  'alert.doing.confirm': 'confirm',
  'alert.doing.acknowledge': 'acknowledge',
  'alert.doing.submit-evidence': 'submit evidence',
  'alert.doing.request-more-evidence': 'request more evidence',
  'alert.doing.assure': 'assure',
  'alert.doing.withdraw': 'withdraw',
  'alert.doing.mark-in-report': 'mark in report',
  'alert.cannotActIn': 'you cannot {action} alerts in {inspection}',
  'alert.confirmOwn': 'cannot confirm an alert you raised: the lead inspector, {lead}, confirms it',
  'alert.notAnAlert': 'is not an alert',
  'alert.nothingCalled': 'there is nothing called {action} to do to an alert',

  // A new deadline for more evidence (alertSchedule.ts).
  'alert.evidenceByNotDate': 'must be a date (YYYY-MM-DD) by which the region sends more evidence',
  'alert.evidenceByNotAfterToday': 'must be after today ({today:date})',
  'alert.evidenceByTooFar': 'must be at most {max} working days ahead ({latest})',
  'alert.evidenceByBankHoliday': 'must be a working day: {day} is a bank holiday ({holiday})',
  'alert.evidenceBySaturday': 'must be a working day: {day} is a Saturday',
  'alert.evidenceBySunday': 'must be a working day: {day} is a Sunday',

  // Evidence files (evidenceFiles.ts, domain and use case).
  'alert.file.full': 'cannot be added: an alert holds at most {max} files',
  'alert.file.empty': 'is empty',
  'alert.file.tooBig': 'must be at most 10 MB',
  'alert.file.kind': 'must be a PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx) file',
  'alert.file.notWhatItSays':
    'does not contain what its name says: it must be a PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx) file',
  'alert.file.nameAlert': 'must name the alert',
  'alert.file.name': 'must have a name',
  'alert.file.type': 'must say its type',
  'alert.file.content': 'must be the file’s content',
  'alert.file.nameUpload': 'must name the uploaded file',
  'alert.file.noStore': 'cannot be attached here: no evidence file store is set up',
  'alert.file.cannotAttach': 'you cannot attach evidence to alerts in {inspection}',
  'alert.file.onlyForRegion': 'is only for someone acting for the region',
  'alert.file.notWaiting': 'is {status}: it is not waiting for evidence',
  'alert.file.notUploaded': 'is not a file uploaded to this alert',
  'alert.file.didNotArrive': 'did not arrive, or was taken in already: upload it again',
  'alert.file.cannotSee': 'you cannot see that file of the alert {ref}',
  'alert.meanwhile': 'the alert changed meanwhile: look at it again and retry',
} as const satisfies Record<`alert.${string}`, string>;
