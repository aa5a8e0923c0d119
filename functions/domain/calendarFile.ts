import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { escapeText, oneKindOfLineBreak, refoldFile } from './icalendarText.js';
import { addDays, ukInstant, type LocalDate } from './localDate.js';
import { MILESTONE_NAMES, roleNameIn } from './glossary.js';
import type { MilestoneId, Phase } from './milestones.js';
import { cy as noticesCy } from './notices/cy.js';
import type { InspectionPlan, Language, PlannedMilestone } from './planner.js';

export interface CalendarFileOptions {
  /** Identifies the inspection; with the milestone id it makes each event's UID. */
  inspectionId: string;
  /** Stamped on every event (DTSTAMP): calendars keep the newest copy of a UID. */
  now: Date;
  /** Raise it when the plan changes, so Outlook replaces events it imported before. */
  sequence?: number;
  /** Minutes the planning meeting is booked for in the calendar. */
  meetingMinutes?: number;
  /** The events' titles and descriptions in Welsh or English (English unless told). */
  lang?: Language;
}

/**
 * The words of an event in each language. The Welsh milestone and region names are the notices'
 * (glossary.ts, notices/cy.ts); the Welsh wording awaits the inspectorate's translator's review.
 */
const EVENT_WORDS: Record<
  Language,
  {
    whoActs: (region: boolean, role: string) => string;
    phase: Record<Phase, string>;
    phaseLine: (phase: string) => string;
    source: (source: string) => string;
    warning: (warning: string) => string;
  }
> = {
  en: {
    whoActs: (region, role) => `Who acts: ${region ? 'the region' : 'the inspectorate'} (${role}).`,
    phase: { 'pre-fieldwork': 'pre-fieldwork', fieldwork: 'fieldwork', 'post-fieldwork': 'post-fieldwork' },
    phaseLine: (phase) => `Phase: ${phase}.`,
    source: (source) => ` Source: DIPP guidance manual ${source}.`,
    warning: (warning) => `Warning: ${warning}.`,
  },
  cy: {
    whoActs: (region, role) => `Pwy sy’n gweithredu: ${region ? 'y rhanbarth' : 'yr arolygiaeth'} (${role}).`,
    phase: { 'pre-fieldwork': 'cyn y gwaith maes', fieldwork: 'gwaith maes', 'post-fieldwork': 'ar ôl y gwaith maes' },
    phaseLine: (phase) => `Cam: ${phase}.`,
    source: (source) => ` Ffynhonnell: llawlyfr canllawiau DIPP ${source}.`,
    warning: (warning) => `Rhybudd: ${warning}.`,
  },
};

/** A milestone's title in the language: the glossary's Welsh name where it has one. */
const titleIn = (milestone: CalendarMilestone, lang: Language) =>
  lang === 'cy' ? (MILESTONE_NAMES.cy[milestone.id as MilestoneId] ?? milestone.title) : milestone.title;

/** A region's name in the language ("Cymru"). */
const regionIn = (region: string, lang: Language) =>
  lang === 'cy' ? (noticesCy.regionNames[region] ?? region) : region;

const UID_DOMAIN = 'dipp.hmiprobation';

export function milestoneUid(inspectionId: string, milestoneId: string): string {
  return `${inspectionId}.${milestoneId}@${UID_DOMAIN}`;
}

function dateArray(date: LocalDate): DateArray {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function instantArray(iso: string): DateArray {
  const date = new Date(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** What a calendar event is made of: a planned milestone, or one stored. */
type CalendarMilestone = Pick<PlannedMilestone, 'id' | 'title' | 'date' | 'time' | 'phase' | 'party'> & {
  role: string;
  source?: string;
  warnings: readonly string[];
};

interface CalendarEntry {
  inspectionId: string;
  region: string;
  milestone: CalendarMilestone;
}

function event(
  { inspectionId, region, milestone }: CalendarEntry,
  options: Omit<CalendarFileOptions, 'inspectionId'>,
): EventAttributes {
  const lang = options.lang ?? 'en';
  const words = EVENT_WORDS[lang];
  const title = titleIn(milestone, lang);
  const phase = words.phase[milestone.phase];
  const description = [
    `${title}.`,
    words.whoActs(milestone.party === 'region', lang === 'en' ? milestone.role : roleNameIn(milestone.role, lang)),
    `${words.phaseLine(phase)}${milestone.source ? words.source(milestone.source) : ''}`,
    ...milestone.warnings.map(words.warning),
  ].join('\n');
  // The library escapes SUMMARY and DESCRIPTION (given LF line breaks) but writes each category
  // as given and joins them with commas: escaped here, "Kent, Surrey and Sussex" stays one category.
  const common = {
    uid: milestoneUid(inspectionId, milestone.id),
    title: oneKindOfLineBreak(`DIPP ${regionIn(region, lang)}: ${title}`),
    description: oneKindOfLineBreak(description),
    categories: ['DIPP', regionIn(region, lang), lang === 'en' ? milestone.phase : phase].map(escapeText),
    sequence: options.sequence ?? 0,
    // `timestamp` sets DTSTAMP; the library accepts it though its types leave it out.
    ...({ timestamp: options.now.getTime() } as object),
  };
  if (milestone.time) {
    return {
      ...common,
      start: instantArray(ukInstant(milestone.date, milestone.time)),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: options.meetingMinutes ?? 60 },
      busyStatus: 'BUSY',
    };
  }
  return {
    ...common,
    start: dateArray(milestone.date),
    end: dateArray(addDays(milestone.date, 1)),
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
  };
}

/** An iCalendar file of every milestone, for Outlook and Google Calendar to import. */
export function calendarFile(plan: InspectionPlan, options: CalendarFileOptions): string {
  return milestonesCalendar(
    `DIPP ${plan.region}`,
    plan.milestones.map((milestone) => ({ inspectionId: options.inspectionId, region: plan.region, milestone })),
    options,
  );
}

/**
 * An iCalendar feed of milestones from one or more inspections (a person's feed spans every
 * inspection they take part in). Each event keeps its UID, so a subscribed calendar updates in place.
 * The library folds lines by characters (a line of Welsh or emoji ran to 160 octets): its output
 * is folded again by octets, at most 75 a line (RFC 5545 §3.1).
 */
export function milestonesCalendar(
  name: string,
  entries: readonly CalendarEntry[],
  options: Omit<CalendarFileOptions, 'inspectionId'>,
): string {
  const result = createEvents(
    entries.map((entry) => event(entry, options)),
    {
      productId: '-//HM Inspectorate of Probation//DIPP orchestrator//EN',
      method: 'PUBLISH',
      // X-WR-CALNAME, written as given by the library: a TEXT value like any other.
      calName: escapeText(name),
    },
  );
  if (result.error || result.value === null) {
    throw new Error(`could not write the calendar file: ${result.error?.message ?? 'no output'}`);
  }
  return refoldFile(result.value);
}

/** A default inspection id: the region and the fieldwork start, e.g. `wales-2027-03-15`. */
export function defaultInspectionId(plan: Pick<InspectionPlan, 'regionId' | 'fieldworkStart'>): string {
  return `${plan.regionId}-${plan.fieldworkStart}`;
}
