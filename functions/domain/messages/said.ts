import { MILESTONE_IDS, MILESTONE_RULES, type MilestoneId } from '../milestones.js';
import { longDateIn, milestoneName, ROLE_NAMES, roleNameIn } from '../glossary.js';
import type { PersonRole } from '../roles.js';
import type { LocalDate } from '../localDate.js';
import type { Language } from '../planner.js';
import { formatTimeOfDay } from '../timeOfDay.js';
import { alertWordsEn } from '../notices/alerts.en.js';
import type { AlertWords } from '../notices/view.js';
import { SAID_EN, type SaidKey } from './en.js';

export type { SaidKey };

/** What a placeholder is filled with: text, a number, a list of either, or another message. */
export type SaidValue = string | number | readonly (string | number)[] | Said;

/**
 * Something the domain or a use case says to a person (a refusal, a reason, a warning), as a
 * catalogue key and the values it names, so that each edge words it in the person's language:
 * the API and the command line in English (`english`), the pages in English or Welsh (`sayIn`).
 */
export interface Said {
  key: SaidKey;
  values: Readonly<Record<string, SaidValue>>;
}

export const said = (key: SaidKey, values: Readonly<Record<string, SaidValue>> = {}): Said => ({ key, values });

const isSaid = (value: SaidValue): value is Said => typeof value === 'object' && 'key' in value;

const listOf = (value: SaidValue): string[] =>
  Array.isArray(value) ? value.map(String) : isSaid(value) ? [] : [String(value)];

/**
 * What a language brings to the messages beyond the dates and names every function knows: its
 * catalogue, and the words the formats put between values. English is here (the API, the command
 * line and the logs speak it, so every function carries it); Welsh is in welsh.ts, loaded only by
 * what words things in Welsh (the pages and the notices: sayIn.ts).
 */
export interface Wording {
  lang: Language;
  catalogue: Readonly<Record<SaidKey, string>>;
  /** What zod expected where a value of another type was given, in words. */
  expected: Readonly<Record<string, string>>;
  /** The word before the last of a list of alternatives, and of a list of items. */
  or: string;
  and: string;
  regionName: (region: string) => string;
  alertWords: AlertWords;
}

export const ENGLISH: Wording = {
  lang: 'en',
  catalogue: SAID_EN,
  expected: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a set of fields',
    record: 'a set of fields',
    nonoptional: 'given',
    array: 'a list',
    date: 'a date',
  },
  or: 'or',
  and: 'and',
  regionName: (region) => region,
  alertWords: alertWordsEn,
};

/** The last two of a list joined by a word ("a, b or c"; "a, b neu c"). */
function joined(items: string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function alertWord(kind: 'statuses' | 'types' | 'categories', value: string, wording: Wording): string {
  const words = wording.alertWords[kind] as Record<string, string>;
  return words[value] ?? value.replace(/-/g, ' ');
}

/**
 * How a `{name:format}` placeholder writes its value in a language. A placeholder without a format
 * writes the value as given (a list comma-separated).
 */
const FORMATS: Record<string, (value: SaidValue, wording: Wording) => string> = {
  /** "Monday 7 June 2027"; "dydd Llun 7 Mehefin 2027". */
  date: (value, { lang }) =>
    listOf(value)
      .map((date) => longDateIn(date as LocalDate, lang))
      .join(', '),
  /** Dates joined by "or" ("Monday 1 … or Monday 8 …"). */
  dates: (value, { lang, or }) => {
    const dates = listOf(value).map((date) => longDateIn(date as LocalDate, lang));
    // Welsh mutates a word after "neu": "neu ddydd Llun".
    if (lang === 'cy' && dates.length > 1) dates.push((dates.pop() ?? '').replace(/^dydd /, 'ddydd '));
    return joined(dates, or);
  },
  /** Items joined by "or" / "neu". */
  or: (value, { or }) => joined(listOf(value), or),
  /** Items joined by "and" / "a". */
  and: (value, { and }) => joined(listOf(value), and),
  /** Times of day "HH:MM" as "9:30am" / "9:30yb", comma-joined. */
  time: (value, { lang }) =>
    listOf(value)
      .map((time) => formatTimeOfDay(time, lang))
      .join(', '),
  /** "1,234" */
  number: (value, { lang }) => Number(value).toLocaleString(lang === 'cy' ? 'cy' : 'en-GB'),
  expected: (value, { expected }) => expected[String(value)] ?? String(value),
  /** One decimal place. */
  decimal: (value) => Number(value).toFixed(1),
  milestone: (value, { lang }) =>
    listOf(value)
      .map((id) => ((MILESTONE_IDS as readonly string[]).includes(id) ? milestoneName(id as MilestoneId, lang) : id))
      .join(', '),
  /** A milestone id as the plan titles it in English (its rule's title), by its name in Welsh. */
  milestoneTitle: (value, { lang }) =>
    listOf(value)
      .map((id) =>
        lang === 'en'
          ? (MILESTONE_RULES.find((rule) => rule.id === id)?.title ?? id)
          : (MILESTONE_IDS as readonly string[]).includes(id)
            ? milestoneName(id as MilestoneId, lang)
            : id,
      )
      .join(', '),
  region: (value, { regionName }) => regionName(String(value)),
  /** A role by its id ("spoc") or its title ("single point of contact"). */
  role: (value, { lang }) => ROLE_NAMES[lang][String(value) as PersonRole] ?? roleNameIn(String(value), lang),
  alertStatus: (value, wording) => alertWord('statuses', String(value), wording),
  alertType: (value, wording) => alertWord('types', String(value), wording),
  alertCategory: (value, wording) => alertWord('categories', String(value), wording),
};

/** The placeholders a message holds ("{count}", "{from:date}", "{count|case|cases}"), for checks. */
export const placeholdersIn = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)(?:[:|][^}]*)?\}/g)].map((match) => match[1] ?? '').sort();

/** The formats a message gives its placeholders ("from:date"), for checking that both languages agree. */
export const formatsIn = (message: string): string[] =>
  [...message.matchAll(/\{(\w+):(\w+)\}/g)].map((match) => `${match[1]}:${match[2]}`).sort();

export const KNOWN_FORMATS = Object.keys(FORMATS);

/**
 * Words a message by a language's wording. `{name}` writes the value; `{name:format}` writes it by
 * one of `FORMATS`; `{name|one|other}` writes the word for one when the value is 1, the other word
 * if not (the number itself is written with `{name}`). A key the language lacks is said in English.
 */
export function sayWith(wording: Wording, message: Said): string {
  const template = wording.catalogue[message.key] ?? SAID_EN[message.key] ?? message.key;
  return template.replace(
    /\{(\w+)(?::(\w+)|\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, format?: string, one?: string, other?: string) => {
      const value = message.values[name];
      if (value === undefined) return whole;
      if (isSaid(value)) return sayWith(wording, value);
      if (one !== undefined) return Number(value) === 1 ? one : (other ?? '');
      if (format) return FORMATS[format]?.(value, wording) ?? String(value);
      return listOf(value).join(', ');
    },
  );
}

/** A message in English: what the API, the command line and the logs say. */
export const english = (message: Said): string => sayWith(ENGLISH, message);
