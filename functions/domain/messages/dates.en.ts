/** What the dates rules and use cases say, in English (see en.ts). */
export const datesEn = {
  // Why a day is not a working day (calendar.ts), within a sentence: "… is a bank holiday (Boxing Day)".
  'dates.nonWorking.bankHoliday': 'a bank holiday ({holiday})',
  'dates.nonWorking.saturday': 'a Saturday',
  'dates.nonWorking.sunday': 'a Sunday',
  // Bank holidays of England and Wales, as date-holidays names them (calendar.ts).
  'dates.holiday.newYear': "New Year's Day",
  'dates.holiday.newYearSubstitute': "New Year's Day (substitute day)",
  'dates.holiday.goodFriday': 'Good Friday',
  'dates.holiday.easterMonday': 'Easter Monday',
  'dates.holiday.earlyMay': 'Early May bank holiday',
  'dates.holiday.earlyMayVe': 'Early May bank holiday (VE day)',
  'dates.holiday.spring': 'Spring bank holiday',
  'dates.holiday.summer': 'Summer bank holiday',
  'dates.holiday.christmas': 'Christmas Day',
  'dates.holiday.christmasSubstitute': 'Christmas Day (substitute day)',
  'dates.holiday.boxingDay': 'Boxing Day',
  'dates.holiday.boxingDaySubstitute': 'Boxing Day (substitute day)',
  'dates.holiday.platinumJubilee': 'Queen’s Platinum Jubilee',
  'dates.holiday.queensFuneral': "Queen Elizabeth's Funeral Day",
  'dates.holiday.coronation': "King Charles III's Coronation",
  // A weekday within a sentence: "is a Tuesday".
  'dates.weekday.tuesday': 'Tuesday',
  'dates.weekday.wednesday': 'Wednesday',
  'dates.weekday.thursday': 'Thursday',
  'dates.weekday.friday': 'Friday',
  'dates.weekday.saturday': 'Saturday',
  'dates.weekday.sunday': 'Sunday',
  // Messages joined one after another ("…; …").
  'dates.list': '{a}; {b}',

  // The dates a person typed (dateChange.ts).
  'dates.fieldworkPast': 'is in the past; fieldwork can start on {earliest:date} at the earliest',
  'dates.fieldworkBankHoliday': 'is a bank holiday ({holiday}); fieldwork starts on a working Monday: {offered:dates}',
  'dates.milestonePast': 'is in the past; choose today or a later date',
  'dates.movedIntoPast':
    'would move “{milestone:milestoneTitle}”, not yet done, into the past (to {to:date}); choose a later date',
  // Warnings confirmed on the check-your-answers page (dateChange.ts, planner.ts).
  'dates.warning.christmasWeekOne': 'Fieldwork week one (from {monday:date}) falls over Christmas and New Year',
  'dates.warning.christmasWeekTwo': 'Fieldwork week two (from {monday:date}) falls over Christmas and New Year',
  'dates.warning.christmasDeadline':
    '{milestone:milestoneTitle}: due from the region on {date:date}, over Christmas and New Year',
  'dates.warning.clash':
    'Fieldwork overlaps the {region:region} inspection ({from:date} to {to:date}), which {names:and} also {count|leads or deputises|lead or deputise}',
  'dates.warning.bankHolidayWeekOne':
    'Fieldwork week one (from {monday:date}) contains a bank holiday: {holiday} on {day:date}',
  'dates.warning.bankHolidayWeekTwo':
    'Fieldwork week two (from {monday:date}) contains a bank holiday: {holiday} on {day:date}',
  'dates.warning.setByHand': '{milestone:milestoneTitle}: set to {date:date} instead of {ruleDate:date} by the rules',
  'dates.warning.movedBack': '{milestone:milestoneTitle}: {ruleDate:date} is {reason}, so it moves back to {date:date}',
  'dates.warning.movedOn': '{milestone:milestoneTitle}: {ruleDate:date} is {reason}, so it moves to {date:date}',
  'dates.warning.factualAccuracyLate':
    'Factual-accuracy comments are due {due:date}, not before publication on {publication:date}: shorten the period',

  // Planning an inspection (planInput.ts).
  'dates.plan.regionName': 'must be the name of a probation region',
  'dates.plan.dateWritten': 'must be a date written YYYY-MM-DD',
  'dates.plan.settingsObject': 'must be an object of settings',
  'dates.plan.milestoneDatesObject': 'must be an object of milestone ids and dates',
  'dates.plan.notRegion': 'is not a probation region; use one of: {regions}',
  'dates.plan.notMonday':
    'is a {weekday}; fieldwork starts on a Monday (the nearest are {before:date} and {after:date})',
  'dates.plan.notMilestone': 'is not a milestone; use one of: {ids}',
  'dates.plan.notWorkingDay': 'is {reason}; choose a working day',
  // The plan's settings (settings.ts).
  'dates.settings.clockTime': 'must be a time of day written HH:MM, such as 09:00',
  'dates.settings.workingDays': 'must be a whole number of working days from {least} to {most}',
  'dates.settings.reminderList': 'must be a list of working-day counts, such as [5, 1]',
  'dates.settings.reminderMost': 'may hold at most {most} reminders',
  'dates.settings.reminderTwice': 'must not name the same day twice',
  // People (people.ts).
  'dates.people.email': 'must be an email address',
  'dates.people.emailTooLong': 'must be an email address of at most {most} characters',
  'dates.people.name': 'must be the person’s name',
  'dates.people.nameTooLong': 'must be a name of at most {most} characters',

  // Recording, undoing and waiving (completionRules.ts, milestoneStatus.ts, app/inspections).
  'dates.record.beforeAnnouncement': 'cannot be recorded before the inspection is announced (due {due:date})',
  'dates.record.timeOutOfRange': 'must be between when the inspection was planned ({planned}) and now ({now})',
  'dates.record.dayOutOfRange': 'must be between when the inspection was planned ({planned:date}) and today',
  'dates.record.datesChanged': 'the dates have changed: {milestone} is now due {due}',
  'dates.record.outOfDate': 'is out of date; it is now due {due}',
  'dates.undo.notYours': 'can be undone only by the person who recorded it or an administrator',
  'dates.undo.notToday': 'can be undone only on the day it was recorded ({on:date})',
  'dates.undo.nothing': 'has no record of being done to undo',
  'dates.waive.reason': 'must say why the milestone is waived',
  'dates.waive.reasonTooLong': 'must be at most 2,000 characters',

  // Publication held by its alerts (publicationGate.ts, app/publication).
  'dates.gate.notAssured': 'organisational alert {ref} is not assured ({status})',
  'dates.gate.notInReport': 'organisational alert {ref} is not marked as described in the report',
  'dates.gate.neither':
    'organisational alert {ref} is not assured ({status}) and not marked as described in the report',
  'dates.gate.held': 'publication held: {reason}',
  'dates.gate.cannotRecord': 'cannot be recorded yet: {reason}',
  // An alert's status as the gate names it (its id).
  'dates.alertStatus.raised': 'raised',
  'dates.alertStatus.confirmed': 'confirmed',
  'dates.alertStatus.regionNotified': 'region-notified',
  'dates.alertStatus.acknowledged': 'acknowledged',
  'dates.alertStatus.evidenceSubmitted': 'evidence-submitted',
  'dates.alertStatus.moreEvidenceRequested': 'more-evidence-requested',
  'dates.alertStatus.assured': 'assured',
  'dates.alertStatus.withdrawn': 'withdrawn',

  // Planning and moving an inspection (app/inspections).
  'dates.inspection.none': 'no inspection {id}',
  'dates.inspection.notOne': 'is not an inspection',
  'dates.inspection.onlyPlanners': 'only administrators and Heads of Programme plan inspections',
  'dates.inspection.exists':
    'an inspection of {region:region} with fieldwork from {fieldworkStart} already exists ({id})',
  'dates.inspection.existsField': 'already has an inspection: {id}',
  'dates.change.nothingGiven': 'give a new fieldwork start or milestone dates',
  'dates.change.checkedAgain': 'the dates changed since they were checked: check the new dates again',
  'dates.change.versionOutOfDate': 'is out of date: the plan is now at version {version}; check the dates again',
  'dates.change.noChange': 'no date changes: the new plan has the same dates',
  'dates.change.changesNoDate': 'changes no date',
  'dates.change.confirmOne': 'must be true to go ahead despite this warning: {warnings}',
  'dates.change.confirmMany': 'must be true to go ahead despite these {count} warnings: {warnings}',
  // Planning into a clash (app/inspections/newInspection.ts): refused unless acknowledged.
  'dates.plan.clashes':
    'the plan brings {count} {count|clash|clashes} into the programme; look at {count|it|them} and plan again with acknowledgeClashes: true to go ahead',
  'dates.plan.acknowledgeOne': 'must be true to plan despite this clash: {clashes}',
  'dates.plan.acknowledgeMany': 'must be true to plan despite these {count} clashes: {clashes}',

  // Clashes in the programme (programme/clashes.ts).
  'dates.both': '{a} and {b}',
  'dates.comma': '{a}, {b}',
  'dates.clash.named': '{region:region} ({id}, fieldwork {from:date} to {to:date})',
  'dates.clash.person': '{name} leads or deputises two fieldworks at once: {first} and {second}',
  'dates.clash.fieldworkCapacity':
    '{count} inspections in fieldwork in the week of {week:date}, more than the {limit} the programme can staff: {list:and}',
  'dates.clash.editingCapacity':
    '{count} reports in editing in the week of {week:date}, more than the {limit} the programme can staff: {list:and}',
  'dates.clash.weekOne': 'Fieldwork week one of the {region:region} inspection ({id}, from {monday:date})',
  'dates.clash.weekTwo': 'Fieldwork week two of the {region:region} inspection ({id}, from {monday:date})',
  'dates.clash.holidayOn': '{holiday} on {day:date}',
  'dates.clash.christmas': '{where} falls over Christmas and New Year',
  'dates.clash.christmasHolidays': '{where} falls over Christmas and New Year ({holidays})',
  'dates.clash.easter': '{where} falls at Easter',
  'dates.clash.easterHolidays': '{where} falls at Easter ({holidays})',
  'dates.clash.bankHoliday': '{where} holds a bank holiday: {holidays}',
  // The programme's capacity settings (programme/clashes.ts).
  'dates.capacity.inspections': 'must be a whole number of inspections from {least} to {most}',
  'dates.capacity.reports': 'must be a whole number of reports from {least} to {most}',
  'dates.meanwhile': 'the inspection changed while its dates were being moved: look again and retry',
} as const satisfies Record<`dates.${string}`, string>;
