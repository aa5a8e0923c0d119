import type { Principal } from '../../domain/access.js';
import { practitionerKey, type LongListCase, type RoshLevel } from '../../domain/caseSample/cases.js';
import { drawSample } from '../../domain/caseSample/drawSample.js';
import { INELIGIBILITY_REASONS, INELIGIBILITY_SAID, type Ineligibility } from '../../domain/caseSample/eligibility.js';
import { DEFAULT_SCHEDULE_SETTINGS, whyUnplaced } from '../../domain/caseSample/interviewSchedule.js';
import { replacementSaid } from '../../domain/caseSample/replacement.js';
import { english, said, type Said } from '../../domain/messages/said.js';
import {
  QUESTION_SETS,
  questionSetFor,
  type Question,
  type QuestionSetName,
} from '../../domain/caseSample/questionSet.js';
import type { LocalDate } from '../../domain/localDate.js';
import type { CaseSampleRecord, DecisionRecord, ShortfallRecord } from '../../ports/caseSampleRecords.js';
import type { InspectionRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { CASE_STATE_TITLES, type CaseState } from '../../domain/caseSample/caseTracking.js';
import { caseStateOf, currentCases, excludedCases, interviewsNow } from './currentSample.js';
import { englandAndWalesCalendar, type WorkingCalendar } from '../../domain/calendar.js';
import { readinessOf, type SampleReadiness } from './sampleReadiness.js';
import { sampleAudit, settingsOf } from './sampleRecords.js';

export const ROSH_TEXT: Record<RoshLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
};
export const QUESTIONS_TEXT: Record<QuestionSetName, string> = { core: 'Core', adjusted: 'Adjusted' };

export interface SampleCaseView {
  crn: string;
  pdu: string;
  practitioner: LongListCase['practitioner'];
  practitionerKey: string;
  rosh: RoshLevel;
  roshText: string;
  questions: QuestionSetName;
  questionsText: string;
  questionsReason: string;
  /** The same, as a catalogue entry, for the pages (not in the API's answer). */
  questionsSaid?: Said;
  questionTitles: readonly Question[];
  /** Its interview in week one, UK local time; absent when it has no slot (see `unplaced`) or no schedule. */
  interview?: {
    inspector: { name: string; email: string; role: string };
    date: LocalDate;
    start: string;
    end: string;
    /** "Tuesday 2 March 2027, 10:30am to 11:30am" */
    when: string;
    /** The same, as a catalogue entry, for the pages (not in the API's answer). */
    whenSaid?: Said;
  };
  /** Why it has no interview slot. */
  unplaced?: string;
  /** The same, as a catalogue entry, for the pages (not in the API's answer). */
  unplacedSaid?: Said;
  /** Its state in fieldwork week one. */
  state: CaseState;
  stateText: string;
  /** The substitute interviewed in place of a practitioner who cannot attend. */
  substitute?: string;
  /** Read from the file: the practitioner cannot attend and no substitute was agreed. */
  fileRead?: boolean;
  /** The case it replaced, when it came in from the reserve. */
  replaces?: string;
}

export interface ReserveCaseView {
  crn: string;
  pdu: string;
  practitioner: string;
  roshText: string;
  questionsText: string;
}

export interface SampleView {
  inspectionId: string;
  ref: string;
  region: string;
  readiness: SampleReadiness;
  perPdu: number;
  longList?: {
    rowsRead: number;
    eligible: number;
    leftOut: { reason: string; said?: Said; count: number }[];
    uploadedAt: string;
    uploadedBy: string;
    sha256: string;
  };
  sample?: {
    /** The draw's seed: the inspectorate's, not shown to the region. */
    seed?: number;
    minPerPdu: number;
    window: { from: LocalDate; to: LocalDate };
    drawnAt: string;
    drawnBy: string;
    cases: SampleCaseView[];
    adjustments: string[];
    /** Each adjustment as a catalogue entry, where the draw words it again (for the pages only). */
    adjustmentsSaid?: (Said | undefined)[];
    /** Cases excluded on the lead's decision, each with what replaced it, in words. */
    excluded: { crn: string; replacement?: string; note: string; said?: Said }[];
    shortfalls: (ShortfallRecord & { decision?: Omit<DecisionRecord, 'shortfallId'>; said?: Said })[];
    reserve: { pdu: string; cases: ReserveCaseView[] }[];
  };
  team?: CaseSampleRecord['team'];
  schedule?: { builtAt: string; days: LocalDate[]; unplaced: number };
}

const endOf = (start: string, minutes: number) => {
  const total = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** What a page (or the download) shows of a case sample: the cases with their interviews, the draw's adjustments, shortfalls and reserve. */
export function sampleViewOf(
  inspection: InspectionRecord,
  record: CaseSampleRecord | undefined,
  cases: readonly LongListCase[],
  calendar: WorkingCalendar = englandAndWalesCalendar(),
): SampleView {
  const view: SampleView = {
    inspectionId: inspection.id,
    ref: inspection.ref,
    region: inspection.region,
    readiness: readinessOf(record, inspection),
    perPdu: settingsOf(record).perPdu,
  };
  if (!record) return view;
  if (record.longList) {
    view.longList = {
      rowsRead: record.longList.rowsRead,
      eligible: record.longList.eligible,
      leftOut: (Object.entries(record.longList.leftOut) as [Ineligibility, number][])
        .filter(([, count]) => count > 0)
        .map(([why, count]) => ({ reason: INELIGIBILITY_REASONS[why], said: INELIGIBILITY_SAID[why], count })),
      uploadedAt: record.longList.at,
      uploadedBy: record.longList.by,
      sha256: record.longList.sha256,
    };
  }
  if (record.team) view.team = record.team;
  if (record.schedule) {
    view.schedule = {
      builtAt: record.schedule.at,
      days: record.schedule.days,
      unplaced: record.schedule.unplaced.length,
    };
  }
  const sample = record.sample;
  if (!sample) return view;
  const now = interviewsNow(record, inspection.fieldworkStart, calendar);
  const interviews = new Map(now.interviews.map((interview) => [interview.crn, interview]));
  const unplaced = new Map(now.unplaced.map((item) => [item.crn, item.why]));
  const inspectors = new Map((record.schedule?.inspectors ?? []).map((person) => [person.email, person]));
  const minutes = DEFAULT_SCHEDULE_SETTINGS.interviewMinutes;
  const byCrn = new Map(cases.map((item) => [item.crn, item]));
  const decisions = new Map(record.decisions.map(({ shortfallId, ...decision }) => [shortfallId, decision]));
  const worded = wordedAgain(record, cases);
  view.sample = {
    seed: sample.seed,
    minPerPdu: sample.settings.minPerPdu,
    window: sample.window,
    drawnAt: sample.at,
    drawnBy: sample.by,
    cases: currentCases(record).map((item) => {
      const interview = interviews.get(item.crn);
      const state = caseStateOf(record, item.crn);
      const substitute = (record.substitutes ?? []).find((entry) => entry.crn === item.crn);
      const replaces = (record.replacements ?? []).find((entry) => entry.replacement?.crn === item.crn);
      const inspector = interview ? inspectors.get(interview.inspector) : undefined;
      const why = unplaced.get(item.crn);
      const end = interview ? endOf(interview.start, minutes) : '';
      return {
        crn: item.crn,
        pdu: item.pdu,
        practitioner: item.practitioner,
        practitionerKey: practitionerKey(item.practitioner),
        rosh: item.rosh,
        roshText: ROSH_TEXT[item.rosh],
        questions: item.questions,
        questionsText: QUESTIONS_TEXT[item.questions],
        questionsReason: item.questionsReason,
        ...optional('questionsSaid', worded.questions(item.crn, item.questionsReason)),
        questionTitles: QUESTION_SETS[item.questions],
        ...(interview
          ? {
              interview: {
                inspector: inspector
                  ? { name: inspector.name, email: inspector.email, role: inspector.role }
                  : { name: interview.inspector, email: interview.inspector, role: 'inspector' },
                date: interview.date,
                start: interview.start,
                end,
                when: english(said('sample.interviewWhen', { date: interview.date, start: interview.start, end })),
                whenSaid: said('sample.interviewWhen', { date: interview.date, start: interview.start, end }),
              },
            }
          : {}),
        ...(why ? { unplaced: why } : {}),
        ...optional('unplacedSaid', why ? worded.unplaced(item.crn, why) : undefined),
        state,
        stateText: CASE_STATE_TITLES[state],
        ...(substitute ? { substitute: substitute.practitioner.name } : {}),
        ...((record.fileReads ?? []).includes(item.crn) ? { fileRead: true } : {}),
        ...(replaces ? { replaces: replaces.excluded } : {}),
      };
    }),
    excluded: (record.replacements ?? []).map((entry) => ({
      crn: entry.excluded,
      ...(entry.replacement ? { replacement: entry.replacement.crn } : {}),
      note: entry.note,
      ...optional('said', worded.replacement(entry)),
    })),
    adjustments: sample.adjustments,
    adjustmentsSaid: sample.adjustments.map((text, index) => worded.adjustment(index, text)),
    shortfalls: sample.shortfalls.map((shortfall) => {
      const decision = decisions.get(shortfall.id);
      const again = worded.shortfall(shortfall.id, shortfall.message);
      return { ...shortfall, ...(decision ? { decision } : {}), ...optional('said', again) };
    }),
    reserve: Object.entries(sample.reserve).map(([pdu, crns]) => ({
      pdu,
      cases: crns.flatMap((crn) => {
        const item = byCrn.get(crn);
        if (!item) return [];
        return [
          {
            crn,
            pdu,
            practitioner: item.practitioner.name,
            roshText: ROSH_TEXT[item.rosh],
            questionsText: QUESTIONS_TEXT[questionSetFor(item).set],
          },
        ];
      }),
    })),
  };
  return view;
}

const optional = <K extends string>(key: K, value: Said | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, Said>>;

/** The first of the entries that says `text` in English: how a text kept in English is worded again. */
const sayingThe = (text: string, candidates: readonly (Said | undefined)[]) =>
  candidates.find((candidate) => candidate !== undefined && english(candidate) === text);

/**
 * The sample's texts kept in English (the record's, the API's words), as catalogue entries again
 * for a page to word in its language: each from what it was made of (the long-list's cases, the
 * draw its seed re-derives, the team), used only where it says exactly what was kept.
 */
function wordedAgain(record: CaseSampleRecord, cases: readonly LongListCase[]) {
  const byCrn = new Map(cases.map((item) => [item.crn, item]));
  const sample = record.sample;
  const draw =
    sample && record.longList && cases.length > 0
      ? drawSample({
          cases,
          fieldworkStart: record.longList.fieldworkStart,
          seed: sample.seed,
          settings: sample.settings,
        })
      : undefined;
  const sampled = new Map(currentCases(record).map((item) => [item.crn, item]));
  const unavailable = new Map(
    (record.team?.practitionerUnavailable ?? []).map((entry) => [entry.practitionerKey, entry.dates]),
  );
  const excluded = new Map(excludedCases(record).map((item) => [item.crn, item]));
  return {
    questions: (crn: string, text: string) => {
      const item = byCrn.get(crn);
      return item ? sayingThe(text, [questionSetFor(item).said]) : undefined;
    },
    adjustment: (index: number, text: string) => sayingThe(text, [draw?.adjustmentsSaid[index]]),
    shortfall: (id: string, text: string) =>
      sayingThe(
        text,
        (draw?.shortfalls ?? []).filter((item) => `${item.rule}:${item.where}` === id).map((item) => item.said),
      ),
    unplaced: (crn: string, text: string) => {
      const item = sampled.get(crn);
      const schedule = record.schedule;
      const fits =
        item && schedule
          ? whyUnplaced(
              {
                crn,
                practitionerKey: practitionerKey(item.practitioner),
                practitionerName: item.practitioner.name,
                unavailable: unavailable.get(practitionerKey(item.practitioner)) ?? [],
              },
              schedule.days as LocalDate[],
              schedule.inspectors.length,
            )
          : undefined;
      return sayingThe(text, [fits, said('sample.schedule.noInspector'), said('sample.schedule.replacementBusy')]);
    },
    replacement: (entry: NonNullable<CaseSampleRecord['replacements']>[number]) => {
      const item = excluded.get(entry.excluded);
      return item ? sayingThe(entry.note, [replacementSaid(item, entry.replacement)]) : undefined;
    },
  };
}

/**
 * What the API and the download give of a sample view: its words in English only, without the
 * catalogue entries the pages word them by.
 */
export function inEnglish(view: SampleView): SampleView {
  const { said: _said, ...readiness } = view.readiness;
  const plain: SampleView = { ...view, readiness: readiness as SampleView['readiness'] };
  if (view.longList) {
    plain.longList = {
      ...view.longList,
      leftOut: view.longList.leftOut.map(({ reason, count }) => ({ reason, count })),
    };
  }
  if (view.sample) {
    const { adjustmentsSaid: _adjustments, ...sample } = view.sample;
    plain.sample = {
      ...sample,
      cases: sample.cases.map(({ questionsSaid: _questions, unplacedSaid: _unplaced, ...item }) => {
        if (!item.interview) return item;
        const { whenSaid: _when, ...interview } = item.interview;
        return { ...item, interview };
      }),
      excluded: sample.excluded.map(({ said: _note, ...item }) => item),
      shortfalls: sample.shortfalls.map(({ said: _message, ...item }) => item),
    };
  }
  return plain;
}

/**
 * The case sample, for someone who may see its cases (issue 14, "Access and audit"):
 * 1. the inspectorate's people on the inspection, and the region's own users; anyone else is
 *    refused as for the inspection itself (another region's users cannot tell it exists);
 * 2. the region sees it only once it is issued (with the announcement, or after it once ready);
 * 3. a region user's view is written to the audit trail (who and when; no case detail).
 */
export async function readableSample(
  deps: Pick<Deps, 'timeline' | 'caseSample' | 'clock' | 'calendar'>,
  principal: Principal,
  inspectionId: unknown,
  action: { audited: boolean; name: string },
): Promise<SampleView> {
  return inEnglish((await sampleRead(deps, principal, inspectionId, action)).view);
}

/** The sample as readableSample gives it, with the inspection and the record it read (for a page that shows both). */
export async function sampleRead(
  deps: Pick<Deps, 'timeline' | 'caseSample' | 'clock' | 'calendar'>,
  principal: Principal,
  inspectionId: unknown,
  action: { audited: boolean; name: string },
): Promise<{ inspection: InspectionRecord; record: CaseSampleRecord | undefined; view: SampleView }> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  const region = principal.role === 'region';
  const stored = await deps.caseSample.loadSample(inspection.id);
  if (region && !stored?.record.issued) {
    throw new NotFoundError(said('sample.refuse.notIssuedToRegion'));
  }
  if (action.audited) {
    await deps.caseSample.recordView(sampleAudit(inspection.id, deps.clock.now(), principal, action.name));
  }
  logger.info(action.name, { inspectionId: inspection.id, cases: stored?.record.sample?.sampled.length ?? 0 });
  const view = sampleViewOf(inspection, stored?.record, stored?.cases ?? [], deps.calendar);
  return { inspection, record: stored?.record, view: region ? forTheRegion(view) : view };
}

/**
 * What the region is issued: its sampled cases, core or adjusted with why, and the interviews. Not
 * the inspectorate's workings: the seed, the reserve (which case would replace an excluded one),
 * the draw's adjustments, the shortfalls' decisions or the long-list's counts.
 */
export function forTheRegion(view: SampleView): SampleView {
  const { longList: _longList, team: _team, ...rest } = view;
  if (!rest.sample) return rest;
  const {
    seed: _seed,
    reserve: _reserve,
    adjustments: _adjustments,
    adjustmentsSaid: _adjustmentsSaid,
    shortfalls: _shortfalls,
    ...sample
  } = rest.sample;
  return { ...rest, sample: { ...sample, reserve: [], adjustments: [], shortfalls: [] } };
}

/** The case sample as a page shows it; a region user's view is audited. */
export async function viewSample(
  deps: Pick<Deps, 'timeline' | 'caseSample' | 'clock' | 'calendar'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<SampleView> {
  return inEnglish((await viewSampleRead(deps, principal, inspectionId)).view);
}

/** viewSample, with the inspection and the record read for it (the sample page shows both). */
export function viewSampleRead(
  deps: Pick<Deps, 'timeline' | 'caseSample' | 'clock' | 'calendar'>,
  principal: Principal,
  inspectionId: unknown,
) {
  return sampleRead(deps, principal, inspectionId, {
    audited: principal.role === 'region',
    name: 'case sample viewed',
  });
}
