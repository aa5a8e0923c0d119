import type { reportEn } from './report.en.js';

/**
 * What the report rules and use cases say, in Welsh (see cy.ts). A number of days takes the
 * singular noun ("5 diwrnod gwaith"), so one and many are worded alike.
 */
export const reportCy: Record<keyof typeof reportEn, string> = {
  'report.stage.firstDraft': 'Ysgrifennu drafft cyntaf yr adroddiad',
  'report.stage.contractEditing': 'Golygu dan gontract (gramadeg ac arddull y tŷ)',
  'report.stage.strategicEditing': 'Golygu strategol (strwythur, cywirdeb ac ansawdd)',
  'report.stage.chiefInspectorReview': 'Adolygiad gan y Prif Arolygydd, ac yna mae’r drafft yn mynd at y rhanbarth',
  'report.stage.factualAccuracyCheck': 'Gwiriad cywirdeb ffeithiol gan y rhanbarth',
  'report.stage.statisticsCheck': 'Gwiriad ystadegau gan y tîm data a gwybodaeth',
  'report.stage.translation': 'Cyfieithu i’r Gymraeg',
  'report.stage.publication': 'Cyhoeddi’r adroddiad',
  'report.stage.feedbackRequest': 'Gofyn i’r SPOC neu’r RPD am adborth ar y modd y cynhaliwyd yr arolygiad',
  'report.dispute': 'Y penderfyniad ar yr anghydfod ynghylch cywirdeb ffeithiol',
  'report.notice.due': '{what}: mae’n ddyledus {due:date}',
  'report.notice.overdue': '{what}: roedd yn ddyledus {due:date} ac nid yw wedi’i gofnodi fel wedi’i wneud',
  'report.shortStage':
    '{stage}: {given} {given|diwrnod gwaith|diwrnod gwaith} rhwng {from:date} a {to:date}, nid y {wanted} y mae’r gosodiadau’n eu rhoi',
  'report.forecast.published': 'Cyhoeddwyd {date:date}: {plan}, {aim}',
  'report.forecast.forecast': 'Rhagwelir y cyhoeddi {date:date}: {plan}, {aim}',
  'report.forecast.onPlan': 'yn unol â’r cynllun ({date:date})',
  'report.forecast.afterPlan': '{days} {days|diwrnod gwaith|diwrnod gwaith} ar ôl y cynllun ({date:date})',
  'report.forecast.beforePlan': '{days} {days|diwrnod gwaith|diwrnod gwaith} cyn y cynllun ({date:date})',
  'report.forecast.onAim': 'yn unol â’r nod ({date:date})',
  'report.forecast.afterAim': '{days} {days|diwrnod gwaith|diwrnod gwaith} ar ôl y nod ({date:date})',
  'report.forecast.beforeAim': '{days} {days|diwrnod gwaith|diwrnod gwaith} cyn y nod ({date:date})',
  'report.realDate': 'rhaid rhoi dyddiad go iawn ar y ffurf BBBB-MM-DD',
  'report.stageId': 'rhaid iddo fod yn un o gamau’r adroddiad',
  'report.onlyFactualAccuracy': 'dim ond y gwiriad cywirdeb ffeithiol y gellir anghytuno ag ef',
  'report.say.why': 'rhaid dweud pam mae angen rownd arall ar y cam',
  'report.say.disputed': 'rhaid dweud beth y mae’r rhanbarth yn anghytuno ag ef',
  'report.say.decided': 'rhaid dweud beth a benderfynodd y prif swyddog gweithredu',
  'report.programme.onlyProgrammeStaff': 'dim ond gweinyddwyr a Phenaethiaid Rhaglen sy’n gweld y rhaglen gyfan',
  'report.programme.calendarName': 'Rhaglen DIPP',
};
