import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS, type MilestoneId } from '../../../functions/domain/milestones.js';
import { NOTICE_KINDS, type NoticeKind, type RegionDeadlineId } from '../../../functions/domain/notices/catalogue.js';
import { cy } from '../../../functions/domain/notices/cy.js';
import { en } from '../../../functions/domain/notices/en.js';
import { renderNotice, type Language, type RenderedNotice } from '../../../functions/domain/notices/render.js';
import type { LanguagePack, NoticeView } from '../../../functions/domain/notices/view.js';
import { REGION_NAMES } from '../../../functions/domain/regions.js';

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
    announcement: 'Dydd Llun 8 Chwefror 2027',
    orgStructureDue: 'Dydd Llun 15 Chwefror 2027',
    planningMeeting: 'Dydd Mawrth 16 Chwefror 2027',
    scheduleChangeDeadline: 'Dydd Mercher 17 Chwefror 2027',
    planningNotesIssued: 'Dydd Iau 18 Chwefror 2027',
    evidenceDeadline: 'Dydd Llun 22 Chwefror 2027',
    weekTwoScheduleShared: 'Dydd Gwener 26 Chwefror 2027',
    fieldworkWeek1Start: 'Dydd Llun 1 Mawrth 2027',
    reviewWeekStart: 'Dydd Llun 8 Mawrth 2027',
    fieldworkWeek2Start: 'Dydd Llun 15 Mawrth 2027',
    fieldworkEnd: 'Dydd Gwener 19 Mawrth 2027',
    draftReportDue: 'Dydd Gwener 2 Ebrill 2027',
    followUpWeekStart: 'Dydd Llun 5 Ebrill 2027',
    factualAccuracySent: 'Dydd Gwener 9 Ebrill 2027',
    factualAccuracyDue: 'Dydd Gwener 23 Ebrill 2027',
    publication: 'Dydd Gwener 14 Mai 2027',
    weekOneTo: 'Dydd Gwener 5 Mawrth 2027',
    moved: 'Dydd Mawrth 23 Chwefror 2027',
  },
};

/** A complete view in one language: every optional part present. */
function sampleView(lang: Language, deadlineId: RegionDeadlineId = 'evidenceDeadline', region = 'Wales'): NoticeView {
  const pack = PACKS[lang];
  const dates = DATES[lang];
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
  'week-two-schedule': (v) => [v.fieldwork.weekTwoFrom],
  'fieldwork-start': (v) => [v.date.fieldworkWeek1Start],
  'follow-up-dates': (v) => [v.date.followUpWeekStart],
  'draft-report-reminder': (v) => [v.date.draftReportDue, v.date.fieldworkEnd],
  'factual-accuracy-check': (v) => [v.date.factualAccuracyDue, v.date.publication],
  publication: (v) => [v.date.publication],
  'dates-changed': (v) => [
    ...need(v.changes).flatMap((change) => [change.from, change.to]),
    ...v.keyDates.map((item) => item.date),
  ],
};

/** Other things a notice must say, beyond its dates. */
const ALSO_SAYS: Partial<Record<NoticeKind, (view: NoticeView) => string[]>> = {
  announcement: (v) => [v.mailbox, v.inspectionUrl, v.people.isa],
  'org-structure-request': (v) => [v.mailbox],
  'planning-meeting-reminder': (v) => [v.people.lead],
  'deadline-reminder': (v) => [need(v.deadline).title, need(v.deadline).action],
  'deadline-overdue': (v) => [need(v.deadline).title, need(v.deadline).action, v.people.lead],
  'deadline-escalation': (v) => [need(v.deadline).title, v.region, v.inspectionUrl],
  'fieldwork-start': (v) => [v.people.lead],
  'factual-accuracy-check': (v) => [v.mailbox],
  publication: (v) => [v.people.headOfProgramme],
  'dates-changed': (v) => need(v.changes).map((change) => change.title),
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
    expect(both.html.indexOf('<td valign="top" width="50%" lang="cy"')).toBeGreaterThan(-1);
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
