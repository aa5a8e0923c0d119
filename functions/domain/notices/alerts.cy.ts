import type { AlertNoticeKind } from './catalogue.js';
import type { AlertWords, LanguagePack } from './view.js';

/**
 * Welsh wording of the alert notices. Never the case, nor what the inspector wrote: only the
 * alert's reference, the inspection, the deadlines and the link to the alert in the system.
 *
 * As in cy.ts, values from the view go where Welsh needs no mutation of them: after "erbyn",
 * "yw", "fel", "mae angen" / "roedd angen", a colon, in brackets, or as the object of a verb-noun
 * ("wedi codi {{ alert.type }}"). "Rhybudd" (alert) is masculine and written out in the templates, so its own mutations are in the text:
 * "am rybudd", "ar rybudd". An escalation role follows "at y": both roles start with a consonant
 * and are masculine ("y Pennaeth …", "y Prif Arolygydd …"), so after the article they keep their
 * radical form. Keep Nunjucks block tags on lines of their own (trimBlocks).
 *
 * Only alert-raised, alert-reminder, alert-more-evidence, alert-overdue and alert-closed go to the region (and so to
 * Wales in Welsh); the others go to the inspectorate in English but are kept here as equals.
 */
export const alertTemplatesCy: Pick<LanguagePack['templates'], AlertNoticeKind> = {
  'alert-to-confirm': {
    subject: 'Rhybudd {{ alert.ref }} i’w gadarnhau ({{ inspectionRef }})',
    body: `
Mae arolygydd, {{ alert.raisedBy }}, wedi codi {{ alert.type }} yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}):

- Cyfeirnod y rhybudd: {{ alert.ref }}
- Math: {{ alert.type }}
- Categori: {{ alert.category }}
- Arolygydd: {{ alert.raisedBy }}

Fel arolygydd arweiniol, gofynnwn i chi adolygu’r rhybudd a naill ai ei gadarnhau neu ei dynnu’n ôl. Ni fydd y rhanbarth yn cael gwybod am y rhybudd nes i chi ei gadarnhau; pan fyddwch yn gwneud hynny, bydd yn cael gwybod ar unwaith. Mae rhybudd yn ymwneud â risg sylweddol sydd ar fin digwydd, felly gwnewch hyn cyn gynted â phosibl.

Gallwch weld manylion y rhybudd, a’i gadarnhau neu ei dynnu’n ôl, drwy fewngofnodi yn {{ alert.url }}. Mae’r manylion yn cael eu cadw yn y system: nid ydynt yn cael eu hanfon drwy e-bost.
`,
  },
  'alert-raised': {
    subject: 'Rhybudd {{ alert.ref }}: mae angen gweithredu ({{ inspectionRef }})',
    body: `
Yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), mae’r tîm arolygu wedi codi {{ alert.type }} ({{ alert.category }}). Mae’r arolygydd arweiniol wedi’i gadarnhau, ac rydym yn rhoi gwybod i chi amdano ar unwaith.

- Cyfeirnod y rhybudd: {{ alert.ref }}
- Math: {{ alert.type }}
- Categori: {{ alert.category }}

Rydym yn codi rhybudd pan fyddwn yn canfod risg sylweddol sydd ar fin digwydd y mae angen rhoi sylw iddi ar unwaith. Nid Arolygiaeth Prawf EF sy’n rheoli’r risg: rhaid i’r rhanbarth weithredu arni. Byddwn yn gofyn am dystiolaeth sy’n rhoi sicrwydd i ni bod y camau wedi’u cymryd.

## Manylion y rhybudd

Er mwyn diogelu data personol, nid yw manylion y rhybudd yn cael eu hanfon drwy e-bost. Mewngofnodwch yn {{ alert.url }} i’w gweld. Maent yn nodi:

{% if not alert.organisational %}
- yr achos dan sylw, drwy ei gyfeirnod
{% endif %}
- beth allai ddigwydd os na chymerir camau
- pa mor ddifrifol yw’r risg, ac a yw ar fin digwydd
- y camau rydym yn gofyn i chi eu cymryd

## Beth sydd ei angen arnom gennych chi

{% if alert.acknowledgeBy %}
- Erbyn {{ alert.acknowledgeBy }}: cydnabod y rhybudd yn y system.
{% else %}
- Cyn gynted â phosibl: cydnabod y rhybudd yn y system.
{% endif %}
{% if alert.evidenceBy %}
- Erbyn {{ alert.evidenceBy }}: anfon tystiolaeth o’r camau a gymerwyd, drwy’r system.
{% else %}
- Cyn gynted â phosibl: anfon tystiolaeth o’r camau a gymerwyd, drwy’r system.
{% endif %}

Peidiwch ag anfon manylion achosion na thystiolaeth drwy e-bost. Os na fydd y rhybudd wedi’i gydnabod, neu os na fydd y dystiolaeth wedi dod i law, erbyn y dyddiadau hyn, bydd y rhybudd yn cael ei uwchgyfeirio at y Pennaeth Rhaglen Arolygu Prawf ac yna at y Prif Arolygydd Prawf.

{% if alert.organisational %}
Gan mai rhybudd sefydliadol yw hwn, bydd yr adroddiad cyhoeddedig ar yr arolygiad yn nodi iddo gael ei godi.

{% endif %}
Os oes gennych unrhyw gwestiynau, cysylltwch â’r arolygydd arweiniol, {{ people.lead }}.
`,
  },
  'alert-reminder': {
    subject:
      "Atgoffa {% if alert.deadline.of == 'acknowledgement' %}i gydnabod{% else %}am dystiolaeth{% endif %}: rhybudd {{ alert.ref }} ({{ inspectionRef }})",
    body: `
Dyma nodyn i’ch atgoffa am rybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}): mae angen {{ alert.deadline.what }} erbyn {{ alert.deadline.by }}.

{% if alert.deadline.of == 'acknowledgement' %}
Gofynnwn i chi gydnabod y rhybudd drwy fewngofnodi yn {{ alert.url }}.
{% else %}
Gofynnwn i chi anfon tystiolaeth o’r camau a gymerwyd drwy fewngofnodi yn {{ alert.url }}.
{% endif %}
Mae manylion y rhybudd yno hefyd: nid ydynt yn cael eu hanfon drwy e-bost.

Os ydych eisoes wedi gwneud hyn, diolch i chi: nid oes angen i chi wneud dim byd arall. Os na fydd wedi dod i law erbyn {{ alert.deadline.by }}, bydd y rhybudd yn cael ei uwchgyfeirio at y Pennaeth Rhaglen Arolygu Prawf.
`,
  },
  'alert-overdue': {
    subject: 'Dyddiad cau wedi mynd heibio: rhybudd {{ alert.ref }} ({{ inspectionRef }})',
    body: `
Ar gyfer rhybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), roedd angen {{ alert.deadline.what }} erbyn {{ alert.deadline.by }}. Nid yw wedi dod i law.

{% if alert.escalatedTo %}
Mae’r rhybudd wedi’i uwchgyfeirio at y {{ alert.escalatedTo.role }} ({{ alert.escalatedTo.name }}).
{% else %}
Mae rhybuddion nad ydynt yn cael eu hateb yn cael eu huwchgyfeirio at y Pennaeth Rhaglen Arolygu Prawf ac yna at y Prif Arolygydd Prawf.
{% endif %}

Mae rhybudd yn ymwneud â risg sylweddol sydd ar fin digwydd: gweithredwch nawr.
{% if alert.deadline.of == 'acknowledgement' %}
Gofynnwn i chi gydnabod y rhybudd, ac anfon tystiolaeth o’r camau a gymerwyd, drwy fewngofnodi yn {{ alert.url }}.
{% else %}
Gofynnwn i chi anfon tystiolaeth o’r camau a gymerwyd drwy fewngofnodi yn {{ alert.url }}.
{% endif %}

Os na allwch wneud hyn, neu os ydych yn credu eich bod eisoes wedi’i wneud, cysylltwch â’r arolygydd arweiniol, {{ people.lead }}, ar unwaith. Mae’r arolygydd arweiniol yn cael copi o’r e-bost hwn.
`,
  },
  'alert-escalated': {
    subject: 'Uwchgyfeirio: rhybudd {{ alert.ref }} ({{ inspectionRef }})',
    body: `
Ar gyfer rhybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), mae’r rhanbarth wedi methu’r dyddiad cau canlynol:

- Rhybudd: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})
- Heb ddod i law: {{ alert.deadline.what }}
- Dyddiad cau: {{ alert.deadline.by }}

Mae’r mater wedi’i uwchgyfeirio atoch chi, fel {{ alert.escalatedTo.role }}, er mwyn i chi weithredu. Rydym hefyd yn rhoi gwybod i’r rhanbarth fod y dyddiad cau wedi mynd heibio.

Gallwch weld y rhybudd, a’r hyn y mae’r rhanbarth wedi’i wneud hyd yma, drwy fewngofnodi yn {{ alert.url }}. Mae ei fanylion yn cael eu cadw yno: nid ydynt yn cael eu hanfon drwy e-bost.

Mae’r arolygydd arweiniol, {{ people.lead }}, yn cael copi o’r e-bost hwn.
`,
  },
  'alert-evidence-submitted': {
    subject: 'Tystiolaeth wedi’i chyflwyno: rhybudd {{ alert.ref }} ({{ inspectionRef }})',
    body: `
Mae rhanbarth {{ region }} wedi cyflwyno tystiolaeth o’r camau y mae wedi’u cymryd ar rybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP y rhanbarth (cyfeirnod {{ inspectionRef }}).

- Rhybudd: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})

Gofynnwn i chi adolygu’r dystiolaeth drwy fewngofnodi yn {{ alert.url }}. Os yw’n rhoi sicrwydd i chi bod y camau wedi’u cymryd, cofnodwch fod gennych sicrwydd, gyda nodyn o’r hyn a roddodd sicrwydd i chi: bydd hyn yn cau’r rhybudd. Os nad yw, gofynnwch i’r rhanbarth am ragor o dystiolaeth yn y system, gan nodi beth sydd ei angen ac erbyn pryd.

{% if alert.organisational %}
Rhybudd sefydliadol yw hwn: ni ellir cyhoeddi’r adroddiad nes bod sicrwydd wedi’i gofnodi ar ei gyfer a’i fod wedi’i farcio fel un a ddisgrifir yn yr adroddiad.
{% endif %}
`,
  },
  'alert-more-evidence': {
    subject: 'Mae angen rhagor o dystiolaeth: rhybudd {{ alert.ref }} ({{ inspectionRef }})',
    body: `
Mae’r arolygydd arweiniol wedi adolygu’r dystiolaeth a anfonwyd gennych ar gyfer rhybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), ac mae angen rhagor arno cyn y gall fod yn fodlon bod y camau y gofynnwyd amdanynt wedi’u cymryd.

- Rhybudd: {{ alert.ref }} ({{ alert.type }}, {{ alert.category }})
{% if alert.evidenceBy %}
- Rhagor o dystiolaeth erbyn: {{ alert.evidenceBy }}
{% endif %}

Mae’r hyn sydd ei angen wedi’i nodi yn y system: mewngofnodwch yn {{ alert.url }} i’w ddarllen ac i anfon y dystiolaeth. Peidiwch ag anfon manylion achosion na thystiolaeth drwy e-bost.

Os na fydd wedi dod i law erbyn hynny, bydd y rhybudd yn cael ei uwchgyfeirio at y Pennaeth Rhaglen Arolygu Prawf. Os oes gennych unrhyw gwestiynau, cysylltwch â’r arolygydd arweiniol, {{ people.lead }}.
`,
  },
  'alert-confirm-reminder': {
    subject: 'Nodyn atgoffa: mae rhybudd {{ alert.ref }} yn aros i chi ei gadarnhau ({{ inspectionRef }})',
    body: `
Mae rhybudd {{ alert.ref }} ({{ alert.type }}, {{ alert.category }}), a godwyd gan {{ alert.raisedBy }} yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), yn dal i aros i chi ei gadarnhau neu ei dynnu’n ôl.

Nid yw’r rhanbarth wedi cael gwybod amdano: bydd yn cael gwybod dim ond pan fyddwch yn ei gadarnhau. Mae rhybudd yn ymwneud â risg sylweddol sydd ar fin digwydd, felly penderfynwch nawr drwy fewngofnodi yn {{ alert.url }}.
`,
  },
  'alert-review-reminder': {
    subject:
      'Nodyn atgoffa: mae tystiolaeth ar gyfer rhybudd {{ alert.ref }} yn aros i chi ei hadolygu ({{ inspectionRef }})',
    body: `
Nodyn atgoffa yw hwn, nid cyflwyniad newydd. Anfonodd rhanbarth {{ region }} dystiolaeth ar gyfer rhybudd {{ alert.ref }} ({{ alert.type }}, {{ alert.category }}), a godwyd yn ystod arolygiad DIPP y rhanbarth (cyfeirnod {{ inspectionRef }}), ac nid yw wedi’i hadolygu eto.

Mewngofnodwch yn {{ alert.url }} a naill ai cofnodwch fod gennych sicrwydd, gyda nodyn o’r hyn a roddodd sicrwydd i chi, neu gofynnwch i’r rhanbarth am ragor o dystiolaeth erbyn dyddiad cau newydd.
`,
  },
  'alert-closed': {
    subject: 'Rhybudd {{ alert.ref }} wedi’i gau ({{ inspectionRef }})',
    body: `
Mae rhybudd {{ alert.ref }}, a godwyd yn ystod arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}), bellach wedi’i gau.

{% if alert.outcome == 'assured' %}
Mae’r arolygydd arweiniol wedi adolygu’r dystiolaeth a anfonwyd gennych ac mae’n fodlon, ar sail y dystiolaeth honno, fod y camau y gofynnwyd amdanynt wedi’u cymryd. Diolch i chi am weithredu ar y rhybudd.
{% elif alert.outcome == 'withdrawn' %}
Mae’r arolygydd arweiniol wedi tynnu’r rhybudd yn ôl. Nid oes angen i chi gymryd unrhyw gamau pellach arno.
{% else %}
Nid oes angen i chi gymryd unrhyw gamau pellach arno.
{% endif %}

{% if alert.organisational and alert.outcome == 'assured' %}
Gan mai rhybudd sefydliadol oedd hwn, bydd yr adroddiad cyhoeddedig ar yr arolygiad yn nodi iddo gael ei godi.

{% endif %}
Gallwch weld y rhybudd o hyd drwy fewngofnodi yn {{ alert.url }}. Os oes gennych unrhyw gwestiynau, cysylltwch â’r arolygydd arweiniol, {{ people.lead }}.
`,
  },
  'publication-blocked': {
    subject: 'Cyhoeddi wedi’i ohirio: rhybuddion i’w datrys ({{ inspectionRef }})',
    body: `
Dyddiad cyhoeddi arfaethedig yr adroddiad ar arolygiad DIPP rhanbarth {{ region }} (cyfeirnod {{ inspectionRef }}) yw {{ date.publication }}. Mae cyhoeddi’r adroddiad wedi’i ohirio nes bod sicrwydd wedi’i gael ar gyfer pob rhybudd sefydliadol a godwyd yn ystod yr arolygiad, a bod pob un wedi’i farcio fel un a ddisgrifir yn yr adroddiad.

## Rhybuddion sefydliadol sy’n atal cyhoeddi’r adroddiad ({{ gate.blocking.length }})

{% for item in gate.blocking %}
{% if item.notAssured and item.notInReport %}
- {{ item.ref }} (statws: {{ item.status }}): heb sicrwydd eto, a heb ei farcio eto fel un a ddisgrifir yn yr adroddiad
{% elif item.notAssured %}
- {{ item.ref }} (statws: {{ item.status }}): heb sicrwydd eto
{% elif item.notInReport %}
- {{ item.ref }} (statws: {{ item.status }}): heb ei farcio eto fel un a ddisgrifir yn yr adroddiad
{% else %}
- {{ item.ref }} (statws: {{ item.status }})
{% endif %}
{% endfor %}

Ar gyfer pob un o’r rhain, mae angen tystiolaeth ar yr arolygydd arweiniol sy’n rhoi sicrwydd bod y rhanbarth wedi gweithredu, a rhaid i’r adroddiad nodi bod y rhybudd wedi’i godi. Cofnodwch y ddau beth yn y system.

{% if gate.openIndividual.length > 0 %}
## Rhybuddion unigol sydd yn dal ar agor

Nid yw’r rhain yn atal cyhoeddi’r adroddiad, ond maent wedi’u rhestru er sylw’r arolygydd arweiniol:

{% for item in gate.openIndividual %}
- {{ item.ref }} (statws: {{ item.status }})
{% endfor %}

{% endif %}
Gallwch weld y rhybuddion drwy fewngofnodi yn {{ inspectionUrl }}.
`,
  },
};

export const alertWordsCy: AlertWords = {
  // "Rhybudd" is masculine: adjectives after it keep their radical form.
  types: { individual: 'rhybudd unigol', organisational: 'rhybudd sefydliadol' },
  categories: {
    'risk-of-harm-to-others': 'risg o niwed i eraill',
    'risk-to-person-on-probation': 'risg i’r unigolyn ar brawf',
    'organisational-practice': 'arfer sefydliadol y mae angen rhoi sylw iddo ar unwaith',
  },
  // Nouns, used after "mae angen", "roedd angen" and a colon: no mutation.
  deadlineOf: { acknowledgement: 'cydnabyddiaeth o’r rhybudd', evidence: 'tystiolaeth o’r camau a gymerwyd' },
  escalationRoles: {
    headOfProgramme: 'Pennaeth Rhaglen Arolygu Prawf',
    chiefInspector: 'Prif Arolygydd Prawf',
  },
  // Status of an alert (masculine): shown after "statws:".
  statuses: {
    raised: 'wedi’i godi',
    confirmed: 'wedi’i gadarnhau',
    'region-notified': 'y rhanbarth wedi cael gwybod',
    acknowledged: 'wedi’i gydnabod',
    'evidence-submitted': 'tystiolaeth wedi’i chyflwyno',
    'more-evidence-requested': 'gofynnwyd am ragor o dystiolaeth',
    assured: 'sicrwydd wedi’i gael',
    withdrawn: 'wedi’i dynnu’n ôl',
  },
  // "am" before a time in digits: nothing to mutate.
  dateAtTime: '{{ date }} am {{ time }}',
};
