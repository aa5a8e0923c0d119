// Over 300 lines on purpose: the Welsh of every page string (en.ts), in one catalogue for the
// translator to review.
import { ROLE_NAMES } from '../../domain/glossary.js';
import type { MessageKey } from './en.js';

/**
 * The pages in Welsh (Welsh Language Scheme: Welsh and English treated equally). Typed by the
 * English catalogue's keys: a key missing here, or one English does not have, fails \`tsc\`.
 *
 * Written for this project; the inspectorate's translator is to review it. As in the notices
 * (functions/domain/notices/cy.ts): "dydd Llun" in lower case within a sentence; "imminent" is
 * "ar fin digwydd"; "assured" is "sicrwydd wedi’i gael"; open alerts are those "sydd yn dal ar
 * agor". Values are put in where Welsh needs no mutation: after a colon, "rhwng … a …", in
 * brackets, or at the start.
 */
export const cy: Record<MessageKey, string> = {
  'layout.serviceName': 'Arolygiadau DIPP',

  'phase.preFieldwork': 'Cyn y gwaith maes',
  'phase.fieldwork': 'Gwaith maes',
  'phase.postFieldwork': 'Ar ôl y gwaith maes',
  'phase.complete': 'Wedi’i gwblhau',

  'layout.errorPrefix': 'Gwall: ',
  'layout.organisation': 'Arolygiaeth Prawf EF',
  'layout.skipLink': 'Neidio i’r prif gynnwys',
  'layout.signedIn': 'Wedi mewngofnodi',
  'layout.calendarLink': 'Dolen eich calendr',
  'layout.signOut': 'Allgofnodi',

  'nav.overview': 'Trosolwg o’r rhaglen',
  'nav.due': 'Beth sy’n ddyledus',
  'nav.alerts': 'Rhybuddion',
  'nav.menu': 'Dewislen',
  'nav.serviceInformation': 'Gwybodaeth am y gwasanaeth',

  'layout.languages': 'Ieithoedd',
  'layout.localTag': 'Lleol',
  'layout.localBanner':
    'Mae hwn yn rhedeg ar eich peiriant chi gyda gwasanaethau AWS wedi’u hefelychu. Mae’r mewngofnodi at ddefnydd lleol yn unig.',
  'layout.licence': 'Mae’r holl gynnwys ar gael o dan y {link}, oni nodir yn wahanol',
  'layout.licenceName': 'Drwydded Llywodraeth Agored v3.0',
  'layout.copyright': '© Hawlfraint y Goron',

  'problem.title400': 'Mae problem wedi codi',
  'problem.title403': 'Nid oes gennych fynediad at y dudalen hon',
  'problem.title404': 'Heb ddod o hyd i’r dudalen',
  'problem.title409': 'Newidiodd y dudalen tra oeddech yn ei defnyddio',
  'problem.title500': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
  'problem.formNotSent': 'Nid oedd modd anfon y ffurflen',
  'problem.typed': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  'problem.pasted': 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
  'problem.tryLater': 'Rhowch gynnig arall arni yn nes ymlaen.',
  'problem.lookAgain':
    'Os oeddech yn newid rhywbeth, edrychwch arno eto cyn rhoi cynnig arall arni: efallai fod y newid wedi’i wneud.',
  'problem.home': 'Mynd i’r trosolwg o’r rhaglen',

  'signedOut.ended': 'Mae eich sesiwn ar y gwasanaeth hwn wedi dod i ben.',
  'signedOut.endedBoth': 'Mae eich sesiwn ar y gwasanaeth hwn ac ar y gwasanaeth mewngofnodi wedi dod i ben.',
  'signedOut.signIn': 'Mewngofnodi',
  'signedOut.titleSignedOut': 'Rydych wedi allgofnodi',
  'signedOut.titleFailed': 'Nid oedd modd eich mewngofnodi',
  'signedOut.titleAgain': 'Mae angen i chi fewngofnodi eto',
  'signedOut.sessionEnded':
    'Mae eich sesiwn wedi dod i ben, felly ni newidiwyd dim. Mewngofnodwch a rhowch gynnig arall arni.',

  'calendar.intro':
    'Tanysgrifiwch i’r ddolen hon yn Outlook neu Google Calendar i weld cerrig milltir pob arolygiad rydych yn cymryd rhan ynddo. Mae’n dangos dyddiadau a theitlau yn unig, byth fanylion achosion.',
  'calendar.newLink': 'Eich dolen newydd',
  'calendar.copyNow': 'Copïwch hi nawr: dim ond unwaith y caiff ei dangos.',
  'calendar.linkLabel': 'Dolen y calendr',
  'calendar.welshLinkLabel': 'Dolen y calendr yn Gymraeg',
  'calendar.welshLinkHint': 'Yr un calendr, gyda theitlau a disgrifiadau’r digwyddiadau yn Gymraeg.',
  'calendar.madeOn':
    'Gwnaethoch ddolen ar {when}. Os ydych wedi’i cholli, neu os gallai rhywun arall fod â hi, ailosodwch hi: bydd yr hen ddolen yn peidio â gweithio ar unwaith.',
  'calendar.none': 'Nid oes gennych ddolen eto.',
  'calendar.reset': 'Ailosod dolen eich calendr',
  'calendar.get': 'Cael dolen i’ch calendr',
  'calendar.keepSecret':
    'Gall unrhyw un sydd â’r ddolen weld dyddiadau eich arolygiadau, felly cadwch hi i chi eich hun.',

  'newInspection.title': 'Cynllunio arolygiad',

  'overview.filter': 'Hidlo',
  'overview.dueSoon': 'Yn ddyledus yn ystod y {days} diwrnod nesaf, neu’n hwyr',
  'overview.applyFilter': 'Defnyddio’r hidlydd',
  'overview.count': 'Yn dangos {shown} o {total} arolygiad.',
  'overview.countOne': 'Yn dangos {shown} o {total} arolygiad.',
  'overview.pane': 'Arolygiadau (yn sgrolio i’r ochr ar sgrin fach)',
  'overview.caption': 'Arolygiadau, wedi’u trefnu yn ôl {column} ({direction})',
  'overview.ascending': 'esgynnol',
  'overview.descending': 'disgynnol',
  'overview.sort.region': 'Rhanbarth',
  'overview.sort.fieldwork': 'Gwaith maes',
  'overview.phase': 'Cam',
  'overview.sort.next-deadline': 'Dyddiad cau nesaf',
  'overview.sort.overdue': 'Yn hwyr',
  'overview.sort.alerts': 'Rhybuddion sydd yn dal ar agor',
  'overview.none': 'Dim',
  'overview.noneDue': 'Nid oes unrhyw arolygiadau’n ddyledus yn ystod y {days} diwrnod nesaf.',
  'overview.noInspections': 'Dim arolygiadau.',

  'rag.overdue': 'Yn hwyr',
  'rag.dueSoon': 'Yn ddyledus cyn bo hir',
  'rag.alertOpen': 'Rhybudd ar agor',
  'rag.onTrack': 'Ar y trywydd iawn',

  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',

  'due.due': 'Dyddiad',
  'due.what': 'Beth',
  'due.whoActs': 'Pwy sy’n gweithredu',
  'due.ofInspection': ': arolygiad {region}',

  'status.escalated': 'Wedi’i uwchgyfeirio',

  'party.region': 'Rhanbarth',
  'party.inspectorate': 'Arolygiaeth',

  'due.intro':
    'Cerrig milltir a dyddiadau cau rhybuddion ar draws yr arolygiadau y gallwch eu gweld: yr hyn sy’n ddyledus yn y cyfnod a ddewiswch, a phopeth sy’n hwyr.',
  'due.when': 'Pryd',
  'due.yourDates': 'Eich dyddiadau',
  'due.yourDatesHint': 'Dewiswch “Dyddiadau o’ch dewis” uchod i ddefnyddio’r rhain.',
  'due.from': 'O',
  'due.fromHint': 'Er enghraifft, 1 5 2027',
  'due.to': 'Hyd at',
  'due.toHint': 'Er enghraifft, 31 5 2027',
  'due.allRegions': 'Pob rhanbarth',

  'field.region': 'Rhanbarth',

  'due.anyone': 'Unrhyw un',
  'due.theRegion': 'Y rhanbarth (RPD neu SPOC)',
  'due.theInspectorate': 'Yr arolygiaeth',
  'due.show': 'Dangos beth sy’n ddyledus',
  'due.periodShown': '{period}: rhwng {from} a {to}.',
  'due.overdueCount': 'Yn hwyr ({count})',

  'status.overdue': 'Yn hwyr',

  'due.nothingOverdue': 'Nid oes dim yn hwyr.',
  'due.dueCount': 'Yn ddyledus rhwng {from} a {to} ({count})',
  'due.dueBetween': 'Yn ddyledus rhwng {from} a {to}',
  'due.nothingDue': 'Nid oes dim yn ddyledus yn y cyfnod hwn.',

  'dueError.fromMissing': 'Rhowch y dyddiad cyntaf',
  'dueError.toMissing': 'Rhowch y dyddiad olaf',
  'dueError.toBeforeFrom': 'Rhaid i’r dyddiad olaf fod yr un fath â’r dyddiad cyntaf neu ar ei ôl',
  'dueError.withinYear': 'Rhaid i’r dyddiad olaf fod o fewn blwyddyn i’r dyddiad cyntaf',
  'dueError.fromReal': 'Rhaid i’r dyddiad cyntaf fod yn ddyddiad go iawn',
  'dueError.toReal': 'Rhaid i’r dyddiad olaf fod yn ddyddiad go iawn',
  'dueError.region': 'Dewiswch ranbarth o’r rhestr',
  'dueError.actor': 'Dewiswch pwy sy’n gweithredu o’r rhestr',
  'dueError.state': 'Dewiswch statws o’r rhestr',
  'dueError.period': 'Dewiswch gyfnod',
  'dueError.other': 'Gwiriwch {field}: {message}',

  'due.period.this-week': 'Yr wythnos hon',
  'due.period.next-two-weeks': 'Y {days} diwrnod nesaf',
  'due.period.range': 'Dyddiadau o’ch dewis',

  'alerts.title': 'Rhybuddion sydd yn dal ar agor',
  'alerts.intro':
    'Rhybuddion nad oes sicrwydd wedi’i gael amdanynt ac nad ydynt wedi’u tynnu’n ôl, ar draws yr arolygiadau y gallwch eu gweld: eu statws, tro pwy yw hi a dyddiad cau nesaf y rhanbarth.',
  'alerts.anyState': 'Unrhyw statws',
  'alerts.state': 'Statws',
  'alerts.whoseTurn': 'Tro pwy',
  'alerts.anyones': 'Tro unrhyw un',
  'alerts.regions': 'Tro’r rhanbarth',
  'alerts.inspectorates': 'Tro’r arolygiaeth',
  'alerts.show': 'Dangos rhybuddion',
  'alerts.count': 'Rhybuddion sydd yn dal ar agor ({count})',
  'alerts.alert': 'Rhybudd',
  'alerts.by': 'erbyn',
  'alerts.noneMatch': 'Nid oes unrhyw rybuddion sydd yn dal ar agor yn cyfateb i’r hyn a ddewisoch.',
  'alerts.none': 'Nid oes unrhyw rybuddion sydd yn dal ar agor.',

  'status.pending': 'Heb ei wneud eto',
  'status.met': 'Wedi’i gyflawni',
  'status.met-late': 'Wedi’i gyflawni’n hwyr',
  'status.waived': 'Wedi’i hepgor',

  'notice.sending': 'Yn anfon',
  'notice.retrying': 'Yn ceisio eto',
  'notice.sent': 'Anfonwyd',
  'notice.failed': 'Wedi methu',
  'notice.bounced': 'Heb ei ddanfon',

  'inspection.fieldworkStarts': 'Y gwaith maes yn dechrau',
  'inspection.notNamed': 'Heb ei enwi eto',
  'inspection.planVersion': 'Fersiwn y cynllun',
  'inspection.changeDates': 'Newid dyddiadau',

  'newAlert.title': 'Codi rhybudd',

  'inspection.calendarFile': 'Calendr (ffeil iCalendar)',
  'inspection.timeline': 'Llinell amser',
  'inspection.notRecordable': 'Gellir cofnodi gwaith yma unwaith y bydd yr arolygiad wedi’i gyhoeddi.',
  'inspection.milestone': 'Carreg filltir',
  'inspection.date': 'Dyddiad',
  'inspection.status': 'Statws',
  'inspection.action': 'Cam gweithredu',
  'inspection.held': 'Wedi’i ddal yn ôl: {reason}',
  'inspection.doneOn': 'Wedi’i wneud ar {date}',
  'inspection.recordedBy': 'Cofnodwyd gan {name}, {when}.',
  'inspection.reason': 'Rheswm: {reason}',
  'inspection.note': 'Nodyn: {note}',

  'record.title': 'Cofnodi fel wedi’i wneud',

  'inspection.waive': 'Hepgor',
  'inspection.changeDate': 'Newid y dyddiad',
  'inspection.undo': 'Dadwneud',
  'inspection.type': 'Math',

  'field.category': 'Categori',

  'inspection.noAlerts': 'Nid oes unrhyw rybuddion wedi’u codi.',
  'inspection.notices': 'Hysbysiadau',
  'inspection.noticesSent': 'Hysbysiadau a anfonwyd',
  'inspection.notice': 'Hysbysiad',
  'inspection.to': 'At',
  'inspection.bilingual': ' (Cymraeg a Saesneg)',
  'inspection.notSent': 'Heb ei anfon',
  'inspection.noNotices': 'Dim hysbysiadau eto.',

  'alert.backTo': 'Yn ôl: {region}',
  'alert.caption': '{region}, rhybudd {ref}',
  'alert.reference': 'Cyfeirnod',

  'field.caseReference': 'Cyfeirnod yr achos',

  'alert.notSingleCase': 'Nid un achos unigol (sefydliadol)',
  'alert.whatMightHappen': 'Beth allai ddigwydd',
  'alert.howSerious': 'Pa mor ddifrifol',
  'alert.howImminent': 'I ba raddau y mae ar fin digwydd',
  'alert.actionRequested': 'Y cam y gofynnwyd amdano',
  'alert.acknowledgeBy': 'Cydnabod erbyn',
  'alert.evidenceBy': 'Tystiolaeth erbyn',
  'alert.setWhenNotified': 'Caiff ei osod pan roddir gwybod i’r rhanbarth',
  'alert.evidence': 'Tystiolaeth',
  'alert.noneYet': 'Dim eto',
  'alert.assuranceNote': 'Nodyn sicrwydd',
  'alert.notAssured': 'Dim sicrwydd wedi’i gael eto',
  'alert.inReport': 'Wedi’i ddisgrifio yn yr adroddiad',
  'alert.yes': 'Ydy',
  'alert.no': 'Nac ydy',
  'alert.notNeeded': 'Dim angen (rhybudd unigol)',
  'alert.beforeFieldwork': 'Wedi’i godi cyn y gwaith maes, oherwydd',
  'alert.moreNeeded': 'Mae angen rhagor o dystiolaeth',
  'alert.whyWithdrawn': 'Pam y cafodd ei dynnu’n ôl',
  'alert.ownAlert':
    'Chi a gododd y rhybudd hwn, felly ni allwch ei gadarnhau: yr arolygydd arweiniol, {lead}, sy’n ei gadarnhau.',
  'alert.whatYouCanDo': 'Beth allwch chi ei wneud',
  'alert.onBehalf': ' ar ran y rhanbarth',
  'alert.notRegion':
    'Nid chi yw’r rhanbarth: caiff yr hyn a wnewch yma ei gofnodi fel rhywbeth a wnaed ar ran y rhanbarth, gyda’ch rheswm.',
  'alert.confirm': 'Cadarnhau’r rhybudd',
  'alert.acknowledge': 'Cydnabod y rhybudd',
  'alert.whyAcknowledgeForRegion': 'Pam rydych yn ei gydnabod ar ran y rhanbarth',
  'alert.submitEvidence': 'Cyflwyno tystiolaeth',
  'alert.whatWasDone': 'Beth a wnaed, a ble mae’r dystiolaeth',
  'alert.whySubmitForRegion': 'Pam rydych yn ei chyflwyno ar ran y rhanbarth',
  'alert.askMore': 'Gofyn am ragor o dystiolaeth',

  'field.moreNote': 'Pa dystiolaeth arall sydd ei hangen',

  'alert.moreNoteHint': 'Mae’r rhanbarth yn darllen hwn yn y system; nid yw’n cael ei anfon drwy e-bost',
  'alert.newDeadline': 'Dyddiad cau newydd ar gyfer y dystiolaeth',
  'alert.newDeadlineHint': 'Diwrnod gwaith, dim mwy nag 20 diwrnod gwaith ymlaen; erbyn 5yp. Er enghraifft, 9 3 2027',
  'alert.recordAssurance': 'Cofnodi sicrwydd',
  'alert.whatAssured': 'Beth roddodd sicrwydd i chi',
  'alert.whatAssuredHint': 'Y dystiolaeth a welsoch, a’r hyn y mae’n ei ddangos a wnaed',
  'alert.markInReport': 'Nodi ei fod wedi’i ddisgrifio yn yr adroddiad',
  'alert.withdraw': 'Tynnu’r rhybudd yn ôl',
  'alert.whyWithdraw': 'Pam mae’n cael ei dynnu’n ôl',
  'alert.history': 'Hanes',
  'alert.byName': 'gan {name}',
  'alert.byOnBehalf': 'gan {name}, ar ran y rhanbarth',
  'alert.why': 'Pam: {reason}',

  'form.back': 'Yn ôl',

  'newAlert.warning':
    'Nodwch achos drwy ei gyfeirnod yn unig. Peidiwch byth ag ysgrifennu enw unigolyn na manylion personol eraill yma.',

  'field.type': 'Math o rybudd',

  'newAlert.individualHint': 'Am un achos: risg i eraill neu i’r unigolyn ar brawf',
  'newAlert.organisationalHint': 'Am arfer y rhanbarth: gall ddal y cyhoeddi yn ôl nes bod sicrwydd wedi’i gael',
  'newAlert.chooseCategory': 'Dewiswch gategori',
  'newAlert.caseReferenceHint': 'Ar gyfer rhybudd unigol: cyfeirnod yr achos, fel CRN X123456',
  'newAlert.whatMightHappen': 'Beth allai ddigwydd os na chymerir camau',

  'field.howSerious': 'Pa mor ddifrifol ydyw',
  'field.howImminent': 'I ba raddau y mae ar fin digwydd',
  'field.actionRequested': 'Beth y gofynnir i’r rhanbarth ei wneud',

  'newAlert.whyNotWait': 'Pam na all y rhybudd hwn aros am y gwaith maes',
  'newAlert.whyNotWaitHint':
    'Mae’r gwaith maes yn dechrau {date}. Mae rhybuddion yn codi o’r gwaith maes: cyn hynny, dywedwch pam na all hwn aros',
  'newAlert.raise': 'Codi’r rhybudd',

  'form.optional': '{label} (dewisol)',

  'newInspection.fullName': 'Enw llawn',
  'newInspection.workEmail': 'Cyfeiriad e-bost gwaith',
  'newInspection.intro':
    'Caiff y llinell amser ei chyfrifo o’r rhanbarth a diwrnod cyntaf y gwaith maes. Anfonir y cyhoeddiad at y rhanbarth ar unwaith os yw’n ddyledus.',
  'newInspection.chooseRegion': 'Dewiswch ranbarth',

  'field.fieldworkStart': 'Diwrnod cyntaf y gwaith maes',

  'newInspection.fieldworkHint': 'Dydd Llun. Er enghraifft, 15 3 2027',
  'newInspection.spocHint':
    'Mae’r RPD yn eu henwi ar ôl y cyhoeddiad; tan hynny, mae’r hyn sydd ar eu cyfer yn mynd at yr RPD.',
  'newInspection.plan': 'Cynllunio’r arolygiad',

  'checkDates.title': 'Gwiriwch y dyddiadau newydd cyn iddynt gael eu newid',
  'checkDates.nothingYet': 'Nid oes dim wedi’i newid na’i anfon eto.',
  'checkDates.moves': 'Dyddiadau sy’n symud',
  'checkDates.emails': 'Negeseuon e-bost a anfonir pan fyddwch yn cadarnhau',
  'checkDates.email': 'E-bost',
  'checkDates.copiedTo': 'Copi at',
  'checkDates.nobody': 'Neb',
  'checkDates.regionNotToldOn':
    'Nid yw’r rhanbarth wedi cael gwybod am yr arolygiad hwn eto (caiff ei gyhoeddi {date}), felly ni chaiff e-bost am y newid hwn. Bydd y cyhoeddiad yn rhoi’r dyddiadau newydd.',
  'checkDates.regionNotTold':
    'Nid yw’r rhanbarth wedi cael gwybod am yr arolygiad hwn eto, felly ni chaiff e-bost am y newid hwn. Bydd y cyhoeddiad yn rhoi’r dyddiadau newydd.',
  'checkDates.checkThese': 'Gwiriwch y rhain cyn cadarnhau',
  'checkDates.confirm': 'Cadarnhau a newid y dyddiadau',

  'form.cancel': 'Canslo',

  'milestoneDate.title': 'Newid dyddiad carreg filltir',
  'milestoneDate.now': '{milestone}: {date} ar hyn o bryd.',
  'milestoneDate.intro':
    'Mae’r dyddiadau sy’n dilyn ohoni yn symud gyda hi. Byddwch yn gweld pob dyddiad sy’n symud a phwy fydd yn cael e-bost cyn i ddim gael ei newid.',
  'milestoneDate.newDate': 'Dyddiad newydd',
  'milestoneDate.hint': 'Diwrnod gwaith, heddiw neu’n hwyrach. Er enghraifft, 15 3 2027',
  'milestoneDate.change': 'Newid y dyddiad',

  'record.titleOf': 'Cofnodi fel wedi’i wneud: {milestone}',
  'record.due': '{milestone}: yn ddyledus {date}.',
  'record.when': 'Pryd y cafodd ei wneud',
  'record.whenHint':
    'Heddiw oni bai eich bod yn ei newid; dim cyn i’r arolygiad gael ei gynllunio. Er enghraifft, 15 3 2027',
  'record.note': 'Nodyn (dewisol)',
  'record.noteHint': 'Er enghraifft, ble mae’r dystiolaeth. Peidiwch ag ysgrifennu enw unigolyn na manylion achos.',

  'reschedule.title': 'Newid dyddiadau’r arolygiad: {region}',
  'reschedule.heading': 'Newid dechrau’r gwaith maes',
  'reschedule.intro':
    'Mae pob dyddiad sy’n dilyn ohono yn symud; mae cerrig milltir sydd eisoes wedi’u cyflawni yn aros felly. Byddwch yn gweld pob dyddiad sy’n symud a phwy fydd yn cael e-bost cyn i ddim gael ei newid.',
  'reschedule.newStart': 'Diwrnod cyntaf newydd y gwaith maes',
  'reschedule.hint': 'Dydd Llun gwaith, heddiw neu’n hwyrach. Er enghraifft, 15 3 2027',
  'reschedule.change': 'Newid y dyddiadau',

  'waive.titleOf': 'Hepgor: {milestone}',
  'waive.heading': 'Hepgor carreg filltir',
  'waive.intro': 'Unwaith y caiff ei hepgor, ni anfonir dim mwy amdani ac ni chaiff ei dyddiad cau ei ddilyn i fyny.',
  'waive.why': 'Pam mae’n cael ei hepgor',
  'waive.button': 'Hepgor y garreg filltir',

  'field.milestoneDates': 'Dyddiad y garreg filltir',
  'field.whatMightHappen': 'Beth allai ddigwydd',
  'field.summary': 'Beth a wnaed',
  'field.reason': 'Rheswm',
  'field.expectedDueDate': 'Y dyddiad a welsoch',
  'field.expectedPlanVersion': 'Y dyddiadau a wiriwyd gennych',
  'field.on': 'Y dyddiad y cafodd ei wneud',
  'field.note': 'Y nodyn',
  'field.waiverReason': 'Y rheswm',
  'field.evidenceBy': 'Y dyddiad cau newydd',
  'field.onBehalfReason': 'Pam rydych yn gweithredu ar ran y rhanbarth',
  'field.beforeFieldworkReason': 'Pam na all aros',

  'missing.region': 'Dewiswch ranbarth',
  'missing.fieldworkStart': 'Rhowch ddiwrnod cyntaf y gwaith maes',
  'missing.type': 'Dewiswch y math o rybudd',
  'missing.category': 'Dewiswch gategori',
  'missing.summary': 'Dywedwch beth a wnaed, a ble mae’r dystiolaeth',
  'missing.reason': 'Dywedwch pam mae’r rhybudd yn cael ei dynnu’n ôl',
  'missing.waiverReason': 'Dywedwch pam mae’r garreg filltir yn cael ei hepgor',
  'missing.note': 'Dywedwch beth roddodd sicrwydd i chi: y dystiolaeth a welwyd a’r hyn y mae’n ei ddangos',
  'missing.moreNote': 'Dywedwch pa dystiolaeth arall sydd ei hangen',
  'missing.evidenceBy': 'Rhowch y dyddiad cau newydd ar gyfer y dystiolaeth',
  'missing.onBehalfReason': 'Dywedwch pam rydych yn gweithredu ar ran y rhanbarth',
  'missing.beforeFieldworkReason': 'Dywedwch pam na all y rhybudd hwn aros am y gwaith maes',

  'error.personMissing': 'Rhowch enw a chyfeiriad e-bost gwaith y canlynol: {role}',
  'error.emailMissing': 'Rhowch gyfeiriad e-bost gwaith y canlynol: {role}',
  'error.emailInvalid': 'Cyfeiriad e-bost ({role}): {message}',
  'error.nameMissing': 'Rhowch enw’r canlynol: {role}',
  'error.nameInvalid': 'Enw ({role}): {message}',
  'error.enter': 'Rhowch: {field}',
  'error.invalid': '{field}: {message}',

  'role.lead': ROLE_NAMES.cy.lead,
  'role.deputyLead': ROLE_NAMES.cy.deputyLead,
  'role.isa': ROLE_NAMES.cy.isa,
  'role.rpd': ROLE_NAMES.cy.rpd,
  'role.spoc': ROLE_NAMES.cy.spoc,
  'role.headOfProgramme': ROLE_NAMES.cy.headOfProgramme,
  'role.chiefInspector': ROLE_NAMES.cy.chiefInspector,

  'userRole.administrator': 'Gweinyddwr cymorth arolygu',
  'userRole.headOfProgramme': 'Pennaeth Rhaglen Arolygu Prawf',
  'userRole.lead': 'Arolygydd arweiniol',
  'userRole.assistantInspector': 'Arolygydd cynorthwyol',
  'userRole.region': 'Rhanbarth (RPD neu SPOC)',

  'banner.undone': 'Wedi’i ddadwneud: {milestone} ({status} eto).',
  'banner.rescheduled': 'Newidiwyd y dyddiadau ac anfonwyd e-bost at y bobl a restrwyd.',
  'banner.recorded': 'Wedi’i gofnodi: {milestone} ({status}).',

  'turn.lead': 'yn aros am yr arolygydd arweiniol',
  'turn.region': 'yn aros am y rhanbarth',
  'turn.system': 'mae’r rhanbarth yn cael gwybod',
  'turn.nobody': 'wedi’i gau',

  'history.raised': 'Wedi’i godi',
  'history.confirmed': 'Wedi’i gadarnhau gan yr arolygydd arweiniol',
  'history.notified': 'Y rhanbarth wedi cael gwybod',
  'history.escalatedChief': 'Wedi’i uwchgyfeirio at y Prif Arolygydd ({missing})',
  'history.escalatedHead': 'Wedi’i uwchgyfeirio at y Pennaeth Rhaglen ({missing})',
  'history.acknowledged': 'Wedi’i gydnabod',
  'history.evidence': 'Tystiolaeth wedi’i chyflwyno',
  'history.moreEvidence': 'Gofynnwyd am ragor o dystiolaeth',
  'history.assured': 'Sicrwydd wedi’i gael',
  'history.withdrawn': 'Wedi’i dynnu’n ôl',
  'history.inReport': 'Wedi’i ddisgrifio yn yr adroddiad',
  'history.no.acknowledgement': 'dim cydnabyddiaeth',
  'history.no.evidence': 'dim tystiolaeth',

  'problem.noPage': 'nid oes tudalen yn y cyfeiriad hwn',
  'problem.formFromElsewhere': 'daeth y ffurflen o wefan arall',
  'problem.formExpired': 'mae’r ffurflen wedi dod i ben neu ni ddaeth o’r gwasanaeth hwn',
  'problem.nothingChanged': '{why}. Ni newidiwyd dim',

  'calendar.notFound': 'Nid oes calendr yn y cyfeiriad hwn.',

  'dueWhat.tellRegion': 'Rhoi gwybod i’r rhanbarth',
  'dueWhat.sendEvidence': 'Anfon tystiolaeth o’r camau a gymerwyd',
  'dueWhat.review': 'Adolygu’r dystiolaeth a chael sicrwydd',
  'who.lead': 'yr arolygydd arweiniol',
  'who.service': 'y gwasanaeth',
  'who.region': 'y rhanbarth',
  'who.rpdOrSpoc': 'RPD neu SPOC',

  'evidence.heading': 'Ffeiliau tystiolaeth',
  'evidence.caption': 'Ffeiliau sydd ynghlwm wrth y rhybudd hwn',
  'evidence.file': 'Ffeil',
  'evidence.size': 'Maint',
  'evidence.attachedBy': 'Wedi’i hatodi gan',
  'evidence.when': 'Pryd',
  'evidence.download': ' (lawrlwytho)',
  'evidence.onBehalf': ', ar ran y rhanbarth',
  'evidence.none': 'Dim ffeiliau ynghlwm.',
  'evidence.attach': 'Atodi ffeil',
  'evidence.hint':
    'Ffeil PDF, PNG, JPEG, Word (.docx) neu Excel (.xlsx) o 10 MB ar y mwyaf. Mae ffeiliau’n aros yn y gwasanaeth hwn: nid ydynt byth yn cael eu hanfon drwy e-bost.',
  'evidence.uploadButton': 'Lanlwytho’r ffeil',
  'evidence.addTitle': 'Ychwanegu’r ffeil at y rhybudd',
  'evidence.back': 'Yn ôl i’r rhybudd',
  'evidence.refused':
    'Ni chafodd y ffeil ei hychwanegu ac mae wedi’i dileu. Ewch yn ôl i’r rhybudd i lanlwytho un arall.',
  'evidence.uploadedBefore': 'Mae eich ffeil',
  'evidence.uploadedAfter':
    'wedi’i lanlwytho. Caiff ei gwirio pan fyddwch yn ei hychwanegu: bydd ffeil nad yw’r hyn y mae ei henw’n ei ddweud, neu sy’n fwy na 10 MB, yn cael ei gwrthod a’i dileu.',
  'evidence.whyForRegion': 'Pam rydych yn ei hychwanegu ar ran y rhanbarth',
  'evidence.addButton': 'Ychwanegu’r ffeil',
  'evidence.bytes': '{count} beit',
};
