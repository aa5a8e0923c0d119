import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { fieldworkWeeksOf } from '../../functions/domain/fieldworkWeeks.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { MILESTONE_IDS, type MilestoneId } from '../../functions/domain/milestones.js';
import { buildView, type NoticeFacts } from '../../functions/domain/notices/buildView.js';
import {
  ALERT_NOTICE_KINDS,
  NOTICE_AUDIENCE,
  NOTICE_KINDS,
  type AlertNoticeKind,
  type NoticeKind,
  type RegionDeadlineId,
} from '../../functions/domain/notices/catalogue.js';
import { cy } from '../../functions/domain/notices/cy.js';
import { en } from '../../functions/domain/notices/en.js';
import { renderNotice, type Language, type RenderedNotice } from '../../functions/domain/notices/render.js';
import type { LanguagePack, NoticeView } from '../../functions/domain/notices/view.js';
import { REGION_NAMES } from '../../functions/domain/regions.js';

const PACKS: Record<Language, LanguagePack> = { cy, en };
const LANGUAGES: Language[] = ['cy', 'en'];

const DEADLINE_IDS = Object.keys({
  orgStructureDue: true,
  scheduleChangeDeadline: true,
  evidenceDeadline: true,
  factualAccuracyDue: true,
} satisfies Record<RegionDeadlineId, true>) as RegionDeadlineId[];

const DEADLINE_KINDS: NoticeKind[] = ['deadline-reminder', 'deadline-overdue', 'deadline-escalation'];

/** Every top-level key of NoticeView: `satisfies` fails to compile if the view gains or loses one. */
const VIEW_KEYS = Object.keys({
  region: true,
  inspectionRef: true,
  inspectionUrl: true,
  mailbox: true,
  people: true,
  date: true,
  title: true,
  planningMeetingTime: true,
  fieldwork: true,
  keyDates: true,
  deadline: true,
  changes: true,
  alert: true,
  gate: true,
  bounced: true,
  task: true,
  recorded: true,
  caseSample: true,
  official: true,
  reportStage: true,
} satisfies Record<keyof NoticeView, true>);

/** A name that must be escaped in HTML. */
const LEAD = 'Alex <b>& Morgan';
const REF = 'DIPP-WAL-2027-03-01';

// Fieldwork from Monday 1 March 2027: every milestone on its own date, written out per language.
const DATES: Record<Language, Record<MilestoneId, string> & { weekOneTo: string; moved: string }> = {
  en: {
    announcement: 'Monday 8 February 2027',
    orgStructureDue: 'Monday 15 February 2027',
    planningMeeting: 'Tuesday 16 February 2027',
    scheduleChangeDeadline: 'Wednesday 17 February 2027',
    planningNotesIssued: 'Thursday 18 February 2027',
    evidenceDeadline: 'Monday 22 February 2027',
    weekTwoScheduleShared: 'Friday 26 February 2027',
    fieldworkWeek1Start: 'Monday 1 March 2027',
    reviewWeekStart: 'Monday 8 March 2027',
    fieldworkWeek2Start: 'Monday 15 March 2027',
    fieldworkEnd: 'Friday 19 March 2027',
    draftReportDue: 'Friday 2 April 2027',
    followUpWeekStart: 'Monday 5 April 2027',
    factualAccuracySent: 'Friday 9 April 2027',
    factualAccuracyDue: 'Friday 23 April 2027',
    publication: 'Friday 14 May 2027',
    weekOneTo: 'Friday 5 March 2027',
    moved: 'Tuesday 23 February 2027',
  },
  cy: {
    announcement: 'dydd Llun 8 Chwefror 2027',
    orgStructureDue: 'dydd Llun 15 Chwefror 2027',
    planningMeeting: 'dydd Mawrth 16 Chwefror 2027',
    scheduleChangeDeadline: 'dydd Mercher 17 Chwefror 2027',
    planningNotesIssued: 'dydd Iau 18 Chwefror 2027',
    evidenceDeadline: 'dydd Llun 22 Chwefror 2027',
    weekTwoScheduleShared: 'dydd Gwener 26 Chwefror 2027',
    fieldworkWeek1Start: 'dydd Llun 1 Mawrth 2027',
    reviewWeekStart: 'dydd Llun 8 Mawrth 2027',
    fieldworkWeek2Start: 'dydd Llun 15 Mawrth 2027',
    fieldworkEnd: 'dydd Gwener 19 Mawrth 2027',
    draftReportDue: 'dydd Gwener 2 Ebrill 2027',
    followUpWeekStart: 'dydd Llun 5 Ebrill 2027',
    factualAccuracySent: 'dydd Gwener 9 Ebrill 2027',
    factualAccuracyDue: 'dydd Gwener 23 Ebrill 2027',
    publication: 'dydd Gwener 14 Mai 2027',
    weekOneTo: 'dydd Gwener 5 Mawrth 2027',
    moved: 'dydd Mawrth 23 Chwefror 2027',
  },
};

/** The same milestone dates as DATES, as the planner stores them. */
const ISO_DATES: Record<MilestoneId, string> = {
  announcement: '2027-02-08',
  orgStructureDue: '2027-02-15',
  planningMeeting: '2027-02-16',
  scheduleChangeDeadline: '2027-02-17',
  planningNotesIssued: '2027-02-18',
  evidenceDeadline: '2027-02-22',
  weekTwoScheduleShared: '2027-02-26',
  fieldworkWeek1Start: '2027-03-01',
  reviewWeekStart: '2027-03-08',
  fieldworkWeek2Start: '2027-03-15',
  fieldworkEnd: '2027-03-19',
  draftReportDue: '2027-04-02',
  followUpWeekStart: '2027-04-05',
  factualAccuracySent: '2027-04-09',
  factualAccuracyDue: '2027-04-23',
  publication: '2027-05-14',
};

const ALERT_REF = `${REF}-A1`;
const ALERT_URL = 'https://dipp.example.gov.uk/alerts/wal-2027-03-01-a1';
/** Greenwich Mean Time in early March: these instants are also the UK wall-clock times. */
const ACKNOWLEDGE_BY = new Date('2027-03-02T14:00:00Z');
const EVIDENCE_BY = new Date('2027-03-03T14:00:00Z');
const AT: Record<Language, { acknowledgeBy: string; evidenceBy: string }> = {
  en: { acknowledgeBy: 'Tuesday 2 March 2027 at 2pm', evidenceBy: 'Wednesday 3 March 2027 at 2pm' },
  cy: { acknowledgeBy: 'dydd Mawrth 2 Mawrth 2027 am 2yp', evidenceBy: 'dydd Mercher 3 Mawrth 2027 am 2yp' },
};

type AlertFacts = NonNullable<NoticeFacts['alert']>;

/** The facts of an inspection with an alert, as the alert workflow gives them to buildView. */
function alertFacts(alert: Partial<AlertFacts> = {}, gate?: NoticeFacts['gate']): NoticeFacts {
  const person = (name: string, email: string) => ({ name, email });
  return {
    region: 'Wales',
    inspectionRef: REF,
    inspectionUrl: `https://dipp.example.gov.uk/inspections/${REF}`,
    mailbox: 'probationinspections@hmiprobation.gov.uk',
    people: {
      lead: person(LEAD, 'alex.morgan@inspectorate.example'),
      isa: person('Jo Evans', 'jo.evans@inspectorate.example'),
      rpd: person('Chris Hughes', 'chris.hughes@region.example'),
      spoc: person('Dee Price', 'dee.price@region.example'),
      headOfProgramme: person('Pat Lewis', 'pat.lewis@inspectorate.example'),
    },
    dates: Object.fromEntries(MILESTONE_IDS.map((id) => [id, asLocalDate(ISO_DATES[id])])) as NoticeFacts['dates'],
    weeks: fieldworkWeeksOf(
      {
        fieldworkWeek1Start: asLocalDate(ISO_DATES.fieldworkWeek1Start),
        fieldworkWeek2Start: asLocalDate(ISO_DATES.fieldworkWeek2Start),
        fieldworkEnd: asLocalDate(ISO_DATES.fieldworkEnd),
      },
      englandAndWalesCalendar(),
    ),
    planningMeetingTime: '10:00',
    alert: {
      ref: ALERT_REF,
      type: 'organisational',
      category: 'organisational-practice',
      url: ALERT_URL,
      raisedBy: 'Sam Rees',
      acknowledgeBy: ACKNOWLEDGE_BY,
      evidenceBy: EVIDENCE_BY,
      deadline: { of: 'evidence', by: EVIDENCE_BY },
      escalatedTo: { role: 'headOfProgramme', name: 'Pat Lewis' },
      outcome: 'assured',
      ...alert,
    },
    gate: gate ?? {
      blocking: [
        { ref: `${REF}-A2`, status: 'evidence-submitted', notAssured: true, notInReport: true },
        { ref: `${REF}-A3`, status: 'assured', notAssured: false, notInReport: true },
        { ref: `${REF}-A5`, status: 'acknowledged', notAssured: true, notInReport: false },
      ],
      openIndividual: [{ ref: `${REF}-A4`, status: 'acknowledged' }],
    },
  };
}

/** A complete view in one language: every optional part present. */
function sampleView(lang: Language, deadlineId: RegionDeadlineId = 'evidenceDeadline', region = 'Wales'): NoticeView {
  const pack = PACKS[lang];
  const dates = DATES[lang];
  const alertView = buildView(alertFacts(), lang);
  const date = Object.fromEntries(MILESTONE_IDS.map((id) => [id, dates[id]])) as Record<MilestoneId, string>;
  return {
    region: pack.regionNames[region] as string,
    inspectionRef: REF,
    inspectionUrl: `https://dipp.example.gov.uk/inspections/${REF}`,
    mailbox: 'probationinspections@hmiprobation.gov.uk',
    people: {
      lead: LEAD,
      deputyLead: 'Sam Rees',
      isa: 'Jo Evans',
      rpd: 'Chris Hughes',
      spoc: 'Dee Price',
      headOfProgramme: 'Pat Lewis',
    },
    date,
    title: pack.milestoneTitles,
    planningMeetingTime: '10:00',
    fieldwork: {
      weekOneFrom: dates.fieldworkWeek1Start,
      weekOneTo: dates.weekOneTo,
      weekTwoFrom: dates.fieldworkWeek2Start,
      weekTwoTo: dates.fieldworkEnd,
      weekTwoFirstDay: lang === 'en' ? 'Monday' : 'Dydd Llun',
      weekTwoSecondDay: lang === 'en' ? 'Tuesday' : 'Dydd Mawrth',
      weekTwoStartsOnMonday: true,
    },
    task: { title: pack.milestoneTitles.weekTwoScheduleShared, date: dates.weekTwoScheduleShared, workingDaysLate: 2 },
    recorded: { on: dates.moved },
    caseSample: {
      ready: true,
      url: 'https://dipp.example/inspections/wales-2027-03-01/sample',
      missing: ['no long-list uploaded'],
    },
    reportStage: {
      line:
        lang === 'en'
          ? `Contract editing (grammar and house style) is due on ${dates.draftReportDue}`
          : `Golygu dan gontract (gramadeg ac arddull y tŷ): mae’n ddyledus ${dates.draftReportDue}`,
      forOwner: lang === 'en' ? 'contract editor' : 'golygydd dan gontract',
      workingDaysLate: 3,
    },
    official: {
      role: lang === 'en' ? 'single point of contact' : 'un pwynt cyswllt',
      name: 'Sam Spoc',
      replacing: 'Rae Former',
    },
    keyDates: MILESTONE_IDS.map((id) => ({ title: pack.milestoneTitles[id], date: dates[id] })),
    deadline: {
      id: deadlineId,
      title: pack.milestoneTitles[deadlineId],
      action: pack.deadlineActions[deadlineId],
      date: dates[deadlineId],
      workingDaysLeft: 3,
      workingDaysLate: 4,
    },
    changes: [{ title: pack.milestoneTitles.planningMeeting, from: dates.planningMeeting, to: dates.moved }],
    // The alert parts come from buildView, as the alert workflow makes them.
    alert: need(alertView.alert),
    gate: need(alertView.gate),
    bounced: {
      subject: `Reminder: evidence due (${REF})`,
      sentOn: dates.evidenceDeadline,
      recipients: 'spoc@probation.example',
      reason: 'Permanent: the mailbox does not exist',
    },
  };
}

function withoutSpoc(view: NoticeView): NoticeView {
  const people = { ...view.people };
  delete people.spoc;
  return { ...view, people };
}

function render(kind: NoticeKind, languages: { lang: Language; view: NoticeView }[]): RenderedNotice {
  return renderNotice({
    kind,
    languages: languages.map(({ lang, view }) => ({ lang, pack: PACKS[lang], view })),
    addressee: { cy: 'Cyfarwyddwr Prawf Rhanbarthol', en: 'Regional Probation Director' },
    signature: { cy: `${LEAD}, arolygydd arweiniol`, en: `${LEAD}, lead inspector` },
  });
}

const renderOne = (kind: NoticeKind, lang: Language, view: NoticeView = sampleView(lang)) =>
  render(kind, [{ lang, view }]);

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('sample view is incomplete');
  return value;
}

/** The dates (and times) each notice is about: all must appear in it. */
const DATES_ABOUT: Record<NoticeKind, (view: NoticeView) => string[]> = {
  announcement: (v) => [
    v.fieldwork.weekOneFrom,
    v.fieldwork.weekOneTo,
    v.fieldwork.weekTwoFrom,
    v.fieldwork.weekTwoTo,
    v.date.planningMeeting,
    v.planningMeetingTime,
    v.date.orgStructureDue,
    v.date.scheduleChangeDeadline,
    v.date.evidenceDeadline,
    ...v.keyDates.map((item) => item.date),
  ],
  'org-structure-request': (v) => [v.date.orgStructureDue],
  'planning-meeting-reminder': (v) => [v.date.planningMeeting, v.planningMeetingTime],
  'deadline-reminder': (v) => [need(v.deadline).date, String(need(v.deadline).workingDaysLeft)],
  'deadline-overdue': (v) => [need(v.deadline).date],
  'deadline-escalation': (v) => [need(v.deadline).date, String(need(v.deadline).workingDaysLate)],
  'planning-notes-reminder': (v) => [v.date.planningNotesIssued],
  'week-two-schedule': (v) => [v.fieldwork.weekTwoFrom, need(v.recorded).on],
  'fieldwork-start': (v) => [v.date.fieldworkWeek1Start],
  'follow-up-dates': (v) => [v.date.followUpWeekStart],
  'draft-report-reminder': (v) => [v.date.draftReportDue, v.date.fieldworkEnd],
  'factual-accuracy-check': (v) => [v.date.factualAccuracyDue, v.date.publication, need(v.recorded).on],
  publication: (v) => [need(v.recorded).on],
  'task-reminder': (v) => [need(v.task).date],
  'task-overdue': (v) => [need(v.task).date, String(need(v.task).workingDaysLate)],
  'case-sample-ready': (v) => [v.date.scheduleChangeDeadline],
  'case-sample-reminder': (v) => [v.date.announcement],
  'sample-change-requested': () => [],
  'sample-change-decided': () => [],
  'official-named': (v) => v.keyDates.map((item) => item.date),
  'contact-named': (v) => v.keyDates.map((item) => item.date),
  'official-replaced': () => [],
  'contact-replaced': () => [],
  'report-stage-reminder': (v) => [v.date.draftReportDue],
  'report-stage-overdue': (v) => [v.date.draftReportDue, String(need(v.reportStage).workingDaysLate)],
  'feedback-request': (v) => [need(v.recorded).on],
  'dates-changed-internal': (v) => [
    ...need(v.changes).flatMap((change) => [change.from, change.to]),
    ...v.keyDates.map((item) => item.date),
  ],
  'dates-changed': (v) => [
    ...need(v.changes).flatMap((change) => [change.from, change.to]),
    ...v.keyDates.map((item) => item.date),
  ],
  'alert-to-confirm': () => [],
  'alert-raised': (v) => [need(need(v.alert).acknowledgeBy), need(need(v.alert).evidenceBy)],
  'alert-reminder': (v) => [need(need(v.alert).deadline).by],
  'alert-overdue': (v) => [need(need(v.alert).deadline).by],
  'alert-escalated': (v) => [need(need(v.alert).deadline).by],
  'alert-evidence-submitted': () => [],
  'alert-more-evidence': (v) => [need(need(v.alert).evidenceBy)],
  'alert-confirm-reminder': () => [],
  'alert-review-reminder': () => [],
  'alert-closed': () => [],
  'publication-blocked': (v) => [v.date.publication],
  'notice-bounced': (v) => [need(v.bounced).sentOn],
};

/** Other things a notice must say, beyond its dates. */
const ALSO_SAYS: Partial<Record<NoticeKind, (view: NoticeView) => string[]>> = {
  announcement: (v) => [v.mailbox, v.inspectionUrl, v.people.isa],
  'org-structure-request': (v) => [v.mailbox],
  'report-stage-reminder': (v) => [need(v.reportStage).line, need(need(v.reportStage).forOwner), v.inspectionUrl],
  'report-stage-overdue': (v) => [need(v.reportStage).line, v.people.headOfProgramme],
  'feedback-request': (v) => [v.mailbox, v.people.headOfProgramme],
  'planning-meeting-reminder': (v) => [v.people.lead],
  'deadline-reminder': (v) => [need(v.deadline).title, need(v.deadline).action],
  'deadline-overdue': (v) => [need(v.deadline).title, need(v.deadline).action, v.people.lead],
  'deadline-escalation': (v) => [need(v.deadline).title, v.region, v.inspectionUrl],
  'fieldwork-start': (v) => [v.people.lead],
  'factual-accuracy-check': (v) => [v.mailbox],
  'official-named': (v) => [need(v.official).role, need(need(v.official).replacing), v.inspectionUrl],
  'contact-named': (v) => [need(v.official).role, need(need(v.official).replacing), v.inspectionUrl],
  'official-replaced': (v) => [need(v.official).role, need(v.official).name, v.mailbox],
  'contact-replaced': (v) => [need(v.official).role, need(v.official).name, v.mailbox],
  publication: (v) => [v.people.headOfProgramme],
  'dates-changed': (v) => need(v.changes).map((change) => change.title),
  'dates-changed-internal': (v) => need(v.changes).map((change) => change.title),
  'task-reminder': (v) => [need(v.task).title, v.inspectionUrl],
  'task-overdue': (v) => [need(v.task).title, v.inspectionUrl, v.people.headOfProgramme],
  'week-two-schedule': (v) => [v.people.lead, v.mailbox],
  'alert-to-confirm': (v) => {
    const alert = need(v.alert);
    return [alert.ref, alert.raisedBy, alert.type, alert.category, alert.url];
  },
  'alert-raised': (v) => {
    const alert = need(v.alert);
    return [alert.ref, alert.type, alert.category, alert.url, v.people.lead];
  },
  'alert-reminder': (v) => [need(v.alert).ref, need(need(v.alert).deadline).what, need(v.alert).url],
  'alert-overdue': (v) => {
    const alert = need(v.alert);
    const escalatedTo = need(alert.escalatedTo);
    return [alert.ref, need(alert.deadline).what, escalatedTo.role, escalatedTo.name, alert.url, v.people.lead];
  },
  'alert-escalated': (v) => {
    const alert = need(v.alert);
    return [alert.ref, v.region, need(alert.deadline).what, need(alert.escalatedTo).role, alert.url, v.people.lead];
  },
  'alert-evidence-submitted': (v) => [need(v.alert).ref, v.region, need(v.alert).url],
  'alert-closed': (v) => [need(v.alert).ref, need(v.alert).url],
  'publication-blocked': (v) => [
    ...need(v.gate).blocking.flatMap((item) => [item.ref, item.status]),
    ...need(v.gate).openIndividual.flatMap((item) => [item.ref, item.status]),
    v.inspectionUrl,
  ],
};

const NAMES_SPOC: NoticeKind[] = [
  'announcement',
  'planning-meeting-reminder',
  'planning-notes-reminder',
  'deadline-escalation',
];

describe.each(LANGUAGES)('every notice in %s', (lang) => {
  const view = sampleView(lang);

  it.each([...NOTICE_KINDS])('%s renders against a complete view', (kind) => {
    const notice = renderOne(kind, lang, view);

    expect(notice.languages).toEqual([lang]);
    expect(notice.subject).not.toBe('');
    expect(notice.subject).not.toMatch(/\n/);
    expect(notice.subject.length).toBeLessThan(120);
    expect(notice.text).toContain(REF);
    for (const date of DATES_ABOUT[kind](view)) expect(notice.text).toContain(date);
    for (const words of ALSO_SAYS[kind]?.(view) ?? []) expect(notice.text).toContain(words);
    for (const leftover of ['{{', '}}', '{%', '%}', 'undefined', 'NaN', '[object']) {
      expect(notice.text).not.toContain(leftover);
    }
    if (NAMES_SPOC.includes(kind)) expect(notice.text).toContain(need(view.people.spoc));
  });

  it.each([...NOTICE_KINDS])('%s escapes officials’ names in HTML', (kind) => {
    const { html } = renderOne(kind, lang, view);

    expect(html).toContain('&lt;b&gt;&amp;');
    expect(html).not.toContain('<b>&');
  });

  it.each([...NOTICE_KINDS])('%s renders when no SPOC is named yet', (kind) => {
    const notice = renderOne(kind, lang, withoutSpoc(view));

    expect(notice.text).toContain(REF);
    expect(notice.text).not.toContain(need(view.people.spoc));
    expect(notice.text).not.toContain('undefined');
  });

  it.each(DEADLINE_KINDS)('%s fails loudly without a deadline rather than sending a blank', (kind) => {
    expect(() => renderOne(kind, lang, { ...view, deadline: undefined })).toThrow();
  });

  it('asks the RPD to name a SPOC when none is named, and thanks them once one is', () => {
    const unnamed = renderOne('announcement', lang, withoutSpoc(view)).text;
    const named = renderOne('announcement', lang, view).text;
    const ask =
      lang === 'en' ? 'Please name a single point of contact (SPOC)' : 'Gofynnwn i chi enwi un pwynt cyswllt (SPOC)';

    expect(unnamed).toContain(ask);
    expect(unnamed).toContain(view.mailbox);
    expect(named).not.toContain(ask);
  });

  it('keeps every subject under 120 characters for every region and deadline', () => {
    for (const region of REGION_NAMES) {
      for (const deadlineId of DEADLINE_IDS) {
        for (const kind of NOTICE_KINDS) {
          if (deadlineId !== 'evidenceDeadline' && !DEADLINE_KINDS.includes(kind)) continue;
          const { subject } = renderOne(kind, lang, sampleView(lang, deadlineId, region));
          expect(subject.length, `${kind} ${region} ${deadlineId}: ${subject}`).toBeLessThan(120);
        }
      }
    }
  });
});

describe('working days in deadline notices', () => {
  const withDays = (lang: Language, left: number, late: number): NoticeView => {
    const view = sampleView(lang);
    return { ...view, deadline: { ...need(view.deadline), workingDaysLeft: left, workingDaysLate: late } };
  };

  it.each([
    ['en', 1, 'There is 1 working day left.'],
    ['en', 3, 'There are 3 working days left.'],
    ['en', 0, 'The deadline is today.'],
    ['cy', 1, 'Mae un diwrnod gwaith ar ôl.'],
    ['cy', 3, 'Mae 3 o ddiwrnodau gwaith ar ôl.'],
    ['cy', 0, 'Mae’r dyddiad cau heddiw.'],
  ] as const)('reminder in %s with %i working days left says "%s"', (lang, left, words) => {
    expect(renderOne('deadline-reminder', lang, withDays(lang, left, 0)).text).toContain(words);
  });

  it.each([
    ['en', 1, 'It is 1 working day late.'],
    ['en', 4, 'It is 4 working days late.'],
    ['cy', 1, 'Mae un diwrnod gwaith wedi mynd heibio'],
    ['cy', 4, 'Mae 4 o ddiwrnodau gwaith wedi mynd heibio'],
  ] as const)('escalation in %s %i working days late says "%s"', (lang, late, words) => {
    expect(renderOne('deadline-escalation', lang, withDays(lang, 0, late)).text).toContain(words);
  });
});

describe('bilingual notices (Wales)', () => {
  it.each([...NOTICE_KINDS])('%s puts Welsh first, then English, with equal prominence', (kind) => {
    const welsh = renderOne(kind, 'cy');
    const english = renderOne(kind, 'en');
    const both = render(kind, [
      { lang: 'cy', view: sampleView('cy') },
      { lang: 'en', view: sampleView('en') },
    ]);

    expect(both.languages).toEqual(['cy', 'en']);
    expect(both.subject).toBe(`${welsh.subject} / ${english.subject}`);
    expect(both.html).toContain('lang="cy"');
    expect(both.html).toContain('lang="en"');
    expect(both.html.indexOf('<td class="dipp-column" valign="top" width="50%" lang="cy"')).toBeGreaterThan(-1);
    expect(both.html.indexOf('lang="cy"', 20)).toBeLessThan(both.html.indexOf('lang="en"'));
    expect(both.text.indexOf('Annwyl')).toBeGreaterThan(-1);
    expect(both.text.indexOf('Annwyl')).toBeLessThan(both.text.indexOf('Dear'));
    expect(both.text.indexOf('Arolygiaeth Prawf EF')).toBeLessThan(both.text.indexOf('HM Inspectorate of Probation'));
  });
});

describe('the language packs', () => {
  const sorted = (keys: Iterable<string>) => [...keys].sort();

  it('define exactly the same templates, milestone titles, deadline actions and regions', () => {
    for (const pack of [en, cy]) {
      expect(sorted(Object.keys(pack.templates))).toEqual(sorted(NOTICE_KINDS));
      expect(sorted(Object.keys(pack.milestoneTitles))).toEqual(sorted(MILESTONE_IDS));
      expect(sorted(Object.keys(pack.deadlineActions))).toEqual(sorted(DEADLINE_IDS));
      expect(sorted(Object.keys(pack.regionNames))).toEqual(sorted(REGION_NAMES));
    }
    for (const name of REGION_NAMES) expect(en.regionNames[name]).toBe(name);
    expect(cy.regionNames.Wales).toBe('Cymru');
    expect(new Set(Object.values(cy.regionNames)).size).toBe(REGION_NAMES.length);
  });

  it('give every milestone a short, one-line title', () => {
    for (const pack of [en, cy]) {
      for (const id of MILESTONE_IDS) {
        expect(pack.milestoneTitles[id]).toMatch(/^\S[^\n]{3,78}$/);
      }
    }
  });

  /** Template prose without its Nunjucks tags, as words. */
  const words = (source: string) =>
    new Set(
      source
        .replace(/\{\{.*?\}\}|\{%.*?%\}/gs, ' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => word !== ''),
    );
  const ENGLISH = ['the', 'and', 'please', 'you', 'your', 'we', 'will', 'with', 'for', 'of', 'to', 'is', 'are', 'this'];
  const WELSH = ['yr', 'y', 'ac', 'a', 'i', 'eich', 'ar', 'gyfer', 'yn', 'mae', 'o', 'chi', 'gan', 'bydd', 'byddwn'];

  it.each([...NOTICE_KINDS])('translate %s into Welsh, leaving no English sentence behind', (kind) => {
    const welsh = cy.templates[kind];
    const english = en.templates[kind];

    expect(welsh.subject).not.toBe(english.subject);
    expect(welsh.body).not.toBe(english.body);
    const body = words(welsh.body);
    for (const word of ENGLISH) expect(body.has(word), `"${word}" in the Welsh ${kind}`).toBe(false);
    expect(WELSH.filter((word) => body.has(word)).length).toBeGreaterThanOrEqual(4);
    for (const word of ENGLISH) expect(words(welsh.subject).has(word)).toBe(false);
  });

  it('translate milestone titles, deadline actions and the layout into Welsh', () => {
    const phrases = [
      ...Object.values(cy.milestoneTitles),
      ...Object.values(cy.deadlineActions),
      ...Object.values(cy.layout),
    ];
    for (const phrase of phrases) {
      for (const word of ENGLISH) expect(words(phrase).has(word), `"${word}" in "${phrase}"`).toBe(false);
    }
    for (const id of MILESTONE_IDS) expect(cy.milestoneTitles[id]).not.toBe(en.milestoneTitles[id]);
    for (const id of DEADLINE_IDS) expect(cy.deadlineActions[id]).not.toBe(en.deadlineActions[id]);
  });

  it('translate every alert word into Welsh', () => {
    const { dateAtTime, ...lists } = cy.alertWords;
    for (const [list, welsh] of Object.entries(lists)) {
      const english = en.alertWords[list as keyof typeof lists] as Record<string, string>;
      expect(sorted(Object.keys(welsh))).toEqual(sorted(Object.keys(english)));
      for (const [key, phrase] of Object.entries(welsh as Record<string, string>)) {
        expect(phrase, `${list}.${key}`).not.toBe(english[key]);
        for (const word of ENGLISH) expect(words(phrase).has(word), `"${word}" in "${phrase}"`).toBe(false);
      }
    }
    for (const pack of [en, cy]) {
      expect(pack.alertWords.dateAtTime).toMatch(/^\{\{ date \}\} \S+ \{\{ time \}\}$/);
    }
    expect(dateAtTime).not.toBe(en.alertWords.dateAtTime);
  });

  it('keep the layout’s automated line plain text, and its greeting a template naming the addressee', () => {
    for (const pack of [en, cy]) {
      expect(pack.layout.automated).not.toMatch(/\{\{|\{%/);
      expect(pack.layout.greeting).toMatch(/\{\{\s*name\s*\}\}/);
    }
  });
});

describe('no template can show case details', () => {
  const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'true', 'false', 'none', 'null', 'undefined']);

  /** The root names a template reads: from {{ … }}, {% if/elif … %} and {% for … in … %}. */
  function rootsRead(source: string): { roots: string[]; loopVariables: string[] } {
    const roots: string[] = [];
    const loopVariables: string[] = [];
    for (const [, variable, iterable] of source.matchAll(/\{%-?\s*for\s+(\w+)\s+in\s+([\w.]+)\s*-?%\}/g)) {
      loopVariables.push(variable as string);
      roots.push((iterable as string).split('.')[0] as string);
    }
    const expressions = [
      ...[...source.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/gs)].map((match) => match[1] as string),
      ...[...source.matchAll(/\{%-?\s*(?:if|elif)\s+(.*?)\s*-?%\}/gs)].map((match) => match[1] as string),
    ];
    for (const expression of expressions) {
      const withoutStrings = expression.replace(/'[^']*'|"[^"]*"/g, ' ');
      for (const [path] of withoutStrings.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:\.\w+)*/g)) {
        const root = path.split('.')[0] as string;
        if (!KEYWORDS.has(root)) roots.push(root);
      }
    }
    return { roots, loopVariables };
  }

  it.each([...NOTICE_KINDS])('%s reads only what NoticeView offers', (kind) => {
    for (const pack of [en, cy]) {
      const { subject, body } = pack.templates[kind];
      const { roots, loopVariables } = rootsRead(`${subject}\n${body}`);

      expect(roots.length).toBeGreaterThan(0);
      for (const root of roots) expect([...VIEW_KEYS, ...loopVariables]).toContain(root);
      // Loop variables only ever range over the view's lists.
      expect(loopVariables.every((variable) => !VIEW_KEYS.includes(variable))).toBe(true);
    }
  });

  it('the check notices a placeholder outside the view', () => {
    expect(rootsRead('{{ case.name }} {% if offence %}x{% endif %}').roots).toEqual(['case', 'offence']);
    expect(rootsRead('{% for c in changes %}{{ c.title }}{% endfor %}')).toEqual({
      roots: ['changes', 'c'],
      loopVariables: ['c'],
    });
  });
});

describe('alert notices', () => {
  /** The words a reader relies on, per language. */
  const SAYS = {
    en: {
      theCase: 'the case concerned',
      inReport: 'the published report on the inspection will describe that it was raised',
      thanks: 'Thank you for acting on the alert',
      withdrawn: 'The lead inspector has withdrawn the alert',
      noFurtherAction: 'You do not need to take any further action on it',
      asSoonAsPossible: 'As soon as possible',
      ladder: 'Head of Probation Inspection Programme and then to the Chief Inspector of Probation',
      acknowledge: 'Please acknowledge the alert',
      openIndividual: 'Individual alerts still open',
      blockingHeading: 'Organisational alerts holding publication',
      notAssured: 'not yet assured',
      notInReport: 'not yet marked as described in the report',
      detailsNotEmailed: 'the details of the alert are not sent by email',
      chiefInspector: 'Chief Inspector of Probation',
    },
    cy: {
      theCase: 'yr achos dan sylw',
      inReport: 'bydd yr adroddiad cyhoeddedig ar yr arolygiad yn nodi iddo gael ei godi',
      thanks: 'Diolch i chi am weithredu ar y rhybudd',
      withdrawn: 'Mae’r arolygydd arweiniol wedi tynnu’r rhybudd yn ôl',
      noFurtherAction: 'Nid oes angen i chi gymryd unrhyw gamau pellach arno',
      asSoonAsPossible: 'Cyn gynted â phosibl',
      ladder: 'Pennaeth Rhaglen Arolygu Prawf ac yna at y Prif Arolygydd Prawf',
      acknowledge: 'Gofynnwn i chi gydnabod y rhybudd',
      openIndividual: 'Rhybuddion unigol sydd yn dal ar agor',
      blockingHeading: 'Rhybuddion sefydliadol sy’n atal cyhoeddi’r adroddiad',
      notAssured: 'heb sicrwydd eto',
      notInReport: 'heb ei farcio eto fel un a ddisgrifir yn yr adroddiad',
      detailsNotEmailed: 'nid yw manylion y rhybudd yn cael eu hanfon drwy e-bost',
      chiefInspector: 'Prif Arolygydd Prawf',
    },
  } satisfies Record<Language, Record<string, string>>;

  /** What an alert record holds that must never reach an email: the case and what people wrote. */
  const SECRETS = {
    caseReference: 'CRN-X123456',
    caseName: 'Jordan Casename',
    whatMightHappen: 'SECRET what might happen',
    howSerious: 'SECRET how serious',
    howImminent: 'SECRET how imminent',
    actionRequested: 'SECRET action requested',
    reason: 'SECRET reason for withdrawal',
    summary: 'SECRET summary of the evidence',
  };

  const renderFacts = (kind: NoticeKind, lang: Language, facts: NoticeFacts = alertFacts()) =>
    renderOne(kind, lang, buildView(facts, lang));

  const VARIANTS: { name: string; facts: NoticeFacts }[] = [
    { name: 'an organisational alert, assured', facts: alertFacts() },
    {
      name: 'an individual alert, withdrawn',
      facts: alertFacts({ type: 'individual', category: 'risk-of-harm-to-others', outcome: 'withdrawn' }),
    },
    {
      name: 'an acknowledgement escalated to the Chief Inspector',
      facts: alertFacts({
        type: 'individual',
        category: 'risk-to-person-on-probation',
        deadline: { of: 'acknowledgement', by: ACKNOWLEDGE_BY },
        escalatedTo: { role: 'chiefInspector', name: 'Robin Chief' },
      }),
    },
    {
      name: 'an alert not yet notified, and an open gate',
      facts: (() => {
        const facts = alertFacts({}, { blocking: [], openIndividual: [] });
        const alert = { ...need(facts.alert) };
        delete alert.acknowledgeBy;
        delete alert.evidenceBy;
        delete alert.outcome;
        return { ...facts, alert };
      })(),
    },
  ];

  describe.each(LANGUAGES)('in %s', (lang) => {
    const says = SAYS[lang];

    it.each([...ALERT_NOTICE_KINDS])(
      '%s names the alert (or the inspection) in its subject, for mailbox rules',
      (kind) => {
        const { subject } = renderFacts(kind, lang);

        expect(subject).toContain(kind === 'publication-blocked' ? REF : ALERT_REF);
      },
    );

    it.each(VARIANTS)('render for $name, saying only the reference, the deadlines and the link', ({ facts }) => {
      const view = buildView(facts, lang);
      const leaky: NoticeView = { ...view, ...SECRETS, alert: { ...need(view.alert), ...SECRETS } };
      for (const kind of ALERT_NOTICE_KINDS) {
        for (const source of [buildView({ ...facts, alert: { ...need(facts.alert), ...SECRETS } }, lang), leaky]) {
          const notice = renderOne(kind, lang, source);
          const all = `${notice.subject}\n${notice.text}\n${notice.html}`;

          for (const secret of Object.values(SECRETS)) expect(all, `${kind}: ${secret}`).not.toContain(secret);
          for (const leftover of ['{{', '}}', '{%', '%}', 'undefined', 'null', 'NaN', '[object']) {
            expect(notice.text, `${kind}: ${leftover}`).not.toContain(leftover);
          }
          expect(notice.text).toContain(REF);
          if (kind === 'publication-blocked') expect(notice.text).toContain(view.inspectionUrl);
          else expect(notice.text).toContain(ALERT_URL);
        }
      }
    });

    it('alert-raised gives both deadlines, written out, and says the details stay in the system', () => {
      const { text } = renderFacts('alert-raised', lang);

      expect(text).toContain(AT[lang].acknowledgeBy);
      expect(text).toContain(AT[lang].evidenceBy);
      expect(text).toContain(ALERT_URL);
      expect(text).toContain(says.detailsNotEmailed);
      expect(text).toContain(says.ladder);
      expect(text).not.toContain(says.asSoonAsPossible);
    });

    it('alert-raised says an organisational alert will be in the report, and an individual one names a case', () => {
      const organisational = renderFacts('alert-raised', lang).text;
      const individual = renderFacts(
        'alert-raised',
        lang,
        alertFacts({ type: 'individual', category: 'risk-of-harm-to-others' }),
      ).text;

      expect(organisational).toContain(PACKS[lang].alertWords.types.organisational);
      expect(organisational).toContain(says.inReport);
      expect(organisational).not.toContain(says.theCase);
      expect(individual).toContain(PACKS[lang].alertWords.types.individual);
      expect(individual).toContain(PACKS[lang].alertWords.categories['risk-of-harm-to-others']);
      expect(individual).toContain(says.theCase);
      expect(individual).not.toContain(says.inReport);
    });

    it('alert-raised still asks for both, as soon as possible, if no deadline was set', () => {
      const facts = alertFacts();
      const alert = { ...need(facts.alert) };
      delete alert.acknowledgeBy;
      delete alert.evidenceBy;
      const { text } = renderFacts('alert-raised', lang, { ...facts, alert });

      expect(text.split(says.asSoonAsPossible)).toHaveLength(3);
    });

    it.each(['alert-reminder', 'alert-overdue', 'alert-escalated'] as const)(
      '%s says what is due and by when, for either deadline',
      (kind) => {
        for (const of of ['acknowledgement', 'evidence'] as const) {
          const by = of === 'acknowledgement' ? ACKNOWLEDGE_BY : EVIDENCE_BY;
          const { text } = renderFacts(kind, lang, alertFacts({ deadline: { of, by } }));

          expect(text).toContain(PACKS[lang].alertWords.deadlineOf[of]);
          expect(text).toContain(of === 'acknowledgement' ? AT[lang].acknowledgeBy : AT[lang].evidenceBy);
          if (kind !== 'alert-escalated') expect(text.includes(says.acknowledge)).toBe(of === 'acknowledgement');
        }
      },
    );

    it('alert-overdue and alert-escalated name the step of the escalation', () => {
      const toChief = alertFacts({ escalatedTo: { role: 'chiefInspector', name: 'Robin Chief' } });
      const overdue = renderFacts('alert-overdue', lang, toChief).text;
      const escalated = renderFacts('alert-escalated', lang, toChief).text;

      expect(overdue).toContain(`${says.chiefInspector} (Robin Chief)`);
      expect(escalated).toContain(says.chiefInspector);
      expect(renderFacts('alert-overdue', lang).text).toContain(
        `${PACKS[lang].alertWords.escalationRoles.headOfProgramme} (Pat Lewis)`,
      );
    });

    it('alert-overdue still says where unanswered alerts go when it names no escalation', () => {
      const facts = alertFacts();
      const alert = { ...need(facts.alert) };
      delete alert.escalatedTo;
      const { text } = renderFacts('alert-overdue', lang, { ...facts, alert });

      expect(text).toContain(says.ladder);
      expect(text).not.toContain('Pat Lewis');
    });

    it('alert-closed thanks the region when assured, and says no more is needed when withdrawn', () => {
      const assured = renderFacts('alert-closed', lang).text;
      const withdrawn = renderFacts('alert-closed', lang, alertFacts({ outcome: 'withdrawn' })).text;
      const individual = renderFacts('alert-closed', lang, alertFacts({ type: 'individual' })).text;

      expect(assured).toContain(says.thanks);
      expect(assured).toContain(says.inReport);
      expect(assured).not.toContain(says.withdrawn);
      expect(withdrawn).toContain(says.withdrawn);
      expect(withdrawn).toContain(says.noFurtherAction);
      expect(withdrawn).not.toContain(says.thanks);
      // A withdrawn alert does not hold publication, so the report is not promised to describe it.
      expect(withdrawn).not.toContain(says.inReport);
      expect(individual).not.toContain(says.inReport);
    });

    it('publication-blocked lists why each organisational alert holds publication, and the open individual ones', () => {
      const { text } = renderFacts('publication-blocked', lang);
      const line = (ref: string) => text.split('\n').find((row) => row.includes(ref)) ?? '';
      const statuses = PACKS[lang].alertWords.statuses;

      expect(text).toContain(DATES[lang].publication);
      expect(line(`${REF}-A2`)).toContain(statuses['evidence-submitted']);
      expect(line(`${REF}-A2`)).toContain(says.notAssured);
      expect(line(`${REF}-A2`)).toContain(says.notInReport);
      expect(line(`${REF}-A3`)).not.toContain(says.notAssured);
      expect(line(`${REF}-A3`)).toContain(says.notInReport);
      expect(line(`${REF}-A5`)).toContain(says.notAssured);
      expect(line(`${REF}-A5`)).not.toContain(says.notInReport);
      expect(text).toContain(says.openIndividual.toUpperCase());
      expect(text).toContain(`${says.blockingHeading.toUpperCase()} (3)`);
      expect(line(`${REF}-A4`)).toContain(statuses.acknowledged);
      for (const ref of ['A2', 'A3', 'A5', 'A4']) expect(line(`${REF}-${ref}`)).toMatch(/^ {2}\* /);
    });

    it('publication-blocked leaves out the individual alerts when none is open', () => {
      const facts = alertFacts({}, { blocking: need(alertFacts().gate).blocking, openIndividual: [] });
      const { text } = renderFacts('publication-blocked', lang, facts);

      expect(text).not.toContain(says.openIndividual.toUpperCase());
      expect(text).not.toContain(`${REF}-A4`);
      expect(text).toContain(`${REF}-A2`);
    });

    it.each([...ALERT_NOTICE_KINDS])('%s fails loudly without its alert rather than sending a blank', (kind) => {
      const view = sampleView(lang);
      const without: NoticeView =
        kind === 'publication-blocked' ? { ...view, gate: undefined } : { ...view, alert: undefined };

      expect(() => renderOne(kind, lang, without)).toThrow();
    });

    it.each(['alert-reminder', 'alert-overdue', 'alert-escalated'] as const)(
      '%s fails loudly without the deadline it is about',
      (kind) => {
        const view = sampleView(lang);
        const alert = { ...need(view.alert) };
        delete alert.deadline;

        expect(() => renderOne(kind, lang, { ...view, alert })).toThrow();
      },
    );

    it('alert-escalated fails loudly without whom it was escalated to', () => {
      const view = sampleView(lang);
      const alert = { ...need(view.alert) };
      delete alert.escalatedTo;

      expect(() => renderOne('alert-escalated', lang, { ...view, alert })).toThrow();
    });
  });

  it.each([...ALERT_NOTICE_KINDS])('%s reads differently in Welsh, with no English alert words left in it', (kind) => {
    for (const { facts } of VARIANTS) {
      const welsh = renderFacts(kind, 'cy', facts);
      const english = renderFacts(kind, 'en', facts);

      expect(welsh.subject).not.toBe(english.subject);
      expect(welsh.text).not.toBe(english.text);
      const { dateAtTime, ...lists } = en.alertWords;
      const englishWords = [
        ...Object.values(lists).flatMap((list) => Object.values(list as Record<string, string>)),
        dateAtTime.replace('{{ date }}', '').replace('{{ time }}', ''),
      ].filter((phrase) => phrase.length > 8);
      for (const phrase of englishWords) expect(welsh.text, `${kind}: "${phrase}"`).not.toContain(phrase);
    }
  });

  it.each([...ALERT_NOTICE_KINDS])(
    '%s names the alert in both subjects when bilingual; only region notices are',
    (kind) => {
      const both = render(kind, [
        { lang: 'cy', view: buildView(alertFacts(), 'cy') },
        { lang: 'en', view: buildView(alertFacts(), 'en') },
      ]);

      for (const subject of both.subject.split(' / ')) {
        expect(subject).toContain(kind === 'publication-blocked' ? REF : ALERT_REF);
      }
      expect(both.text.indexOf('Annwyl')).toBeLessThan(both.text.indexOf('Dear'));
      expect(NOTICE_AUDIENCE[kind]).toBe(
        (
          [
            'alert-raised',
            'alert-reminder',
            'alert-more-evidence',
            'alert-overdue',
            'alert-closed',
          ] as AlertNoticeKind[]
        ).includes(kind)
          ? 'region'
          : 'inspectorate',
      );
    },
  );

  it('buildView writes the deadlines as UK date and time in each language', () => {
    // 13:00 UTC in British Summer Time is 14:00 in the UK.
    const summer = new Date('2027-04-06T13:00:00Z');
    const facts = alertFacts({ acknowledgeBy: summer, deadline: { of: 'acknowledgement', by: summer } });

    expect(need(buildView(facts, 'en').alert).acknowledgeBy).toBe('Tuesday 6 April 2027 at 2pm');
    expect(need(buildView(facts, 'cy').alert).acknowledgeBy).toBe('dydd Mawrth 6 Ebrill 2027 am 2yp');
    expect(need(need(buildView(facts, 'cy').alert).deadline).by).toBe('dydd Mawrth 6 Ebrill 2027 am 2yp');
    for (const lang of LANGUAGES) {
      const view = buildView(alertFacts(), lang);
      expect(need(view.alert).acknowledgeBy).toBe(AT[lang].acknowledgeBy);
      expect(need(view.alert).evidenceBy).toBe(AT[lang].evidenceBy);
      // The facts' milestone dates are the sample view's: the hand-made and built views agree.
      expect(view.date).toEqual(sampleView(lang).date);
      expect(view.region).toBe(sampleView(lang).region);
    }
  });
});

describe('values are one inline run of text (issue 17)', () => {
  /** What an attacker might put in a name, or an SES bounce message might carry. */
  const HOSTILE = 'Alex <script>\r\n\r\n# Heading\n\n## Heading\n- item\n\n  * star\u0000\u0007\u202egnp\u200b';
  /** The same, as one inline run, escaped for HTML. */
  const INLINE = 'Alex <script> # Heading ## Heading - item * star gnp';
  const INLINE_HTML = 'Alex &lt;script&gt; # Heading ## Heading - item * star gnp';
  const REASON_WORDS: Record<Language, string> = { en: 'Reason given:', cy: 'Y rheswm a roddwyd:' };

  const bouncedFacts = (reason: string): NoticeFacts => ({
    ...alertFacts(),
    bounced: {
      subject: `Reminder: evidence due (${REF})\r\nBcc: someone@example.com`,
      sentAt: ACKNOWLEDGE_BY,
      recipients: ['spoc@probation.example', 'rpd@probation.example\n- forged'],
      reason,
    },
  });

  /** The text has no line that a value started: every line naming "Heading" also names what came before it. */
  const expectInline = (notice: RenderedNotice, before: string) => {
    const lines = notice.text.split('\n').filter((line) => line.includes('Heading'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain(`${before}${INLINE.slice('Alex'.length)}`);
    expect(notice.text).not.toMatch(/^\s*(#|HEADING|- item|\* item|\* star|item|star)/m);
    for (const character of ['\u0000', '\u0007', '\u202e', '\u200b', '\r']) {
      expect(notice.text).not.toContain(character);
      expect(notice.html).not.toContain(character);
    }
    expect(notice.html).not.toMatch(/<h2[^>]*>[^<]*Heading/);
    expect(notice.html).not.toMatch(/<li>\s*(item|star)/);
    expect(notice.html).not.toMatch(/<p>\s*(#|Heading|- item|\* star)/);
    expect(notice.html).not.toContain('<script>');
  };

  describe.each(LANGUAGES)('in %s', (lang) => {
    it('shows a hostile bounce reason inline in its bullet, escaped in HTML', () => {
      const notice = renderOne('notice-bounced', lang, buildView(bouncedFacts(HOSTILE), lang));

      expectInline(notice, 'Alex');
      expect(notice.text).toContain(`  * ${REASON_WORDS[lang]} ${INLINE}\n`);
      expect(notice.html).toContain(`<li>${REASON_WORDS[lang]} ${INLINE_HTML}</li>`);
      // The subject and the recipients are from outside too: one line each.
      expect(notice.subject).not.toMatch(/[\r\n]/);
      expect(notice.subject).toContain(`(${REF}) Bcc: someone@example.com`);
      expect(notice.text).toContain('spoc@probation.example, rpd@probation.example - forged\n');
      expect(notice.html).not.toMatch(/<li>\s*forged/);
    });

    it('caps a very long bounce reason', () => {
      const notice = renderOne('notice-bounced', lang, buildView(bouncedFacts(`550 ${'x'.repeat(40_000)}`), lang));

      const line = notice.text.split('\n').find((row) => row.includes(REASON_WORDS[lang])) ?? '';
      expect(line.length).toBeLessThan(1100);
      expect(line.endsWith('x…')).toBe(true);
      expect(notice.html.length).toBeLessThan(20_000);
    });

    it.each(['announcement', 'planning-meeting-reminder', 'deadline-overdue'] as const)(
      '%s shows a hostile name inline, in the sentence that names it',
      (kind) => {
        const view = sampleView(lang);
        const notice = renderOne(kind, lang, { ...view, people: { ...view.people, lead: HOSTILE } });

        expectInline(notice, 'Alex');
        expect(notice.html).toContain(INLINE_HTML);
      },
    );

    it('shows a hostile addressee and signature inline', () => {
      const notice = renderNotice({
        kind: 'fieldwork-start',
        languages: [{ lang, pack: PACKS[lang], view: sampleView(lang) }],
        addressee: { cy: HOSTILE, en: HOSTILE },
        signature: { cy: HOSTILE, en: HOSTILE },
      });

      expectInline(notice, 'Alex');
    });

    it('makes headings and bullets only from the template, never from a value at the start of a line', () => {
      const pack: LanguagePack = {
        ...PACKS[lang],
        templates: {
          ...PACKS[lang].templates,
          publication: {
            subject: '{{ inspectionRef }}',
            body: '{{ people.lead }}\n\n## Heading\n\n- {{ people.isa }}',
          },
        },
      };
      const view = sampleView(lang);
      const notice = renderNotice({
        kind: 'publication',
        languages: [
          { lang, pack, view: { ...view, people: { ...view.people, lead: '## Not a heading', isa: '- not' } } },
        ],
        addressee: { cy: 'RPD', en: 'RPD' },
        signature: { cy: 'Lee', en: 'Lee' },
      });

      expect(notice.html).toContain('<p>## Not a heading</p>');
      expect(notice.html).toContain('<h2 style="font-size: 20px;">Heading</h2>');
      expect(notice.html).toContain('<ul><li>- not</li></ul>');
      expect(notice.text).toContain('\n\n## Not a heading\n\nHEADING\n\n  * - not\n');
    });
  });

  it('shows hostile values inline in a bilingual notice, Welsh and English alike', () => {
    const both = render('notice-bounced', [
      { lang: 'cy', view: buildView(bouncedFacts(HOSTILE), 'cy') },
      { lang: 'en', view: buildView(bouncedFacts(HOSTILE), 'en') },
    ]);

    expectInline(both, 'Alex');
    for (const lang of LANGUAGES) {
      expect(both.text).toContain(`  * ${REASON_WORDS[lang]} ${INLINE}\n`);
      expect(both.html).toContain(`<li>${REASON_WORDS[lang]} ${INLINE_HTML}</li>`);
    }
  });
});

describe('notices say only what is true (issue 18)', () => {
  const tuesdayStart = (lang: Language): NoticeView => {
    const view = sampleView(lang);
    const tuesday = lang === 'en' ? 'Tuesday 30 March 2027' : 'dydd Mawrth 30 Mawrth 2027';
    return {
      ...view,
      fieldwork: {
        ...view.fieldwork,
        weekTwoFrom: tuesday,
        weekTwoFirstDay: lang === 'en' ? 'Tuesday' : 'Dydd Mawrth',
        weekTwoSecondDay: lang === 'en' ? 'Wednesday' : 'Dydd Mercher',
        weekTwoStartsOnMonday: false,
      },
    };
  };

  it.each(LANGUAGES)(
    'in %s, puts the team on site from Monday afternoon only when week two starts on a Monday',
    (lang) => {
      const monday = lang === 'en' ? 'Monday afternoon' : 'brynhawn dydd Llun';
      for (const kind of ['announcement', 'week-two-schedule'] as const) {
        expect(renderOne(kind, lang).text).toContain(monday);
        const moved = renderOne(kind, lang, tuesdayStart(lang)).text;
        expect(moved, kind).not.toContain(monday);
        expect(moved, kind).toContain(lang === 'en' ? 'Tuesday 30 March 2027' : 'dydd Mawrth 30 Mawrth 2027');
      }
      const meetings = renderOne('week-two-schedule', lang, tuesdayStart(lang)).text;
      expect(meetings).toContain(
        lang === 'en' ? '* Tuesday: the regional probation director' : '* Dydd Mawrth: y Cyfarwyddwr',
      );
      expect(meetings).not.toContain(lang === 'en' ? '* Monday:' : '* Dydd Llun:');
    },
  );

  it.each(LANGUAGES)('in %s, never asks the region to sign in to see what the service does not hold', (lang) => {
    for (const kind of ['announcement', 'week-two-schedule', 'factual-accuracy-check'] as const) {
      const { text } = renderOne(kind, lang);
      expect(text, kind).not.toMatch(
        lang === 'en' ? /by signing in|sign in at/i : /drwy fewngofnodi|mewngofnodwch yn/i,
      );
    }
  });

  it.each(LANGUAGES)('in %s, says a work-done notice reports a record, with the date it was recorded', (lang) => {
    const view = sampleView(lang);
    for (const kind of ['week-two-schedule', 'factual-accuracy-check', 'publication'] as const) {
      expect(renderOne(kind, lang, view).text, kind).toContain(need(view.recorded).on);
    }
    expect(renderOne('publication', 'en', sampleView('en')).text).not.toContain('We are publishing');
  });

  it('stacks a bilingual email on a phone, Welsh above English', () => {
    const both = render('announcement', [
      { lang: 'cy', view: sampleView('cy') },
      { lang: 'en', view: sampleView('en') },
    ]);

    expect(both.html).toMatch(
      /@media only screen and \(max-width: 640px\) \{[^}]*\.dipp-column[^}]*display: block !important/,
    );
    expect(both.html).toContain('name="viewport"');
    expect(both.html.indexOf('class="dipp-column" valign="top" width="50%" lang="cy"')).toBeLessThan(
      both.html.indexOf('class="dipp-column" valign="top" width="50%" lang="en"'),
    );
    expect(renderOne('announcement', 'en').html).not.toContain('@media');
  });

  it('writes Welsh weekdays in lower case within a sentence, and imminence as "ar fin digwydd"', () => {
    const view = buildView(alertFacts(), 'cy');
    expect(view.date.announcement).toBe('dydd Llun 8 Chwefror 2027');
    const welsh = Object.values(cy.templates)
      .map((template) => template.body)
      .join('\n');
    expect(welsh).not.toContain('uniongyrchol');
    expect(welsh).toContain('ar fin digwydd');
    expect(welsh).not.toMatch(/sydd dal ar agor|sy’n dal ar agor/);
    expect(welsh).not.toContain('wedi’i sicrhau');
  });
});

describe('the announcement’s promise of the case sample (issue 14)', () => {
  const url = 'https://dipp.example/inspections/wales-2027-03-01/sample';
  const withSample = (lang: Language, ready: boolean): NoticeView => ({
    ...sampleView(lang),
    caseSample: { ready, url },
  });

  it.each(LANGUAGES)(
    'in %s, says the sample is issued with the letter only when it is ready, and where to see it',
    (lang) => {
      const ready = renderOne('announcement', lang, withSample(lang, true)).text;
      const notReady = renderOne('announcement', lang, withSample(lang, false)).text;

      expect(ready).toContain(url);
      expect(ready).toContain(lang === 'en' ? 'are issued with this letter' : 'yn cael eu cyhoeddi gyda’r llythyr hwn');
      expect(notReady).not.toContain(url);
      expect(notReady).not.toContain(lang === 'en' ? 'issued with this letter' : 'gyda’r llythyr hwn');
      expect(notReady).toContain(lang === 'en' ? 'will follow shortly' : 'yn dilyn yn fuan');
    },
  );

  it('tells the region where the sample is once it is ready, and the inspectorate what is missing before', () => {
    const ready = renderOne('case-sample-ready', 'en', withSample('en', true));
    const reminder = renderOne('case-sample-reminder', 'en', {
      ...sampleView('en'),
      caseSample: { ready: false, url, missing: ['no long-list uploaded', '2 shortfalls await a decision'] },
    });

    expect(ready.text).toContain(url);
    expect(reminder.text).toContain('* no long-list uploaded');
    expect(reminder.text).toContain('* 2 shortfalls await a decision');
  });
});
