/** What the caseSample rules and use cases say, in English (see en.ts). */
export const caseSampleEn = {
  // The long-list file, by row and column (longListFile.ts).
  'sample.longList.problem': '{where} {rule}',
  'sample.longList.file': 'file',
  'sample.longList.line': 'line {line}',
  'sample.longList.row': 'row {row}',
  'sample.longList.column': 'column "{column}"',
  'sample.longList.rowColumn': 'row {row}, column "{column}"',
  'sample.longList.unreadable':
    'is not a readable CSV file (each row must have as many values as the header row, quotes closed)',
  'sample.longList.noCases': 'has no cases: a header row and one row a case are needed',
  'sample.longList.tooMany': 'has {count} cases; at most {max} can be read',
  'sample.longList.personal':
    'could hold a person on probation’s name, date of birth or address, which the service must not receive: remove the column and upload the file again',
  'sample.longList.unknownColumn': 'is not a column the long-list uses; the columns are: {columns}',
  'sample.longList.repeatedColumn': 'repeats the column "{column}"',
  'sample.longList.missingColumn': 'is missing: the long-list needs it',
  'sample.longList.noStaffId':
    'is missing, and so is "Practitioner email": one of them tells practitioners of the same name apart',
  'sample.longList.notOneOf': 'is not one of: {values}',
  'sample.longList.yesNo': 'must be Yes or No',
  'sample.longList.suspension':
    'is needed with the other: a suspension has a date and a scheme (Reset or Impact), or neither',
  'sample.longList.repeatsCase': 'repeats the case on row {row}',
  'sample.longList.notAccepted':
    'the long-list was not accepted, and nothing was stored: {count} {count|problem|problems} to put right',
  'sample.longList.noneEligible': 'the long-list was not accepted, and nothing was stored: no case in it is eligible',
  'sample.longList.noEligibleCase':
    'has no case eligible for the sample: none of its {count} cases began in the weeks starting {first:date} and {second:date} with nothing to exclude it. Is it the long-list for fieldwork starting {fieldworkStart:date}?',
  // A case of the long-list, as its schema checks it (cases.ts).
  'sample.case.mustBe': 'must be {what}',
  'sample.case.mustBeAtMost': 'must be {what} of at most {max} characters',
  'sample.case.mustBeDate': 'must be {what}, written YYYY-MM-DD',
  'sample.case.mustBeOneOf': 'must be {what}: one of {values}',
  'sample.case.what.staffId': 'the practitioner’s staff id',
  'sample.case.what.pdu': 'the probation delivery unit (PDU)',
  'sample.case.what.sentenceType': 'the sentence type',
  'sample.case.what.requirement': 'the requirement',
  'sample.case.what.rosh': 'the risk of serious harm level',
  'sample.case.what.scheme': 'the scheme contact was suspended under',
  'sample.case.what.review': 'the review under way',
  'sample.case.what.startDate': 'the date the sentence or supervision began',
  'sample.case.what.suspensionDate': 'the date contact was suspended',
  'sample.case.what.terminationDate': 'the termination date',
  'sample.case.staffIdOrEmail':
    'must have a staff id or a work email address, to tell practitioners of the same name apart',
  'sample.case.crn': 'must be a case reference number',
  'sample.case.crnPattern': 'must be a case reference number: a capital letter and six digits, e.g. X123456',
  'sample.case.otherSentences': 'must say whether there are other sentences in the period',
  // Why a case is left out (eligibility.ts).
  'sample.ineligible.notInWindow': 'began outside the two eligible weeks',
  'sample.ineligible.noRequirement':
    'a community sentence without a rehabilitation activity or accredited programme requirement',
  'sample.ineligible.otherSentence': 'the same person has another sentence in the eligible period',
  'sample.ineligible.terminated': 'terminated within seven days of commencement',
  'sample.ineligible.review':
    'a serious further offence, domestic abuse related death, child safeguarding or similar review is under way',
  // The draw's adjustments and shortfalls (drawSample.ts).
  'sample.band.low': 'low',
  'sample.band.medium': 'medium',
  'sample.band.high': 'high or very high',
  'sample.draw.filled':
    "{pdu}: drew case {crn} ({band} risk) beyond the region's share of that band, to give the PDU its {quota} cases.",
  'sample.draw.swapped':
    '{pdu}: took case {into} ({intoBand} risk) in place of case {out} ({outBand} risk), to keep the risk bands in proportion.',
  'sample.draw.fewer':
    '{pdu}: {count} {count|case|cases}, not {perPdu}: only {count} {count|practitioner|practitioners} had eligible cases (at most one case a practitioner).',
  'sample.draw.shortPerPdu':
    '{pdu} gives {count} {count|case|cases}, {short} short of the {min} a PDU must give: it has {quota} {quota|practitioner|practitioners} with eligible cases not already sampled. Decide whether to sample fewer, or add cases to the long-list.',
  'sample.draw.shortBand':
    "The sample has {count} {count|case|cases} of {band} risk where {share:decimal} would be proportionate: the PDUs' other eligible cases of that band share practitioners with cases already sampled, or are too few. Decide whether to accept it.",
  // Core or adjusted, and why (questionSet.ts).
  'sample.reason.pssOnly': 'PSS only',
  'sample.reason.licence': 'licence',
  'sample.reason.community': 'community sentence',
  'sample.reason.release': 'release',
  'sample.reason.commencement': 'commencement',
  'sample.reason.notSuspended': '{kind}; contact not suspended',
  'sample.reason.adjusted': '{kind}; {scheme} suspension {after} after {from}',
  'sample.reason.core': '{kind}; {scheme} suspension {after} after {from} ({date:date}): {why}',
  'sample.reason.beyondEightWeeks': 'more than eight weeks after {from}',
  'sample.reason.resetCommunity': 'Reset does not adjust a community sentence',
  'sample.reason.days': '{days} {days|day|days}',
  'sample.reason.weeks': '{weeks} {weeks|week|weeks}',
  'sample.reason.weeksDays': '{weeks} weeks {days} {days|day|days}',
  // The interview schedule, and moving an interview (interviewSchedule.ts, moveInterview.ts).
  'sample.schedule.noInspector': 'no inspector is on the team yet',
  'sample.schedule.noWorkingDay': 'week one has no working day',
  'sample.schedule.awayAllWeek':
    '{name} is away on every working day of week one ({days:date}): name a substitute, or inspect the case as a file-read',
  'sample.schedule.full':
    "every inspector already has {max} cases on each day {name} is free ({days:date}): {inspectors} {inspectors|inspector|inspectors} can take {capacity} cases a day; add an inspector or move the practitioner's day",
  'sample.schedule.fieldworkMoved':
    'fieldwork moved, and its interview would fall on {date:date}, not a working day: the lead inspector gives it a new slot',
  'sample.schedule.replacementBusy':
    'its practitioner is busy at the excluded case’s time: the lead inspector gives it a slot',
  'sample.move.noInterview': 'case {crn} has no interview in the schedule',
  'sample.move.badDate': 'the new date {problem}',
  'sample.move.notWeekOne': '{date:date} is not in fieldwork week one ({from:date} to {to:date})',
  'sample.move.notWorkingDay': '{date:date} is not a working day',
  'sample.move.slots': 'interviews on {date:date} start at {slots:time}',
  'sample.move.practitionerBusy': 'the practitioner already has an interview at {start:time} on {date:date}',
  'sample.move.noInspectorFree':
    'no inspector is free at {start:time} on {date:date} with fewer than {max} cases that day',
  // A case through week one (caseTracking.ts).
  'sample.caseState.scheduled': 'scheduled',
  'sample.caseState.interviewed': 'practitioner interviewed',
  'sample.caseState.substituteInterviewed': 'substitute interviewed',
  'sample.caseState.fileRead': 'file-read',
  'sample.caseState.excludedAndReplaced': 'excluded and replaced',
  'sample.caseState.inspected': 'inspected',
  'sample.track.finished': 'the case is {state}: nothing more is recorded for it',
  'sample.track.next': 'a case {state} can next be {allowed}',
  'sample.track.nextOr': '{first}, or {rest}',
  'sample.track.notInspected': 'not inspected by the end of week one',
  'sample.track.interviewDue': 'its interview was due at {start:time} on {date:date}: nothing is recorded',
  // Change requests and their replacements (changeRequests.ts, replacement.ts, decideChange.ts).
  'sample.change.crn': 'must be the case reference (CRN) of a sampled case',
  'sample.change.why': 'must say why, in a few words',
  'sample.change.date': 'must be a date written YYYY-MM-DD',
  'sample.change.start': 'must be a time such as 10:30',
  'sample.change.ground': 'must be one of: {grounds}',
  'sample.change.kind': 'must be one of {kinds}',
  'sample.change.weekOneEnded': 'fieldwork week one ended on {date:date}: the sample can no longer change',
  'sample.change.deadlinePassed':
    'the schedule-change deadline ({date:date}) has passed: only a practitioner who cannot attend may still be reported, and the lead inspector may then inspect the case as a file-read',
  'sample.replace.sameBand': 'case {crn} replaces case {excluded}: the next reserve case in {pdu} of {band} risk',
  'sample.replace.otherBand':
    'case {crn} ({otherBand} risk) replaces case {excluded} ({band} risk): {pdu} has no reserve case of {band} risk left with a practitioner not already in the sample',
  'sample.replace.none':
    '{pdu} has no reserve case left with a practitioner not already in the sample: the sample there is one case smaller',
  'sample.kind.moveInterview': 'move an interview',
  'sample.kind.cannotAttend': 'a practitioner cannot attend',
  'sample.kind.excludeCase': 'exclude a case',
  'sample.outcome.declined': 'declined: {kind}',
  'sample.outcome.moved': 'interview moved for case {crn}',
  'sample.outcome.fileRead': 'case {crn} is read from the file',
  'sample.outcome.substitute': 'case {crn}: the substitute {name} is interviewed',
  'sample.outcome.excluded': 'case {crn} excluded: {why}',
  // Refusals of the case sample's use cases (functions/app/caseSample).
  'sample.refuse.onlyManagers': 'only the administrator or the lead inspector changes the case sample of {id}',
  'sample.refuse.issued': 'the region has been issued its case sample: changes now go through a change request',
  'sample.refuse.noLongList':
    'no long-list has been uploaded for the inspection yet: upload the region’s long-list first',
  'sample.refuse.fieldworkMoved':
    'fieldwork moved from {from:date} to {to:date} after the long-list was uploaded, so the eligible weeks moved too: upload the region’s long-list again',
  'sample.refuse.noTeam': 'no team has been entered yet: enter the assistant inspectors first',
  'sample.refuse.onlyRegion': 'only the region asks for changes to the case sample of {id}',
  'sample.refuse.notIssued': 'the case sample has not been issued to the region yet: there is nothing to change',
  'sample.refuse.notIssuedToRegion':
    'the case sample has not been issued to the region yet: it comes with the announcement, or soon after',
  'sample.refuse.notRecorded': 'the request was not recorded',
  'sample.refuse.onlyLead': 'only the lead inspector decides changes to the case sample of {id}',
  'sample.refuse.onlyTeam': 'only the inspection team records cases of {id}',
  'sample.refuse.inspectionId': 'must be an inspection’s id',
  'sample.refuse.date': 'must be a date, written YYYY-MM-DD',
  'sample.refuse.csv': 'must be the long-list, a CSV file',
  'sample.refuse.csvTooLarge': 'is too large to be a long-list (at most 8 MB)',
  'sample.refuse.perPdu': 'must be the number of cases each PDU gives',
  'sample.refuse.perPduWhole': 'must be a whole number of cases',
  'sample.refuse.perPduMin': 'must be at least {min}: every PDU gives at least {min} cases (§4.1)',
  'sample.refuse.perPduMax': 'must be at most {max}',
  'sample.refuse.assistants': 'must be at most {max} assistant inspectors',
  'sample.refuse.assessors': 'must be at most {max} local assessors',
  'sample.refuse.practitioner': 'must name a practitioner of the sample',
  'sample.refuse.weekOneDays': 'must be days of fieldwork week one',
  'sample.refuse.walesOnly': 'are for inspections in Wales only',
  'sample.refuse.onTeam': 'is on the team already (the lead interviews too)',
  'sample.refuse.notPractitioner': 'is not the practitioner of a sampled case',
  'sample.refuse.noSampleYet': 'cannot be a practitioner of the sample: no long-list has been uploaded yet',
  'sample.refuse.notWeekOneDay': 'is not a day of fieldwork week one ({from:date} to {to:date})',
  'sample.refuse.shortfallId': 'must say which shortfall',
  'sample.refuse.shortfallDecision':
    'must be accept (sample fewer) or ask-region-for-more (the region adds cases to the long-list)',
  'sample.refuse.sayWhy': 'must say why',
  'sample.refuse.noteTooLong': 'must be at most 2,000 characters',
  'sample.refuse.noShortfalls': 'is not a shortfall of the sample: the sample has none',
  'sample.refuse.notShortfall': 'is not a shortfall of the sample; its shortfalls are: {ids}',
  'sample.refuse.onBehalf': 'must say why you act for the region',
  'sample.refuse.cannotAskNow': 'cannot be asked now: {why}',
  'sample.refuse.notInSample': 'is not a case in the sample',
  'sample.refuse.alreadyAsked': 'already has a request waiting for the lead inspector',
  'sample.refuse.whichRequest': 'must say which request',
  'sample.refuse.decision': 'must be one of {decisions}',
  'sample.refuse.notRequest': 'is not a request for this sample',
  'sample.refuse.decidedAlready': 'was decided already ({decision})',
  'sample.refuse.fileReadOnly': 'a file-read answers only a practitioner who cannot attend',
  'sample.refuse.notDecided': 'was not decided',
  'sample.refuse.noSchedule': 'the sample has no schedule to move an interview in',
  'sample.refuse.cannotMove': 'the interview cannot move there: {why}',
  'sample.refuse.noSubstitute': 'no substitute was named: approve it as a file-read, or decline',
  'sample.refuse.noLongerSampled': 'case {crn} is no longer in the sample',
  'sample.refuse.fromFieldwork': 'can be recorded from the first day of fieldwork',
  'sample.refuse.cannotRecord': 'cannot be recorded: {why}',
  'sample.refuse.state': 'must be one of {states}',
  'sample.refuse.noInspection': 'no inspection {id}',
  // Why the sample is not ready (sampleReadiness.ts).
  // When a case's interview is (viewSample.ts).
  'sample.interviewWhen': '{date:date}, {start:time} to {end:time}',
  'sample.ready.noLongList': 'no long-list uploaded',
  'sample.ready.undecided': '{count} {count|shortfall awaits|shortfalls await} a decision',
  'sample.ready.waiting':
    '{count} {count|shortfall waits|shortfalls wait} for more cases from the region: upload its long-list again',
  'sample.ready.noSchedule': 'no schedule: enter the team for fieldwork week one',
  'sample.ready.unplaced': '{count} {count|case has|cases have} no interview slot',
  // The team form's lines (samplePages.ts).
  'sample.team.line': 'line {number}: {rule}',
  'sample.team.person': 'must be a name, a comma, then an email address',
  'sample.team.unavailable': 'must be a staff id or email address, a comma, then days as YYYY-MM-DD',
} as const satisfies Record<`sample.${string}`, string>;
