import type { alertsEn } from './alerts.en.js';

/** What the alerts rules and use cases say, in Welsh: the same keys as alerts.en.ts. */
export const alertsCy: Record<keyof typeof alertsEn, string> = {
  'alert.text.singleLine':
    'rhaid iddo fod yn un llinell o destun plaen: ni chaniateir toriadau llinell, tabiau, nodau rheoli na nodau fformatio anweledig (megis bylchau lled sero a nodau sy’n gwrthdroi cyfeiriad y testun)',
  'alert.text.multiLine':
    'rhaid iddo fod yn destun plaen: caniateir toriadau llinell, ond ni chaniateir tabiau, nodau rheoli eraill na nodau fformatio anweledig (megis bylchau lled sero a nodau sy’n gwrthdroi cyfeiriad y testun)',
  'alert.text.found': '{message} (cafwyd {character})',

  'alert.statusId.raised': 'wedi’i godi',
  'alert.statusId.confirmed': 'wedi’i gadarnhau',
  'alert.statusId.region-notified': 'y rhanbarth wedi cael gwybod',
  'alert.statusId.acknowledged': 'wedi’i gydnabod',
  'alert.statusId.evidence-submitted': 'tystiolaeth wedi’i chyflwyno',
  'alert.statusId.more-evidence-requested': 'gofynnwyd am ragor o dystiolaeth',
  'alert.statusId.assured': 'sicrwydd wedi’i gael',
  'alert.statusId.withdrawn': 'wedi’i dynnu’n ôl',
  'alert.categoryId.risk-of-harm-to-others': 'risg o niwed i eraill',
  'alert.categoryId.risk-to-person-on-probation': 'risg i’r unigolyn ar brawf',
  'alert.categoryId.organisational-practice': 'arfer sefydliadol',

  // After "ni ellir" and "sy’n cael": a verbnoun, unmutated.
  'alert.step.confirm': 'cadarnhau’r rhybudd',
  'alert.step.notify': 'rhoi gwybod i’r rhanbarth am y rhybudd',
  'alert.step.acknowledge': 'cydnabod y rhybudd',
  'alert.step.submit-evidence': 'cyflwyno tystiolaeth ar gyfer y rhybudd',
  'alert.step.request-more-evidence': 'gofyn am ragor o dystiolaeth ar gyfer y rhybudd',
  'alert.step.assure': 'cofnodi sicrwydd ar gyfer y rhybudd',
  'alert.step.withdraw': 'tynnu’r rhybudd yn ôl',
  'alert.who.lead': 'yr arolygydd arweiniol',
  'alert.who.inspector': 'yr arolygydd',
  'alert.who.region': 'y rhanbarth',
  'alert.who.system': 'y system',
  'alert.notFromStatus': 'ni ellir {action} pan fo statws y rhybudd yn ‘{status}’; {allowed}',
  'alert.allowedNow': 'gellir gwneud y canlynol nawr: {actions}',
  'alert.isClosed': 'mae’r rhybudd wedi’i gau',
  'alert.onlyBy': 'dim ond {who} sy’n cael {action}',
  'alert.withdrawReasonNeeded': 'mae angen rheswm i dynnu rhybudd yn ôl',
  'alert.markIndividual':
    'rhybudd unigol yw hwn: dim ond rhybuddion sefydliadol sy’n cael eu disgrifio yn yr adroddiad',
  'alert.markWithdrawn': 'statws y rhybudd yw ‘{status}’: nid oes angen ei ddisgrifio yn yr adroddiad',
  'alert.markByLead':
    'rhaid bod yn arolygydd arweiniol: dim ond yr arolygydd arweiniol sy’n nodi’r hyn y mae’r adroddiad yn ei ddisgrifio',
  'alert.beforeFieldworkNotLead':
    'mae hyn cyn y gwaith maes (y dyddiad dechrau yw {start:date}): o’r gwaith maes y daw rhybuddion; cyn hynny dim ond yr arolygydd arweiniol sy’n cael codi rhybudd, gan roi rheswm',
  'alert.beforeFieldworkReasonNeeded':
    'mae angen hwn: y dyddiad y mae’r gwaith maes yn dechrau yw {start:date}, a rhaid i rybudd a godir cyn hynny ddweud pam na all aros',

  'alert.caseReferenceText': 'rhaid iddo fod yn gyfeirnod dienw’r achos',
  'alert.caseReferenceFormat':
    'rhaid iddo fod yn gyfeirnod dienw o 4 i 32 o briflythrennau, digidau a llinellau toriad (dim enwau)',
  'alert.sayWhatMightHappen': 'rhaid iddo ddweud beth allai ddigwydd os na chymerir camau',
  'alert.sayHowSerious': 'rhaid iddo ddweud pa mor ddifrifol yw’r risg',
  'alert.sayHowImminent': 'rhaid iddo ddweud i ba raddau y mae’r risg ar fin digwydd',
  'alert.sayActionRequested': 'rhaid iddo ddweud pa gam y gofynnir i’r rhanbarth ei gymryd',
  'alert.nameWhoRaised': 'rhaid iddo enwi pwy a’i cododd',
  'alert.evidenceBeforeAcknowledgement': 'ni all ddod cyn y dyddiad cau ar gyfer cydnabod',
  'alert.caseReferenceNeeded': 'mae ei angen ar gyfer rhybudd unigol',
  'alert.caseReferenceNotOrganisational': 'ni roddir hwn ar gyfer rhybudd sefydliadol: mae’n ymwneud â’r rhanbarth',
  'alert.beforeFieldworkReasonText': 'rhaid iddo fod yn destun sy’n dweud pam na all y rhybudd aros am y gwaith maes',
  'alert.cannotRaise': 'ni allwch godi rhybuddion yn {inspection}',
  'alert.alreadyOpen': 'mae rhybudd agored eisoes yn y categori ‘{category}’: {id}',
  'alert.openForCase': 'mae rhybudd agored eisoes ar gyfer achos {caseReference} yn y categori ‘{category}’: {id}',
  'alert.openForRegion': 'mae rhybudd agored eisoes ar gyfer y rhanbarth yn y categori ‘{category}’: {id}',
  'alert.tooManyByYou':
    'rydych wedi codi’r nifer mwyaf o rybuddion a ganiateir mewn awr ({limit}): codwch yr un nesaf ar ôl {after}, neu ffoniwch y Pennaeth Rhaglen os na all risg aros',
  'alert.tooManyInInspection':
    'mae’r nifer mwyaf o rybuddion a ganiateir mewn awr ({limit}) wedi’u codi yn {inspection}: codwch yr un nesaf ar ôl {after}, neu ffoniwch y Pennaeth Rhaglen os na all risg aros',
  'alert.fieldworkFirst':
    'o’r gwaith maes y daw rhybuddion, a’r dyddiad y mae’n dechrau yw {start:date}: cyn hynny dim ond yr arolygydd arweiniol sy’n cael codi rhybudd',

  'alert.sayActionTaken': 'rhaid iddo ddweud pa gamau a gymerwyd a ble mae’r dystiolaeth',
  'alert.sayWhatAssured':
    'rhaid iddo ddweud beth roddodd sicrwydd i chi: y dystiolaeth a welwyd a’r hyn y mae’n ei ddangos',
  'alert.sayMoreNeeded': 'rhaid iddo ddweud pa dystiolaeth arall sydd ei hangen',
  'alert.sayWhyForRegionExample':
    'rhaid iddo ddweud pam rydych yn gweithredu ar ran y rhanbarth (er enghraifft, gofynnodd y SPOC dros y ffôn)',
  'alert.sayWhyForRegion': 'rhaid iddo ddweud pam rydych yn gweithredu ar ran y rhanbarth',
  // After a colon: no mutation.
  'alert.doing.confirm': 'cadarnhau',
  'alert.doing.acknowledge': 'cydnabod',
  'alert.doing.submit-evidence': 'cyflwyno tystiolaeth',
  'alert.doing.request-more-evidence': 'gofyn am ragor o dystiolaeth',
  'alert.doing.assure': 'cofnodi sicrwydd',
  'alert.doing.withdraw': 'tynnu’n ôl',
  'alert.doing.mark-in-report': 'nodi ei fod wedi’i ddisgrifio yn yr adroddiad',
  'alert.cannotActIn': 'ni allwch wneud hyn i rybuddion yn {inspection}: {action}',
  'alert.confirmOwn':
    'ni allwch gadarnhau rhybudd a godwyd gennych chi: yr arolygydd arweiniol, {lead}, sy’n ei gadarnhau',
  'alert.notAnAlert': 'nid yw’n rhybudd',
  'alert.nothingCalled': 'nid oes dim o’r enw {action} i’w wneud i rybudd',

  'alert.evidenceByNotDate':
    'rhaid iddo fod yn ddyddiad (BBBB-MM-DD) erbyn pryd y bydd y rhanbarth yn anfon rhagor o dystiolaeth',
  'alert.evidenceByNotAfterToday': 'rhaid iddo fod ar ôl heddiw ({today:date})',
  'alert.evidenceByTooFar': 'ni all fod yn fwy na {max} diwrnod gwaith ymlaen ({latest})',
  'alert.evidenceByBankHoliday': 'rhaid iddo fod yn ddiwrnod gwaith: mae {day} yn ŵyl banc ({holiday})',
  'alert.evidenceBySaturday': 'rhaid iddo fod yn ddiwrnod gwaith: dydd Sadwrn yw {day}',
  'alert.evidenceBySunday': 'rhaid iddo fod yn ddiwrnod gwaith: dydd Sul yw {day}',

  'alert.file.full': 'ni ellir ei ychwanegu: ni all rhybudd ddal mwy na {max} ffeil',
  'alert.file.empty': 'mae’r ffeil yn wag',
  'alert.file.tooBig': 'rhaid i’r ffeil fod yn 10 MB neu lai',
  'alert.file.kind': 'rhaid iddi fod yn ffeil PDF, PNG, JPEG, Word (.docx) neu Excel (.xlsx)',
  'alert.file.notWhatItSays':
    'nid yw’n cynnwys yr hyn y mae ei henw’n ei ddweud: rhaid iddi fod yn ffeil PDF, PNG, JPEG, Word (.docx) neu Excel (.xlsx)',
  'alert.file.nameAlert': 'rhaid iddo enwi’r rhybudd',
  'alert.file.name': 'rhaid i’r ffeil gael enw',
  'alert.file.type': 'rhaid iddo ddweud pa fath o ffeil yw hi',
  'alert.file.content': 'rhaid iddo fod yn gynnwys y ffeil',
  'alert.file.nameUpload': 'rhaid iddo enwi’r ffeil a lwythwyd i fyny',
  'alert.file.noStore': 'ni ellir ei hatodi yma: nid oes storfa ffeiliau tystiolaeth wedi’i sefydlu',
  'alert.file.cannotAttach': 'ni allwch atodi tystiolaeth i rybuddion yn {inspection}',
  'alert.file.onlyForRegion': 'dim ond ar gyfer rhywun sy’n gweithredu ar ran y rhanbarth y mae hwn',
  'alert.file.notWaiting': 'statws y rhybudd yw ‘{status}’: nid yw’n aros am dystiolaeth',
  'alert.file.notUploaded': 'nid yw’n ffeil a lwythwyd i fyny i’r rhybudd hwn',
  'alert.file.didNotArrive': 'ni chyrhaeddodd y ffeil, neu mae wedi’i derbyn eisoes: llwythwch hi i fyny eto',
  'alert.file.cannotSee': 'ni allwch weld y ffeil honno o’r rhybudd {ref}',
  'alert.meanwhile': 'newidiodd y rhybudd yn y cyfamser: edrychwch arno eto a rhoi cynnig arall arni',
};
