import type { datesEn } from './dates.en.js';

/**
 * What the dates rules and use cases say, in Welsh (see cy.ts). A field's rule follows its label
 * ("Diwrnod cyntaf y gwaith maes: mae’r dyddiad hwn yn y gorffennol; …"). Why a day is not a
 * working day, and a weekday, are written as they follow "yn" (soft mutation: "yn ddydd Sadwrn",
 * "yn ŵyl banc"); a date is never put straight after a word that would mutate it.
 */
export const datesCy: Record<keyof typeof datesEn, string> = {
  'dates.nonWorking.bankHoliday': 'ŵyl banc ({holiday})',
  'dates.nonWorking.saturday': 'ddydd Sadwrn',
  'dates.nonWorking.sunday': 'ddydd Sul',
  'dates.holiday.newYear': 'Dydd Calan',
  'dates.holiday.newYearSubstitute': 'Dydd Calan (diwrnod yn lle)',
  'dates.holiday.goodFriday': 'Dydd Gwener y Groglith',
  'dates.holiday.easterMonday': 'Dydd Llun y Pasg',
  'dates.holiday.earlyMay': 'Gŵyl banc Calan Mai',
  'dates.holiday.earlyMayVe': 'Gŵyl banc Calan Mai (Diwrnod VE)',
  'dates.holiday.spring': 'Gŵyl banc y gwanwyn',
  'dates.holiday.summer': 'Gŵyl banc yr haf',
  'dates.holiday.christmas': 'Dydd Nadolig',
  'dates.holiday.christmasSubstitute': 'Dydd Nadolig (diwrnod yn lle)',
  'dates.holiday.boxingDay': 'Gŵyl San Steffan',
  'dates.holiday.boxingDaySubstitute': 'Gŵyl San Steffan (diwrnod yn lle)',
  'dates.holiday.platinumJubilee': 'Jiwbilî Platinwm y Frenhines',
  'dates.holiday.queensFuneral': 'Diwrnod angladd y Frenhines Elizabeth',
  'dates.holiday.coronation': 'Coroni’r Brenin Charles III',
  'dates.weekday.tuesday': 'ddydd Mawrth',
  'dates.weekday.wednesday': 'ddydd Mercher',
  'dates.weekday.thursday': 'ddydd Iau',
  'dates.weekday.friday': 'ddydd Gwener',
  'dates.weekday.saturday': 'ddydd Sadwrn',
  'dates.weekday.sunday': 'ddydd Sul',
  'dates.list': '{a}; {b}',

  'dates.fieldworkPast':
    'mae’r dyddiad hwn yn y gorffennol; y dyddiad cynharaf y gall y gwaith maes ddechrau yw {earliest:date}',
  'dates.fieldworkBankHoliday':
    'mae’r dyddiad hwn yn ŵyl banc ({holiday}); mae’r gwaith maes yn dechrau ar ddydd Llun sy’n ddiwrnod gwaith: {offered:dates}',
  'dates.milestonePast': 'mae’r dyddiad hwn yn y gorffennol; dewiswch heddiw neu ddyddiad diweddarach',
  'dates.movedIntoPast':
    'byddai’n symud “{milestone:milestoneTitle}”, nad yw wedi’i wneud eto, i’r gorffennol (y dyddiad newydd fyddai {to:date}); dewiswch ddyddiad diweddarach',
  'dates.warning.christmasWeekOne':
    'Mae wythnos gyntaf y gwaith maes (sy’n dechrau {monday:date}) yn disgyn dros y Nadolig a’r Flwyddyn Newydd',
  'dates.warning.christmasWeekTwo':
    'Mae ail wythnos y gwaith maes (sy’n dechrau {monday:date}) yn disgyn dros y Nadolig a’r Flwyddyn Newydd',
  'dates.warning.christmasDeadline':
    '{milestone:milestoneTitle}: mae’n ddyledus gan y rhanbarth {date:date}, dros y Nadolig a’r Flwyddyn Newydd',
  'dates.warning.clash':
    'Mae’r gwaith maes yn gorgyffwrdd ag arolygiad arall ({region:region}, {from:date} – {to:date}), y mae {names:and} hefyd {count|yn ei arwain neu’n ddirprwy arno|yn ei arwain neu’n ddirprwyon arno}',
  'dates.warning.bankHolidayWeekOne':
    'Mae gŵyl banc yn wythnos gyntaf y gwaith maes (sy’n dechrau {monday:date}): {holiday}, {day:date}',
  'dates.warning.bankHolidayWeekTwo':
    'Mae gŵyl banc yn ail wythnos y gwaith maes (sy’n dechrau {monday:date}): {holiday}, {day:date}',
  'dates.warning.setByHand':
    '{milestone:milestoneTitle}: wedi’i osod â llaw ar gyfer {date:date} yn lle {ruleDate:date} yn ôl y rheolau',
  'dates.warning.movedBack':
    '{milestone:milestoneTitle}: mae {ruleDate:date} yn {reason}, felly mae’n symud yn ôl; y dyddiad newydd yw {date:date}',
  'dates.warning.movedOn':
    '{milestone:milestoneTitle}: mae {ruleDate:date} yn {reason}, felly mae’n symud; y dyddiad newydd yw {date:date}',
  'dates.warning.factualAccuracyLate':
    'Mae’r sylwadau ar gywirdeb ffeithiol yn ddyledus {due:date}, nid cyn y cyhoeddi ({publication:date}): byrhewch y cyfnod',

  'dates.plan.regionName': 'rhaid rhoi enw rhanbarth prawf',
  'dates.plan.dateWritten': 'rhaid rhoi dyddiad ar y ffurf BBBB-MM-DD',
  'dates.plan.settingsObject': 'rhaid rhoi set o osodiadau',
  'dates.plan.milestoneDatesObject': 'rhaid rhoi set o gerrig milltir a’u dyddiadau',
  'dates.plan.notRegion': 'nid yw’n rhanbarth prawf; defnyddiwch un o’r rhain: {regions}',
  'dates.plan.notMonday':
    'mae’r dyddiad hwn yn {weekday}; mae’r gwaith maes yn dechrau ar ddydd Llun (y rhai agosaf yw {before:date} a {after:date})',
  'dates.plan.notMilestone': 'nid yw’n garreg filltir; defnyddiwch un o’r rhain: {ids}',
  'dates.plan.notWorkingDay': 'mae’r dyddiad hwn yn {reason}; dewiswch ddiwrnod gwaith',
  'dates.settings.clockTime': 'rhaid rhoi amser o’r dydd ar y ffurf AA:MM, fel 09:00',
  'dates.settings.workingDays': 'rhaid rhoi nifer cyfan o ddiwrnodau gwaith rhwng {least} a {most}',
  'dates.settings.reminderList': 'rhaid rhoi rhestr o niferoedd diwrnodau gwaith, fel [5, 1]',
  'dates.settings.reminderMost': 'ni all fod mwy na {most} o nodiadau atgoffa',
  'dates.settings.reminderTwice': 'ni chaiff enwi’r un diwrnod ddwywaith',
  'dates.people.email': 'rhaid rhoi cyfeiriad e-bost',
  'dates.people.emailTooLong': 'rhaid rhoi cyfeiriad e-bost o {most} nod neu lai',
  'dates.people.name': 'rhaid rhoi enw’r person',
  'dates.people.nameTooLong': 'rhaid i’r enw fod yn {most} nod neu lai',

  'dates.record.beforeAnnouncement':
    'ni ellir ei gofnodi cyn i’r arolygiad gael ei gyhoeddi (dyddiad y cyhoeddiad: {due:date})',
  'dates.record.timeOutOfRange': 'rhaid iddo fod rhwng yr adeg y cynlluniwyd yr arolygiad ({planned}) a nawr ({now})',
  'dates.record.dayOutOfRange': 'rhaid iddo fod rhwng y diwrnod y cynlluniwyd yr arolygiad ({planned:date}) a heddiw',
  'dates.record.datesChanged': 'mae’r dyddiadau wedi newid: mae {milestone} bellach yn ddyledus {due}',
  'dates.record.outOfDate': 'mae wedi dyddio; mae bellach yn ddyledus {due}',
  'dates.undo.notYours': 'dim ond y person a’i cofnododd, neu weinyddwr, all ei ddadwneud',
  'dates.undo.notToday': 'dim ond ar y diwrnod y cafodd ei gofnodi y gellir ei ddadwneud ({on:date})',
  'dates.undo.nothing': 'nid oes cofnod ei fod wedi’i wneud i’w ddadwneud',
  'dates.waive.reason': 'rhaid dweud pam yr hepgorir y garreg filltir',
  'dates.waive.reasonTooLong': 'rhaid iddo fod yn 2,000 nod neu lai',

  'dates.gate.notAssured': 'nid oes sicrwydd wedi’i gael am rybudd sefydliadol {ref} ({status})',
  'dates.gate.notInReport': 'nid yw rhybudd sefydliadol {ref} wedi’i nodi fel un a ddisgrifir yn yr adroddiad',
  'dates.gate.neither':
    'nid oes sicrwydd wedi’i gael am rybudd sefydliadol {ref} ({status}), ac nid yw wedi’i nodi fel un a ddisgrifir yn yr adroddiad',
  'dates.gate.held': 'y cyhoeddi wedi’i ddal yn ôl: {reason}',
  'dates.gate.cannotRecord': 'ni ellir ei gofnodi eto: {reason}',
  'dates.alertStatus.raised': 'wedi’i godi',
  'dates.alertStatus.confirmed': 'wedi’i gadarnhau',
  'dates.alertStatus.regionNotified': 'y rhanbarth wedi cael gwybod',
  'dates.alertStatus.acknowledged': 'wedi’i gydnabod',
  'dates.alertStatus.evidenceSubmitted': 'tystiolaeth wedi’i chyflwyno',
  'dates.alertStatus.moreEvidenceRequested': 'gofynnwyd am ragor o dystiolaeth',
  'dates.alertStatus.assured': 'sicrwydd wedi’i gael',
  'dates.alertStatus.withdrawn': 'wedi’i dynnu’n ôl',

  'dates.inspection.none': 'nid oes arolygiad {id}',
  'dates.inspection.notOne': 'nid yw’n arolygiad',
  'dates.inspection.onlyPlanners': 'dim ond gweinyddwyr a Phenaethiaid Rhaglen sy’n cynllunio arolygiadau',
  'dates.inspection.exists':
    'mae arolygiad eisoes ar gyfer {region:region} gyda’r gwaith maes yn dechrau {fieldworkStart} ({id})',
  'dates.inspection.existsField': 'mae arolygiad ar gyfer y dyddiad hwn eisoes: {id}',
  'dates.change.nothingGiven': 'rhowch ddiwrnod cyntaf newydd i’r gwaith maes neu ddyddiadau newydd i gerrig milltir',
  'dates.change.checkedAgain': 'mae’r dyddiadau wedi newid ers iddynt gael eu gwirio: gwiriwch y dyddiadau newydd eto',
  'dates.change.versionOutOfDate':
    'mae wedi dyddio: mae’r cynllun bellach yn fersiwn {version}; gwiriwch y dyddiadau eto',
  'dates.change.noChange': 'dim newid i’r dyddiadau: mae gan y cynllun newydd yr un dyddiadau',
  'dates.change.changesNoDate': 'nid yw’n newid unrhyw ddyddiad',
  'dates.change.confirmOne': 'rhaid iddo fod yn wir i fwrw ymlaen er gwaethaf y rhybudd hwn: {warnings}',
  'dates.change.confirmMany':
    'rhaid iddo fod yn wir i fwrw ymlaen er gwaethaf y rhybuddion hyn (nifer: {count}): {warnings}',
  'dates.plan.clashes':
    'mae’r cynllun yn dod â {count} {count|gwrthdaro|gwrthdaro} i’r rhaglen; edrychwch {count|arno|arnynt} a chynlluniwch eto gydag acknowledgeClashes: true i fwrw ymlaen',
  'dates.plan.acknowledgeOne': 'rhaid iddo fod yn wir i gynllunio er gwaethaf y gwrthdaro hwn: {clashes}',
  'dates.plan.acknowledgeMany':
    'rhaid iddo fod yn wir i gynllunio er gwaethaf y gwrthdaro hwn (nifer: {count}): {clashes}',

  'dates.both': '{a} a {b}',
  'dates.comma': '{a}, {b}',
  'dates.clash.named': '{region:region} ({id}, gwaith maes {from:date} – {to:date})',
  'dates.clash.person': '{name}: yn arwain neu’n ddirprwy ar ddau waith maes ar yr un pryd: {first}; {second}',
  'dates.clash.fieldworkCapacity':
    'Arolygiadau yn y gwaith maes yn yr wythnos sy’n dechrau {week:date}: {count}, mwy na’r {limit} y gall y rhaglen eu staffio: {list:and}',
  'dates.clash.editingCapacity':
    'Adroddiadau’n cael eu golygu yn yr wythnos sy’n dechrau {week:date}: {count}, mwy na’r {limit} y gall y rhaglen eu staffio: {list:and}',
  'dates.clash.weekOne': 'Wythnos gyntaf gwaith maes yr arolygiad ({region:region}, {id}, yn dechrau {monday:date})',
  'dates.clash.weekTwo': 'Ail wythnos gwaith maes yr arolygiad ({region:region}, {id}, yn dechrau {monday:date})',
  'dates.clash.holidayOn': '{holiday} ({day:date})',
  'dates.clash.christmas': '{where}: mae’n disgyn dros y Nadolig a’r Flwyddyn Newydd',
  'dates.clash.christmasHolidays': '{where}: mae’n disgyn dros y Nadolig a’r Flwyddyn Newydd ({holidays})',
  'dates.clash.easter': '{where}: mae’n disgyn adeg y Pasg',
  'dates.clash.easterHolidays': '{where}: mae’n disgyn adeg y Pasg ({holidays})',
  'dates.clash.bankHoliday': '{where}: mae gŵyl banc yn yr wythnos honno: {holidays}',
  'dates.capacity.inspections': 'rhaid rhoi nifer cyfan o arolygiadau rhwng {least} a {most}',
  'dates.capacity.reports': 'rhaid rhoi nifer cyfan o adroddiadau rhwng {least} a {most}',
  'dates.meanwhile':
    'newidiodd yr arolygiad tra oedd ei ddyddiadau’n cael eu symud: edrychwch eto a rhoi cynnig arall arni',
};
