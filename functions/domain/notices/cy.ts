// Over 300 lines on purpose: the whole Welsh wording of every notice in one catalogue, so that a
// translator or content designer reviews it in one place (its alert texts are in alerts.cy.ts).
import { alertTemplatesCy, alertWordsCy } from './alerts.cy.js';
import { MILESTONE_NAMES } from '../glossary.js';
import type { LanguagePack } from './view.js';

/**
 * Welsh wording of every notice (Welsh Language Scheme: Welsh and English treated equally).
 *
 * Values from the view are inserted as they are, with no mutation, so the templates place them
 * where Welsh needs none: after "erbyn", "rhwng … a …", "yw", a colon or in brackets, never after
 * "ar", "o", "i" or "yn" (a date after "ar" would need "ddydd", a region after "yn" or "o" would
 * need "yng Nghymru", "o Gymru"). The deadline actions follow "Gofynnwn i chi", so each starts
 * with a verb that soft mutation leaves unchanged ("anfon", "lanlwytho").
 *
 * As in en.ts: keep Nunjucks block tags on lines of their own (trimBlocks swallows the line break).
 */
export const cy: LanguagePack = {
  templates: {
    ...alertTemplatesCy,
    'report-stage-reminder': {
      subject: 'Nodyn atgoffa: yr adroddiad ar gyfer {{ inspectionRef }}',
      body: `
Dyma nodyn i’ch atgoffa am adroddiad arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- {{ reportStage.line }}{% if reportStage.forOwner %} (cam y {{ reportStage.forOwner }}: anfonwch hwn ymlaen){% endif %}

Pan fydd wedi’i wneud, cofnodwch hynny yn {{ inspectionUrl }}/report. Mae’r dyddiadau ar ei ôl, hyd at gyhoeddi, yn dilyn o pryd y caiff ei wneud.
`,
    },
    'report-stage-overdue': {
      subject: 'Yn hwyr: yr adroddiad ar gyfer {{ inspectionRef }}',
      body: `
Mae un o gamau adroddiad arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) yn hwyr:

- {{ reportStage.line }}{% if reportStage.forOwner %} (cam y {{ reportStage.forOwner }}){% endif %}

{% if reportStage.workingDaysLate == 1 %}
Mae 1 diwrnod gwaith yn hwyr, a bydd pob diwrnod gwaith y bydd heb ei wneud yn symud y dyddiad cyhoeddi a ragwelir ddiwrnod gwaith yn hwyrach.
{% else %}
Mae {{ reportStage.workingDaysLate }} diwrnod gwaith yn hwyr, a bydd pob diwrnod gwaith y bydd heb ei wneud yn symud y dyddiad cyhoeddi a ragwelir ddiwrnod gwaith yn hwyrach.
{% endif %}
Os yw wedi’i wneud, cofnodwch hynny yn {{ inspectionUrl }}/report.

Mae Pennaeth Rhaglen Arolygu Prawf, {{ people.headOfProgramme }}, yn cael gwybod am hyn.
`,
    },
    'feedback-request': {
      subject: 'Eich adborth ar arolygiad DIPP {{ region }} ({{ inspectionRef }})',
      body: `
Cyhoeddwyd adroddiad arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) {% if recorded %}{{ recorded.on }}{% else %}{{ date.publication }}{% endif %}. Diolch am eich rhan yn yr arolygiad.

Byddem yn croesawu eich adborth ar y modd y cynhaliwyd yr arolygiad: beth a weithiodd yn dda, a beth y gallem ei wneud yn well. Atebwch i {{ mailbox }}; bydd eich adborth yn mynd at Bennaeth Rhaglen Arolygu Prawf, {{ people.headOfProgramme }}.
`,
    },
    'notice-bounced': {
      subject: 'Heb ei ddanfon: {{ bounced.subject }}',
      body: `
Nid oedd modd danfon hysbysiad ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}).

- Hysbysiad: {{ bounced.subject }}
- Anfonwyd: {{ bounced.sentOn }}
- Heb ei ddanfon i: {{ bounced.recipients }}
- Y rheswm a roddwyd: {{ bounced.reason }}

Gwiriwch y cyfeiriadau sydd gennym ar gyfer yr arolygiad ac anfonwch gynnwys yr hysbysiad mewn ffordd arall. Mae’r hysbysiad wedi’i gofnodi fel un heb ei ddanfon yn {{ inspectionUrl }}.
`,
    },
    announcement: {
      subject: 'Cyhoeddiad: arolygiad DIPP rhanbarth {{ region }} ({{ inspectionRef }})',
      body: `
Rwy’n ysgrifennu i gyhoeddi y bydd Arolygiaeth Prawf EF yn cynnal arolygiad deinamig o ddiogelu’r cyhoedd (DIPP) yn rhanbarth {{ region }}. Cyfeirnod yr arolygiad yw {{ inspectionRef }}. Byddwn hefyd yn cyhoeddi’r arolygiad ar y cyfryngau cymdeithasol.

## Am yr arolygiad

Mae tri cham i’r arolygiad: cynllunio a pharatoi, gwaith maes, a’r cam ar ôl y gwaith maes. Mae’r gwaith maes yn para pythefnos, gydag wythnos adolygu rhwng y ddwy wythnos:

- Yr wythnos gyntaf, rhwng {{ fieldwork.weekOneFrom }} a {{ fieldwork.weekOneTo }}: ar ôl sesiwn friffio gennych chi a’ch uwch dîm arwain, byddwn yn arolygu sampl o achosion o bell. Mae hyn yn cynnwys cyfweliadau ag ymarferwyr prawf ar Microsoft Teams.
- Wythnos adolygu: bydd yr arolygydd arweiniol yn adolygu’r dystiolaeth o’r achosion ac yn cynllunio cyfarfodydd yr ail wythnos.
- Yr ail wythnos, rhwng {{ fieldwork.weekTwoFrom }} a {{ fieldwork.weekTwoTo }}: byddwn yn cyfarfod â staff, arweinwyr a rhanddeiliaid allweddol, ar y safle {% if fieldwork.weekTwoStartsOnMonday %}o brynhawn dydd Llun ymlaen{% else %}o {{ fieldwork.weekTwoFrom }} ymlaen{% endif %}.

## Un pwynt cyswllt

{% if people.spoc %}
Diolch i chi am enwi {{ people.spoc }} yn un pwynt cyswllt (SPOC) ar gyfer yr arolygiad.
{% else %}
Gofynnwn i chi enwi un pwynt cyswllt (SPOC) ar gyfer yr arolygiad a rhoi gwybod i ni drwy anfon e-bost i {{ mailbox }}.
{% endif %}
Dylai’r SPOC wirio’r dyddiadau allweddol isod a chodi unrhyw faterion gyda’n gweinyddwr cymorth arolygu, {{ people.isa }}, yn y lle cyntaf.

## Cyfarfod cynllunio

Cynhelir y cyfarfod cynllunio o bell ar Microsoft Teams. Bydd yr arolygydd arweiniol, {{ people.lead }}, yn ei gadeirio.

- Dyddiad: {{ date.planningMeeting }}
- Amser: {{ planningMeetingTime }}

Yn y cyfarfod, bydd yr arolygydd arweiniol yn esbonio’r arolygiad yn fanylach, gan gynnwys y dystiolaeth ymlaen llaw sydd ei hangen arnom.

## Sampl o achosion ac amserlen y cyfweliadau

{% if caseSample and caseSample.ready %}
Mae’r sampl o achosion ac amserlen dros dro y cyfweliadau ag ymarferwyr yn cael eu cyhoeddi gyda’r llythyr hwn: mewngofnodwch i’w gweld a’u lawrlwytho yn {{ caseSample.url }}. Er mwyn diogelu data personol, nid ydynt byth yn cael eu hanfon yn y negeseuon e-bost hyn.
{% else %}
Bydd y sampl o achosion ac amserlen dros dro y cyfweliadau ag ymarferwyr yn dilyn yn fuan: byddwn yn anfon e-bost atoch pan fyddant yn barod i’w gweld yn y gwasanaeth. Er mwyn diogelu data personol, nid ydynt byth yn cael eu hanfon yn y negeseuon e-bost hyn.
{% endif %}

Erbyn {{ date.scheduleChangeDeadline }} gallwch ofyn, yn y gwasanaeth, i symud cyfweliad, am rywun yn lle ymarferydd na all ddod, neu i eithrio achos. Bydd yr arolygydd arweiniol yn penderfynu ar bob cais.

## Beth sydd ei angen arnom gennych chi

- Erbyn {{ date.orgStructureDue }}: eich siart strwythur sefydliadol, manylion cyswllt eich arweinwyr, argaeledd staff allweddol yn ystod y gwaith maes ac unrhyw ystyriaethau amrywiaeth, wedi’u hanfon i {{ mailbox }}. Peidiwch â’u lanlwytho i Microsoft Teams.
- Erbyn {{ date.scheduleChangeDeadline }}: unrhyw geisiadau i newid amserlen y gwaith maes, ac unrhyw achosion y gallai fod angen eu heithrio (er enghraifft, oherwydd adolygiad cyfredol).
- Erbyn {{ date.evidenceDeadline }}: yr holl dystiolaeth ymlaen llaw, wedi’i lanlwytho i’r sianel Microsoft Teams y byddwn yn ei rhannu â chi. Anfonwch y dogfennau rydym yn gofyn amdanynt yn unig.

## Dyddiadau allweddol

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

Mae ffeil calendr sy’n cynnwys y dyddiadau hyn ynghlwm.

Gallwch weld yr arolygiad yn {{ inspectionUrl }}. Os oes gennych unrhyw gwestiynau, anfonwch e-bost i {{ mailbox }}.
`,
    },
    'org-structure-request': {
      subject: 'Gwybodaeth sefydliadol i’w hanfon erbyn {{ date.orgStructureDue }} ({{ inspectionRef }})',
      body: `
Ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), anfonwch y canlynol i {{ mailbox }} erbyn {{ date.orgStructureDue }}:

- siart strwythur sefydliadol eich rhanbarth, gydag enwau’r arweinwyr rhanbarthol, eu prif swyddfa a’u cyfrifoldebau strategol dros ddiogelu’r cyhoedd
- manylion cyswllt yr arweinwyr rhanbarthol
- argaeledd staff, arweinwyr a rhanddeiliaid allweddol yn ystod y gwaith maes (rhwng {{ fieldwork.weekOneFrom }} a {{ fieldwork.weekTwoTo }})
- unrhyw ystyriaethau amrywiaeth y mae angen i ni fod yn ymwybodol ohonynt

Anfonwch yr wybodaeth hon drwy e-bost. Peidiwch â’i lanlwytho i Microsoft Teams.

Byddwn yn ei defnyddio i gynllunio’r gwaith maes. Dyddiad y cyfarfod cynllunio yw {{ date.planningMeeting }}, am {{ planningMeetingTime }}.
`,
    },
    'planning-meeting-reminder': {
      subject:
        'Nodyn atgoffa: cyfarfod cynllunio, {{ date.planningMeeting }}, {{ planningMeetingTime }} ({{ inspectionRef }})',
      body: `
Dyma nodyn i’ch atgoffa am gyfarfod cynllunio arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- Dyddiad: {{ date.planningMeeting }}
- Amser: {{ planningMeetingTime }}
- Lleoliad: o bell, ar Microsoft Teams
- Cadeirydd: {{ people.lead }}, arolygydd arweiniol

Yn y cyfarfod, bydd yr arolygydd arweiniol yn esbonio sut mae’r arolygiad yn gweithio, y sampl o achosion, y dystiolaeth ymlaen llaw sydd ei hangen arnom a sut i gael mynediad i’r sianel Microsoft Teams. Bydd yr arolygydd arweiniol hefyd yn cadarnhau dyddiadau allweddol y gwaith maes.

{% if people.spoc %}
Rydym yn disgwyl i {{ people.spoc }}, yr un pwynt cyswllt (SPOC), fod yn bresennol. Mae croeso i chi wahodd eraill a fydd yn helpu i gynllunio’r arolygiad, fel y Pennaeth Diogelu’r Cyhoedd neu benaethiaid yr Unedau Cyflawni Prawf (PDUs).
{% else %}
Nid ydym wedi cael gwybod eto pwy yw’r un pwynt cyswllt (SPOC). Rhowch wybod i ni drwy anfon e-bost i {{ mailbox }} cyn y cyfarfod.
{% endif %}
`,
    },
    'deadline-reminder': {
      subject: 'Nodyn atgoffa: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
Dyma nodyn i’ch atgoffa am ddyddiad cau ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- {{ deadline.title }}: {{ deadline.date }}

{% if deadline.workingDaysLeft == 0 %}
Mae’r dyddiad cau heddiw.
{% elif deadline.workingDaysLeft == 1 %}
Mae un diwrnod gwaith ar ôl.
{% else %}
Mae {{ deadline.workingDaysLeft }} o ddiwrnodau gwaith ar ôl.
{% endif %}
Gofynnwn i chi {{ deadline.action }} erbyn {{ deadline.date }}.

Os ydych eisoes wedi gwneud hyn, diolch i chi: nid oes angen i chi wneud dim byd arall. Os oes gennych unrhyw gwestiynau, anfonwch e-bost i {{ mailbox }}.
`,
    },
    'deadline-overdue': {
      subject: 'Wedi mynd heibio: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
Mae’r dyddiad cau canlynol ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi mynd heibio:

- {{ deadline.title }}: {{ deadline.date }}

Nid ydym wedi cofnodi bod hyn wedi dod i law. Gofynnwn i chi {{ deadline.action }} cyn gynted â phosibl. Os na allwch wneud hyn, neu os ydych yn credu eich bod eisoes wedi’i wneud, cysylltwch â’r arolygydd arweiniol, {{ people.lead }}, neu anfonwch e-bost i {{ mailbox }}.

Mae’r arolygydd arweiniol yn cael copi o’r e-bost hwn.
`,
    },
    'deadline-escalation': {
      subject: 'Uwchgyfeirio: {{ deadline.title }} ({{ inspectionRef }})',
      body: `
Mae dyddiad cau ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) yn dal heb ei fodloni:

- {{ deadline.title }}: {{ deadline.date }}

{% if deadline.workingDaysLate == 1 %}
Mae un diwrnod gwaith wedi mynd heibio ers y dyddiad cau.
{% else %}
Mae {{ deadline.workingDaysLate }} o ddiwrnodau gwaith wedi mynd heibio ers y dyddiad cau.
{% endif %}
Mae’r mater wedi’i uwchgyfeirio atoch chi, fel Pennaeth Rhaglen Arolygu Prawf, er mwyn i chi weithredu.

Yr arolygydd arweiniol yw {{ people.lead }}.
{% if people.spoc %}
Un pwynt cyswllt (SPOC) y rhanbarth yw {{ people.spoc }}.
{% endif %}

Gallwch weld yr arolygiad yn {{ inspectionUrl }}.
`,
    },
    'planning-notes-reminder': {
      subject:
        'Nodyn atgoffa: nodiadau’r cyfarfod cynllunio erbyn {{ date.planningNotesIssued }} ({{ inspectionRef }})',
      body: `
Dyma nodyn i’ch atgoffa bod angen anfon nodiadau cyfarfod cynllunio arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- Cyfarfod cynllunio: {{ date.planningMeeting }}
- Anfon y nodiadau erbyn: {{ date.planningNotesIssued }}

{% if people.spoc %}
Anfonwch gopi o’r nodiadau at yr un pwynt cyswllt (SPOC), {{ people.spoc }}, ac at unrhyw un arall sydd eu hangen.
{% else %}
Anfonwch gopi o’r nodiadau at yr un pwynt cyswllt (SPOC) ac at unrhyw un arall sydd eu hangen. Nid yw’r rhanbarth wedi enwi ei SPOC eto: holwch yr arolygydd arweiniol, {{ people.lead }}.
{% endif %}

Gallwch weld yr arolygiad yn {{ inspectionUrl }}.
`,
    },
    'week-two-schedule': {
      subject: 'Amserlen ddrafft ar gyfer ail wythnos y gwaith maes wedi’i rhannu ({{ inspectionRef }})',
      body: `
Mae’r arolygydd arweiniol, {{ people.lead }}, wedi cofnodi bod yr amserlen ddrafft ar gyfer ail wythnos gwaith maes arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi’i rhannu â chi ar {{ recorded.on }}. Nid yw’r amserlen ei hun yn cael ei hanfon yn yr e-bost hwn: os nad ydych wedi’i chael, anfonwch e-bost i {{ mailbox }}.

- Yr ail wythnos: rhwng {{ fieldwork.weekTwoFrom }} a {{ fieldwork.weekTwoTo }}

{% if fieldwork.weekTwoStartsOnMonday %}
Bydd y tîm arolygu ar y safle o brynhawn dydd Llun ymlaen. Ar ddechrau’r wythnos,
{% else %}
Bydd y tîm arolygu ar y safle o {{ fieldwork.weekTwoFrom }} ymlaen. Ar ddechrau’r wythnos,
{% endif %} bydd yr arolygydd arweiniol yn rhannu prif ganfyddiadau’r arolygiadau achosion â’r Cyfarwyddwr Prawf Rhanbarthol.

Mae’r cyfarfodydd canlynol wedi’u pennu:

- {{ fieldwork.weekTwoFirstDay }}: y Cyfarwyddwr Prawf Rhanbarthol a’r Pennaeth Gweithrediadau, gan gynnwys adborth o’r arolygiadau achosion
- {{ fieldwork.weekTwoSecondDay }}: y Pennaeth Diogelu’r Cyhoedd
- {{ fieldwork.weekTwoSecondDay }}: penaethiaid yr Unedau Cyflawni Prawf (PDUs)

Gwiriwch yr amserlen ddrafft a rhowch wybod i ni am unrhyw broblemau cyn gynted â phosibl drwy anfon e-bost i {{ mailbox }}.
`,
    },
    'fieldwork-start': {
      subject: 'Dechrau’r gwaith maes: {{ date.fieldworkWeek1Start }} ({{ inspectionRef }})',
      body: `
Dyma fanylion wythnos gyntaf gwaith maes arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}). Bydd yn cael ei chynnal o bell, ar Microsoft Teams:

- Dechrau: {{ date.fieldworkWeek1Start }}
- Gorffen: {{ fieldwork.weekOneTo }}

## Sesiwn friffio gan uwch dîm arwain y rhanbarth

Bydd y gwaith maes yn dechrau gyda sesiwn friffio gan y Cyfarwyddwr Prawf Rhanbarthol ac aelodau allweddol o’r uwch dîm arwain. Dylai’r sesiwn ymdrin â chyd-destun a strwythur trefniadau diogelu’r cyhoedd yn y rhanbarth, a phrif gyflawniadau a heriau’r rhanbarth. Dylai’r sesiwn bara hyd at 45 munud, gyda 30 munud arall ar gyfer cwestiynau a thrafodaeth.

Anfonwch gopi electronig o’r cyflwyniad (Word, PowerPoint neu PDF) at yr arolygydd arweiniol, {{ people.lead }}.

## Arolygu achosion

Yn ystod yr wythnos, bydd arolygwyr yn arolygu’r sampl o achosion ac yn cyfweld ag ymarferwyr prawf ar Microsoft Teams. Bydd pob cyfweliad yn para hyd at 60 munud, ar yr amseroedd a nodir yn amserlen y cyfweliadau ag ymarferwyr.

Os na all ymarferydd fod yn bresennol, rhowch wybod i’r arolygydd arweiniol cyn gynted â phosibl er mwyn i ni gytuno beth i’w wneud. Peidiwch â gofyn i ymarferwyr baratoi achosion ar gyfer yr arolygiad: nid oes angen gwneud hynny, a gall ychwanegu at eu straen.
`,
    },
    'follow-up-dates': {
      subject: 'Gweithgarwch dilynol: wythnos yn dechrau {{ date.followUpWeekStart }} ({{ inspectionRef }})',
      body: `
Ar ôl y gwaith maes, bydd yr arolygydd arweiniol ac aelodau eraill o staff yr Arolygiaeth yn dychwelyd i’r rhanbarth i gynnal gweithgarwch dilynol ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- Wythnos yn dechrau: {{ date.followUpWeekStart }}

Byddwn yn cynnal gweithdai gydag arweinwyr strategol a rheolwyr prawf. Gan ddefnyddio canfyddiadau’r arolygiad, byddwn yn rhannu sut mae arfer effeithiol yn edrych, yn nodi’r rhwystrau i gynnydd ac yn tynnu sylw at ffyrdd o wella atebolrwydd.

Anfonwch e-bost i {{ mailbox }} i roi gwybod i ni pa ddiwrnodau sy’n gyfleus i chi a phwy fydd yn bresennol.
`,
    },
    'draft-report-reminder': {
      subject: 'Nodyn atgoffa: drafft cyntaf yr adroddiad erbyn {{ date.draftReportDue }} ({{ inspectionRef }})',
      body: `
Dyma nodyn i’ch atgoffa bod angen drafft cyntaf yr adroddiad ar arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) bythefnos ar ôl diwedd y gwaith maes:

- Diwedd y gwaith maes: {{ date.fieldworkEnd }}
- Drafft cyntaf erbyn: {{ date.draftReportDue }}

Wedyn, bydd y drafft yn cael ei olygu dan gontract, yn cael ei olygu’n strategol gan bennaeth neu ddirprwy bennaeth y rhaglen ac yn cael ei adolygu gan y Prif Arolygydd, a bydd y tîm gwybodaeth a data yn gwirio’r ystadegau. Y dyddiad ar gyfer ei anfon i’r rhanbarth i wirio cywirdeb ffeithiol yw {{ date.factualAccuracySent }}.
{% if gate and gate.blocking.length > 0 %}

## Rhybuddion sefydliadol

Bydd y cyhoeddi’n cael ei ddal yn ôl nes bod sicrwydd wedi’i gael ar gyfer pob un o’r rhybuddion sefydliadol hyn a’i fod wedi’i nodi yn y system fel un a ddisgrifir yn yr adroddiad:

{% for item in gate.blocking %}
- {{ item.ref }}: {{ item.status }}{% if item.notInReport %}, heb ei nodi eto fel un a ddisgrifir yn yr adroddiad{% endif %}

{% endfor %}
{% endif %}
{% if gate and gate.openIndividual.length > 0 %}

## Rhybuddion unigol sydd yn dal ar agor

{% for item in gate.openIndividual %}
- {{ item.ref }}: {{ item.status }}
{% endfor %}
{% endif %}

Gallwch weld yr arolygiad yn {{ inspectionUrl }}.
`,
    },
    'factual-accuracy-check': {
      subject: 'Adroddiad drafft wedi’i anfon i wirio cywirdeb ffeithiol ({{ inspectionRef }})',
      body: `
Mae’r arolygydd arweiniol, {{ people.lead }}, wedi cofnodi bod yr adroddiad drafft ar arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi’i anfon atoch ar {{ recorded.on }} i chi wirio ei gywirdeb ffeithiol. Nid yw’r adroddiad ei hun yn cael ei anfon yn yr e-bost hwn: os nad ydych wedi’i gael, anfonwch e-bost i {{ mailbox }}.

Anfonwch eich sylwadau i {{ mailbox }} erbyn {{ date.factualAccuracyDue }}. Rhowch wybod i ni am unrhyw wallau ffeithiol, gyda thystiolaeth. Gallwch hefyd godi unrhyw bryderon am ein canfyddiadau ar yr adeg hon.

Y prif swyddog gweithredu sy’n gwneud y penderfyniad terfynol ar unrhyw anghydfod ynghylch cywirdeb ffeithiol.

Dyddiad cyhoeddi arfaethedig yr adroddiad yw {{ date.publication }}.
`,
    },
    publication: {
      subject: 'Cyhoeddi adroddiad arolygiad DIPP: {{ region }} ({{ inspectionRef }})',
      body: `
Mae’r adroddiad ar arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi’i gyhoeddi:

- Cyhoeddwyd: {{ recorded.on }}

Diolch i chi a’ch staff am eich help yn ystod yr arolygiad.

Bydd Pennaeth Rhaglen Arolygu Prawf, {{ people.headOfProgramme }}, yn cysylltu â chi i ofyn am eich adborth ar y ffordd y cynhaliwyd yr arolygiad.
`,
    },
    // The three notices below go to the inspectorate only, in English; the Welsh is there for completeness.
    'dates-changed-internal': {
      subject: 'Newidiadau i ddyddiadau’r arolygiad, cyn y cyhoeddiad ({{ inspectionRef }})',
      body: `
Mae dyddiadau arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi newid:

{% for change in changes %}
- {{ change.title }}: {{ change.from }} → {{ change.to }}
{% endfor %}

Nid yw’r rhanbarth wedi cael gwybod: nid yw’r arolygiad wedi’i gyhoeddi eto, a bydd y cyhoeddiad yn rhoi’r dyddiadau hyn i’r rhanbarth. Mae’r ffeil calendr sydd ynghlwm yn cynnwys y dyddiadau newydd.

## Dyddiadau allweddol

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

Gallwch weld yr arolygiad yn {{ inspectionUrl }}.
`,
    },
    'task-reminder': {
      subject: 'Nodyn atgoffa: {{ task.title }} ({{ inspectionRef }})',
      body: `
Dyma nodyn i’ch atgoffa bod y canlynol wedi’i gynllunio ar gyfer {{ task.date }} yn arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- {{ task.title }}

Pan fydd wedi’i wneud, cofnodwch hynny yn {{ inspectionUrl }}. Dim ond ar ôl iddo gael ei gofnodi y bydd y rhanbarth yn cael gwybod: nid oes dim yn cael ei anfon atynt ar y dyddiad arfaethedig.
`,
    },
    'task-overdue': {
      subject: 'Hwyr: {{ task.title }} ({{ inspectionRef }})',
      body: `
Nid yw’r canlynol, a gynlluniwyd ar gyfer {{ task.date }} yn arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), wedi’i gofnodi fel un a wnaed:

- {{ task.title }}

{% if task.workingDaysLate == 1 %}
Mae’n 1 diwrnod gwaith yn hwyr.
{% else %}
Mae’n {{ task.workingDaysLate }} diwrnod gwaith yn hwyr.
{% endif %}
Os yw wedi’i wneud, cofnodwch hynny yn {{ inspectionUrl }}: dim ond ar ôl iddo gael ei gofnodi y bydd y rhanbarth yn cael gwybod. Os na ellir ei wneud, cytunwch ar ddyddiadau newydd.

Mae Pennaeth Rhaglen Arolygu Prawf, {{ people.headOfProgramme }}, yn cael gwybod am hyn.
`,
    },
    'case-sample-ready': {
      subject: 'Sampl o achosion ac amserlen y cyfweliadau yn barod ({{ inspectionRef }})',
      body: `
Mae’r sampl o achosion ac amserlen dros dro y cyfweliadau ag ymarferwyr ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) yn barod. Mewngofnodwch i’w gweld a’u lawrlwytho yn {{ caseSample.url }}.

Er mwyn diogelu data personol, nid ydynt byth yn cael eu hanfon yn y negeseuon e-bost hyn.

Erbyn {{ date.scheduleChangeDeadline }} gallwch ofyn, yn y gwasanaeth, i symud cyfweliad, am rywun yn lle ymarferydd na all ddod, neu i eithrio achos. Bydd yr arolygydd arweiniol yn penderfynu ar bob cais.
`,
    },
    'case-sample-reminder': {
      subject: 'Nid yw’r sampl o achosion yn barod ({{ inspectionRef }})',
      body: `
Nid yw’r sampl o achosion ac amserlen dros dro y cyfweliadau ag ymarferwyr ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) yn barod. Dywedodd cyhoeddiad {{ date.announcement }} wrth y rhanbarth y byddent yn dilyn, ac mae’r rhanbarth yn aros amdanynt.

Beth sydd ar goll:

{% for item in caseSample.missing %}
- {{ item }}
{% endfor %}

Cwblhewch y sampl yn {{ caseSample.url }}. Bydd y rhanbarth yn cael gwybod pan fydd yn barod.
`,
    },
    'sample-change-requested': {
      subject: 'Mae’r rhanbarth yn gofyn am newid i’r sampl o achosion ({{ inspectionRef }})',
      body: `
Mae’r rhanbarth wedi gofyn am newid i’r sampl o achosion neu i amserlen y cyfweliadau ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}). Nid yw’r cais yn cael ei anfon yn y neges e-bost hon.

Penderfynwch arno yn {{ caseSample.url }}. Bydd y rhanbarth yn cael gwybod am eich penderfyniad.
`,
    },
    'sample-change-decided': {
      subject: 'Mae penderfyniad wedi’i wneud ar eich cais am y sampl o achosion ({{ inspectionRef }})',
      body: `
Mae’r arolygydd arweiniol, {{ people.lead }}, wedi penderfynu ar eich cais am y sampl o achosion neu amserlen y cyfweliadau ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}).

Er mwyn diogelu data personol, nid yw’r penderfyniad yn cael ei anfon yn y neges e-bost hon: mewngofnodwch i’w weld, a’r sampl fel y mae nawr, yn {{ caseSample.url }}.
`,
    },
    'official-named': {
      subject: 'Chi yw’r {{ official.role }} ar gyfer {{ inspectionRef }} bellach',
      body: `
Chi yw’r {{ official.role }} ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) bellach{% if official.replacing %}, yn lle {{ official.replacing }}{% endif %}. O hyn ymlaen bydd hysbysiadau’r arolygiad i’r {{ official.role }} yn dod atoch chi, a gallwch weld yr arolygiad wrth fewngofnodi yn {{ inspectionUrl }}.

Mae’r dyddiadau allweddol isod, ac yn y ffeil calendr sydd ynghlwm.

## Dyddiadau allweddol

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

Os oes gennych unrhyw gwestiynau, anfonwch neges e-bost at {{ mailbox }}.
`,
    },
    'official-replaced': {
      subject: 'Nid chi yw’r {{ official.role }} ar gyfer {{ inspectionRef }} mwyach',
      body: `
{{ official.name }} yw’r {{ official.role }} ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) bellach, yn eich lle chi. O hyn ymlaen bydd hysbysiadau’r arolygiad i’r {{ official.role }} yn mynd atyn nhw, ac nid yw’r arolygiad ymhlith eich rhai chi yn y gwasanaeth mwyach.

Os yw hyn yn gamgymeriad, anfonwch neges e-bost at {{ mailbox }}.
`,
    },
    'contact-named': {
      subject: 'Chi yw’r {{ official.role }} ar gyfer yr arolygiad bellach ({{ inspectionRef }})',
      body: `
Chi yw’r {{ official.role }} ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) bellach{% if official.replacing %}, yn lle {{ official.replacing }}{% endif %}. O hyn ymlaen bydd yr hyn a anfonwn at y rhanbarth am yr arolygiad yn dod atoch chi.

Mae’r dyddiadau allweddol isod, ac yn y ffeil calendr sydd ynghlwm. Mewngofnodwch yn {{ inspectionUrl }} i weld yr arolygiad ac ateb yr hyn a ofynnir i’r rhanbarth.

## Dyddiadau allweddol

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

Os oes gennych unrhyw gwestiynau, anfonwch neges e-bost at {{ mailbox }}.
`,
    },
    'contact-replaced': {
      subject: 'Nid chi yw’r {{ official.role }} ar gyfer yr arolygiad mwyach ({{ inspectionRef }})',
      body: `
{{ official.name }} yw’r {{ official.role }} ar gyfer arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) bellach, yn eich lle chi. O hyn ymlaen bydd yr hyn a anfonwn at y rhanbarth am yr arolygiad yn mynd atyn nhw.

Os yw hyn yn gamgymeriad, anfonwch neges e-bost at {{ mailbox }}.
`,
    },
    'dates-changed': {
      subject: 'Newidiadau i ddyddiadau’r arolygiad ({{ inspectionRef }})',
      body: `
Mae dyddiadau arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) wedi newid:

{% for change in changes %}
- {{ change.title }}: {{ change.from }} → {{ change.to }}
{% endfor %}

Mae’r dyddiadau allweddol isod, a’r ffeil calendr sydd ynghlwm, yn disodli unrhyw ddyddiadau a anfonwyd atoch o’r blaen. Nid yw nodiadau atgoffa a anfonwyd yn gynharach am yr hen ddyddiadau yn berthnasol mwyach.

## Dyddiadau allweddol

{% for item in keyDates %}
- {{ item.title }}: {{ item.date }}
{% endfor %}

Os oes gennych unrhyw gwestiynau, anfonwch e-bost i {{ mailbox }}.
`,
    },
  },

  milestoneTitles: MILESTONE_NAMES.cy,

  // Each follows "Gofynnwn i chi …" and starts with a verb that soft mutation leaves unchanged.
  deadlineActions: {
    orgStructureDue:
      'anfon y siart strwythur sefydliadol, manylion cyswllt yr arweinwyr, argaeledd staff allweddol yn ystod y gwaith maes ac unrhyw ystyriaethau amrywiaeth i’r blwch post arolygiadau',
    scheduleChangeDeadline:
      'anfon unrhyw geisiadau i newid amserlen y gwaith maes, a rhoi gwybod i ni am unrhyw achosion y gallai fod angen eu heithrio',
    evidenceDeadline: 'lanlwytho’r holl dystiolaeth ymlaen llaw i’r sianel Microsoft Teams',
    factualAccuracyDue: 'anfon eich sylwadau ar gywirdeb ffeithiol yr adroddiad drafft i’r blwch post arolygiadau',
  },

  alertWords: alertWordsCy,

  regionNames: {
    'North East': 'Gogledd-ddwyrain Lloegr',
    'North West': 'Gogledd-orllewin Lloegr',
    'Yorkshire and the Humber': 'Swydd Efrog a’r Humber',
    'Greater Manchester': 'Manceinion Fwyaf',
    'East Midlands': 'Dwyrain Canolbarth Lloegr',
    'West Midlands': 'Gorllewin Canolbarth Lloegr',
    'East of England': 'Dwyrain Lloegr',
    'Kent, Surrey and Sussex': 'Caint, Surrey a Sussex',
    London: 'Llundain',
    'South West': 'De-orllewin Lloegr',
    'South Central': 'De Canol Lloegr',
    Wales: 'Cymru',
  },

  layout: {
    greeting: 'Annwyl {{ name }},',
    signOff: 'Yn gywir,',
    inspectorate: 'Arolygiaeth Prawf EF',
    automated:
      'Anfonwyd yr hysbysiad hwn yn awtomatig gan system arolygu DIPP. Anfonwch unrhyw ateb i flwch post arolygiadau Arolygiaeth Prawf EF.',
  },
};
